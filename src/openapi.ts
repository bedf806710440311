/**
 * The OpenAPI document's top level. The document itself is generated from the routes at
 * build time (scripts/lib/openapi-document.mjs) and served as the static asset
 * /openapi.json: the worker's bundle carries no generator (wrangler.toml [alias]).
 */
export const OPENAPI_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: "Goalpost API",
    version: "1.0.0",
    description: "Donation goals and threaded comments. Errors use the envelope { error: { code, message, issues? } }.",
  },
};
