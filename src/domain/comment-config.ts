/** `off` publishes at once, `first` holds a commenter's first comment, `all` holds every comment. */
export type Moderation = "off" | "first" | "all";

/** The comment settings of API.md "Configuration", with their defaults for unset or unreadable values. */
export type CommentConfig = { moderation: Moderation; editWindowMs: number; rateLimit: number; maxReplyDepth: number };

/** MAX_REPLY_DEPTH: deepest level a reply is stored at (1–64; 8 when unset or out of range). */
export const DEFAULT_REPLY_DEPTH = 8;
const replyDepth = (value: string | undefined) => {
  const parsed = wholeNumber(value, DEFAULT_REPLY_DEPTH);
  return parsed >= 1 && parsed <= 64 ? parsed : DEFAULT_REPLY_DEPTH;
};

const wholeNumber = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isSafeInteger(parsed) && parsed >= 0 ? parsed : fallback;
};

/** Reads MODERATION, EDIT_WINDOW_SECONDS, RATE_LIMIT_COMMENTS and MAX_REPLY_DEPTH from the worker's vars. */
export function commentConfig(env: {
  MODERATION?: string;
  EDIT_WINDOW_SECONDS?: string;
  RATE_LIMIT_COMMENTS?: string;
  MAX_REPLY_DEPTH?: string;
}): CommentConfig {
  const mode = env.MODERATION?.trim().toLowerCase();
  return {
    moderation: mode === "first" || mode === "all" ? mode : "off",
    editWindowMs: wholeNumber(env.EDIT_WINDOW_SECONDS, 900) * 1000,
    rateLimit: wholeNumber(env.RATE_LIMIT_COMMENTS, 5),
    maxReplyDepth: replyDepth(env.MAX_REPLY_DEPTH),
  };
}
