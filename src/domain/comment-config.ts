/** `off` publishes at once, `first` holds a commenter's first comment, `all` holds every comment. */
export type Moderation = "off" | "first" | "all";

/** The comment settings of API.md "Configuration", with their defaults for unset or unreadable values. */
export type CommentConfig = { moderation: Moderation; editWindowMs: number; rateLimit: number };

const wholeNumber = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isSafeInteger(parsed) && parsed >= 0 ? parsed : fallback;
};

/** Reads MODERATION, EDIT_WINDOW_SECONDS and RATE_LIMIT_COMMENTS from the worker's vars. */
export function commentConfig(env: {
  MODERATION?: string;
  EDIT_WINDOW_SECONDS?: string;
  RATE_LIMIT_COMMENTS?: string;
}): CommentConfig {
  const mode = env.MODERATION?.trim().toLowerCase();
  return {
    moderation: mode === "first" || mode === "all" ? mode : "off",
    editWindowMs: wholeNumber(env.EDIT_WINDOW_SECONDS, 900) * 1000,
    rateLimit: wholeNumber(env.RATE_LIMIT_COMMENTS, 5),
  };
}
