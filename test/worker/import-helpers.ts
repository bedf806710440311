import { SELF } from "cloudflare:test";
import { ADMIN, admin } from "./helpers";

let counter = 0;
/** An external id no other test uses. */
export const uniqueId = (prefix = "x") =>
  `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** A comment record of the import format, with defaults. */
export const commentRecord = (overrides: Record<string, unknown> & { id: string; thread: string }) => ({
  type: "comment",
  parentId: null,
  author: { name: "Ann", email: null },
  body: "hello",
  status: "approved",
  createdAt: "2018-06-10T14:03:00.000Z",
  ...overrides,
});

/** POST /api/v1/admin/import with one batch (of `site` when given). */
export const importBatch = (source: string, records: unknown[], site?: string) =>
  admin("POST", "/api/v1/admin/import", { body: { source, records, ...(site === undefined ? {} : { site }) } });

/** GET /api/v1/admin/export, parsed line by line. */
export async function exportAll() {
  const res = await SELF.fetch("http://goalpost.test/api/v1/admin/export", { headers: ADMIN });
  const text = new TextDecoder().decode(await res.arrayBuffer());
  return {
    res,
    text,
    lines: text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
  };
}
