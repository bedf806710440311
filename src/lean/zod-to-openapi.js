// The worker's "@asteasolutions/zod-to-openapi" (wrangler.toml [alias]): the OpenAPI
// generator stays out of the bundle. /openapi.json is generated at build time from the
// same route definitions with the real library (scripts/build-openapi.mjs) and served as a
// static asset; at run time @hono/zod-openapi only needs what it calls while routes are
// mounted. `.openapi(...)` metadata is for the document alone: parsing never reads it, so
// here it returns the schema unchanged. Tests run the real library (vitest does not read
// wrangler's [alias]), and test/worker/openapi-static.test.ts checks that the served
// document equals the one generated from the routes.

/** Accepts the registrations @hono/zod-openapi makes while routes are mounted; keeps none. */
export class OpenAPIRegistry {
  definitions = [];
  register(_refId, schema) {
    return schema;
  }
  registerParameter(_refId, schema) {
    return schema;
  }
  registerPath() {}
  registerWebhook() {}
  registerComponent(_type, _name, component) {
    return { name: _name, ref: { $ref: "" }, component };
  }
}

function unavailable() {
  throw new Error(
    "The OpenAPI generator is not in the worker bundle: /openapi.json is built by scripts/build-openapi.mjs",
  );
}

export class OpenApiGeneratorV3 {
  generateDocument = unavailable;
}
export class OpenApiGeneratorV31 {
  generateDocument = unavailable;
}

/** `.openapi(...)` on every zod schema, a no-op at run time. */
export function extendZodWithOpenApi(zod) {
  if (typeof zod.ZodType.prototype.openapi !== "undefined") return;
  zod.ZodType.prototype.openapi = function openapi() {
    return this;
  };
}

export function getOpenApiMetadata() {
  return {};
}
