import { z } from "@hono/zod-openapi";

/** `X-Goalpost-Author`: the widget's per-browser secret; only its hash is stored. */
export const AuthorKeyHeader = z
  .string()
  .regex(/^[A-Za-z0-9_-]{32,128}$/, "must be 32–128 characters of A–Z, a–z, 0–9, _ and -")
  .optional()
  .openapi({
    param: { name: "x-goalpost-author", in: "header" },
    description:
      "X-Goalpost-Author: the author key, one random secret per browser; comments written with it earn trust under MODERATION=first once one is approved",
  });

/** `X-Goalpost-SSO`: a verified identity signed by the host page with SSO_SECRET. */
export const SsoHeader = z
  .string()
  .max(4096)
  .optional()
  .openapi({
    param: { name: "x-goalpost-sso", in: "header" },
    description:
      "X-Goalpost-SSO: `<payload>.<signature>`, base64url JSON { id, name, email?, exp } and its base64url HMAC-SHA256 keyed with SSO_SECRET; ignored without SSO_SECRET; invalid → 401 invalid_sso",
  });

/** Headers of every write: the author key and the SSO identity. */
export const WriteHeaders = z.object({ "x-goalpost-author": AuthorKeyHeader, "x-goalpost-sso": SsoHeader });
