import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { database } from "../../db/request-session";
import { learnStatements, modelState, resetStatements, trainingPage } from "../../db/spam-model";
import { MIN_EXAMPLES } from "../../domain/spam-model";
import type { AppEnv } from "../../env";
import { errorResponses, jsonContent as json, adminSecurity as security } from "../../schemas/common";
import { RetrainInput, RetrainResult, SpamModelState } from "../../schemas/spam";
import { filterOn } from "../../spam/filter";
import { exampleOf } from "../../spam/learn";
import { turnstileSiteKey } from "../../spam/turnstile";
import { createRouter } from "../../validation";

/** The spam model, mounted at /api/v1/admin/spam: its state and a retrain from stored comments. */
export const adminSpam = createRouter();

const tags = ["Admin: spam"];
/** Comments learned per retrain call: keeps each call's CPU time and bound JSON small. */
const PAGE = 200;

async function state(c: Context<AppEnv>) {
  const model = await modelState(database(c));
  return {
    filter: filterOn(c.env) ? ("learn" as const) : ("off" as const),
    turnstile: turnstileSiteKey(c.env) !== null,
    ...model,
    trained: model.spamExamples >= MIN_EXAMPLES && model.hamExamples >= MIN_EXAMPLES,
  };
}

adminSpam.openapi(
  createRoute({
    method: "get",
    path: "/model",
    tags,
    summary: "The spam model's state: examples seen, features, last trained",
    security,
    responses: { 200: { description: "State", content: json(SpamModelState) }, ...errorResponses(401, 503) },
  }),
  async (c) => c.json(await state(c), 200),
);

adminSpam.openapi(
  createRoute({
    method: "post",
    path: "/retrain",
    tags,
    summary: "Retrain the model from every stored approved (ham) and spam comment",
    description:
      "Without `cursor` the model forgets everything and learns the first page; call again with `nextCursor` until it is null (`npm run spam:retrain` does).",
    security,
    request: { body: { required: true, content: json(RetrainInput) } },
    responses: {
      200: { description: "Progress and the model's state", content: json(RetrainResult) },
      ...errorResponses(400, 401, 413, 415, 503),
    },
  }),
  async (c) => {
    const { cursor } = c.req.valid("json");
    const db = database(c);
    const now = c.get("now").getTime();
    const rows = await trainingPage(db, cursor ?? null, PAGE);
    const examples = rows.map((row) =>
      exampleOf(row.id, row.status === "spam" ? "spam" : "ham", row.body, row.author_name),
    );
    const statements = [...(cursor ? [] : resetStatements(db, now)), ...learnStatements(db, examples, now)];
    // A last page can be empty (the comments a multiple of PAGE): D1 refuses an empty batch.
    if (statements.length) await db.batch(statements);
    const last = rows[rows.length - 1];
    const nextCursor = rows.length === PAGE && last ? last.id : null;
    return c.json({ learned: rows.length, nextCursor, model: await state(c) }, 200);
  },
);
