import { ENTITIES_URL } from "../generated/assets";
import { assetJson } from "./asset-json";
import { needsEntityTable, setEntityTable } from "./entities";

// Loads the table of named HTML entities (a static asset, scripts/lib/entity-table.mjs) into
// the lean "entities" (./entities.ts) before markdown-it renders a text that names an
// uncommon one: once per isolate, and only on the writes that render Markdown (post, edit,
// import). A failed read fails that write (nothing is stored) rather than store a comment
// rendered differently.

let loading: Promise<void> | null = null;

async function load(assets: Fetcher): Promise<void> {
  setEntityTable(await assetJson(assets, ENTITIES_URL));
}

/** Resolves once renderMarkdown can render every text of `texts` (at once when none names an uncommon entity). */
export async function ensureEntities(env: { ASSETS: Fetcher }, ...texts: string[]): Promise<void> {
  if (!texts.some(needsEntityTable)) return;
  loading ??= load(env.ASSETS).catch((err: unknown) => {
    loading = null;
    throw err;
  });
  await loading;
}

/** Forgets the loaded table, as a fresh isolate would not have it (for tests). */
export function forgetEntities(): void {
  loading = null;
  setEntityTable(null);
}
