// Types of goalpost.mjs for the TypeScript tests that drive it.
import type { Item } from "./pipeline.mjs";
export declare function readGoalpost(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options?: { rule?: ((url: string) => { thread?: string; error?: string }) | null },
): AsyncGenerator<Item>;
