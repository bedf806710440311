// The worker's zod/v4/core/to-json-schema.js and json-schema-processors.js (wrangler.toml
// [alias] and vitest.config.ts map zod's own imports of them, "../core/to-json-schema.js" and
// "../core/json-schema-processors.js" in zod/v4/classic/schemas.js, here): the JSON Schema
// converter behind `.toJSONSchema()` and `~standard.jsonSchema`, which nothing at run time
// calls (/openapi.json is generated at build time with the real modules). Calling one throws.
// `aggregateChecks` stays zod's own: it answers `.minLength`, `.format` and the like.
// The worker suite runs with these in place; test/node/zod-lean.test.ts checks that the
// exports here are the ones zod imports.

export { aggregateChecks } from "../../node_modules/zod/v4/core/json-schema-processors.js";

function unavailable() {
  throw new Error("zod's JSON Schema converter is not in the worker bundle (src/lean/zod-json-schema.js)");
}

// to-json-schema.js: zod builds these methods when a schema's `~standard` is read; they throw only when called.
export const createToJSONSchemaMethod = () => unavailable;
export const createStandardJSONSchemaMethod = () => unavailable;

// json-schema-processors.js: each schema class keeps its processor for the converter.
export const anyProcessor = unavailable;
export const arrayProcessor = unavailable;
export const bigintProcessor = unavailable;
export const booleanProcessor = unavailable;
export const catchProcessor = unavailable;
export const customProcessor = unavailable;
export const dateProcessor = unavailable;
export const defaultProcessor = unavailable;
export const enumProcessor = unavailable;
export const fileProcessor = unavailable;
export const functionProcessor = unavailable;
export const intersectionProcessor = unavailable;
export const lazyProcessor = unavailable;
export const literalProcessor = unavailable;
export const mapProcessor = unavailable;
export const nanProcessor = unavailable;
export const neverProcessor = unavailable;
export const nonoptionalProcessor = unavailable;
export const nullProcessor = unavailable;
export const nullableProcessor = unavailable;
export const numberProcessor = unavailable;
export const objectProcessor = unavailable;
export const optionalProcessor = unavailable;
export const pipeProcessor = unavailable;
export const prefaultProcessor = unavailable;
export const promiseProcessor = unavailable;
export const readonlyProcessor = unavailable;
export const recordProcessor = unavailable;
export const setProcessor = unavailable;
export const stringProcessor = unavailable;
export const successProcessor = unavailable;
export const symbolProcessor = unavailable;
export const templateLiteralProcessor = unavailable;
export const transformProcessor = unavailable;
export const tupleProcessor = unavailable;
export const undefinedProcessor = unavailable;
export const unionProcessor = unavailable;
export const unknownProcessor = unavailable;
export const voidProcessor = unavailable;
