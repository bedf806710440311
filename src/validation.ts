import { OpenAPIHono } from "@hono/zod-openapi";
import type { z } from "zod";
import type { AppEnv } from "./env";
import { type Issue, validationFailed } from "./errors";

/** Every failing field of a zod error, as `{ path: "tiers.0.amount", message }`. */
export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** Turns a failed zod validation into the 400 `validation_failed` envelope. */
export const validationHook = (result: { success: true } | { success: false; error: z.ZodError }) => {
  if (!result.success) throw validationFailed(zodIssues(result.error));
};

/** A sub-app whose validation failures all become the 400 `validation_failed` envelope. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
