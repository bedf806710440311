// What the separately shipped second file (/widget-inline.js, widget/inline/*) may use of a
// <goalpost-comments> element. The two bundles share types only, so this is their whole
// contract; CommentsElement (comments.ts) implements it.
import type { Anchor, AnchorCount } from "./types";

/** A rendered comments element as the inline feedback sees it. */
export interface CommentsHost extends HTMLElement {
  /** The element's open shadow root, holding the form and the comments. */
  readonly root: ShadowRoot;
  /** The API origin the element talks to (its language's strings come from there too). */
  readonly api: string;
  /** Aborted when the element shows another thread or leaves the page. */
  readonly signal: AbortSignal;
  /** The thread's passages with comments (from the embed). */
  readonly anchors: AnchorCount[];
  /** How many comments the thread shows (the bubble's count). */
  readonly total: number;
  /** The passage the top-level form is about; set by the second file. */
  quote?: Anchor | undefined;
}
