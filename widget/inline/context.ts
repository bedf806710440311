// What the parts of inline feedback share for one comments element.
import type { CommentsHost } from "../host";
import type { AnchorCount } from "../types";
import type { Quote } from "./anchor";
import type { Strings } from "./strings";

export type Context = {
  el: CommentsHost;
  s: Strings;
  /** The article whose text can be quoted and highlighted; null when the page has none. */
  root: Element | null;
  /** The thread's passages with comments, kept up to date as the reader posts. */
  anchors: AnchorCount[];
  /** Opens the comment form about `quote`, with the author's question if it came from one. */
  open(quote: Quote, question?: string): void;
  /** Brings the comments with these ids into view. */
  reveal(ids: string[]): void;
};
