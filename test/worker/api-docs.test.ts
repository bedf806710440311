import { describe, expect, it } from "vitest";
import apiDoc from "../../docs/api.md?raw";
import { call } from "./helpers";

// docs/api.md is written by hand; /openapi.json is generated from the routes. This keeps
// the two from drifting: every route the worker serves is described in the document.
describe("docs/api.md", () => {
  it("names every path of /openapi.json with its methods", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const paths = Object.entries(res.json.paths as Record<string, Record<string, unknown>>);
    expect(paths.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const [path, methods] of paths) {
      const written = path.replace(/\{(\w+)\}/g, ":$1");
      for (const method of Object.keys(methods)) {
        const upper = method.toUpperCase();
        // "GET /api/v1/x", or a list such as "`GET`, `POST /api/v1/x`".
        const mentioned = new RegExp(`\\b${upper}\\b[^\\n]*?${escapeRegExp(written)}(?![\\w/-])`).test(apiDoc);
        if (!mentioned) missing.push(`${upper} ${written}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
