// /openapi.json, generated from the worker's routes with the real @hono/zod-openapi under
// Node: esbuild bundles src/index.ts (the cloudflare:* modules stubbed, nothing aliased),
// and the app's getOpenAPI31Document builds the document the worker used to build per
// request. scripts/build-assets.mjs writes it into dist/public/ (a static asset), so the
// worker's bundle needs no generator; test/worker/openapi-static.test.ts checks the served
// document against the one generated from the routes the tests load.
import { build } from "esbuild";

const CLOUDFLARE_STUBS = {
  "cloudflare:workers": "export class DurableObject { constructor(ctx, env) { this.ctx = ctx; this.env = env; } }",
  "cloudflare:email": "export class EmailMessage {}",
};

export async function openApiDocument(root) {
  const result = await build({
    stdin: {
      contents: `export { app } from "./src/index"; export { OPENAPI_CONFIG } from "./src/openapi";`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "error",
    plugins: [
      {
        name: "cloudflare-stubs",
        setup(b) {
          b.onResolve({ filter: /^cloudflare:/ }, (args) => ({ path: args.path, namespace: "cloudflare-stub" }));
          b.onLoad({ filter: /.*/, namespace: "cloudflare-stub" }, (args) => ({
            contents: CLOUDFLARE_STUBS[args.path] ?? "export {};",
            loader: "js",
          }));
        },
      },
    ],
  });
  const { app, OPENAPI_CONFIG } = await import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString("base64")}`
  );
  return app.getOpenAPI31Document(OPENAPI_CONFIG);
}
