// What the worker tells the live objects, and what they push to open pages. The widget's
// live client reads the same `LiveMessage` type (types only cross into widget/).
import type { Campaign } from "../schemas/campaigns";
import type { PublicComment } from "../schemas/comments";

/**
 * A write that open pages should see, named by what the route knows after success. The
 * delivery (src/live/deliver.ts) reads the current state itself, so what it pushes is what
 * readers may see *now*: a comment that is held or spam by then is never pushed.
 */
export type LiveEvent =
  /** A comment was published, approved, edited or pinned: pushed only while it is visible. */
  | { type: "comment"; id: string }
  /** Visible comments left the thread (deleted, held again, marked spam, erased); `hard` takes their replies too. */
  | { type: "removed"; comments: { id: string; thread: string; hard?: boolean }[] }
  /** A comment's tallies changed; coalesced to one message per comment per second. */
  | { type: "votes"; id: string }
  /** A campaign's progress changed (a donation from any channel, a refund, an edit). */
  | { type: "campaign"; slug: string }
  /** A payment of a donation channel changed; its campaign is looked up by channel and payment key. */
  | { type: "payment"; channel: string; paymentKey: string };

/** A message pushed over the WebSocket, as JSON text. */
export type LiveMessage =
  | { type: "comment"; comment: PublicComment }
  | { type: "removed"; id: string; hard?: boolean }
  | { type: "votes"; id: string; upvotes: number; downvotes: number; score: number }
  | { type: "campaign"; campaign: Campaign };
