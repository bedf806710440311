// The worker's "zod" (wrangler.toml [alias]): zod/v4/classic/external.js without the
// `locales` namespaces, 364 KB of translated error messages the API never sends (its
// messages are English; English is registered by ZodType itself). `z` is passed whole to
// extendZodWithOpenApi, so every namespace export ends up in the bundle: hence this list.
// Keep it in step with node_modules/zod/v4/classic/external.js when zod is upgraded.
import * as z from "./zod-external.js";

export * from "./zod-external.js";
export { z, z as default };
