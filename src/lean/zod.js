// The worker's "zod" (wrangler.toml [alias]; the worker tests too, vitest.config.ts): `z`
// as a plain object of the builders the code calls, so esbuild keeps those and what they
// need, and drops the rest of zod (its locales, 364 KB of translated messages the API never
// sends; the JSON Schema converters, the compiler, the coercions...). Every schema is still
// zod's own class: methods (`.optional()`, `.int()`, `.openapi()`) come with it.
// test/node/zod-lean.test.ts fails when the code calls a `z.<name>` missing here: add it.

import { ZodError } from "../../node_modules/zod/v4/classic/errors.js";
import * as iso from "../../node_modules/zod/v4/classic/iso.js";
import {
  array,
  boolean,
  discriminatedUnion,
  email,
  enum as enum_,
  literal,
  looseObject,
  number,
  object,
  preprocess,
  record,
  string,
  union,
  unknown,
  url,
  ZodArray,
  ZodType,
} from "../../node_modules/zod/v4/classic/schemas.js";

export const z = {
  array,
  boolean,
  discriminatedUnion,
  email,
  enum: enum_,
  iso,
  literal,
  looseObject,
  number,
  object,
  preprocess,
  record,
  string,
  union,
  unknown,
  url,
  ZodArray,
  ZodError,
  ZodType,
};
export default z;
