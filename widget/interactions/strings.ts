// The English of the strings only this chunk shows (the notification choice, Cancel and
// Save, the notices after posting). widget.js adds them to its English table when the chunk
// arrives (widget/later.ts); the language packs carry every key (widget/i18n.ts KEYS).
export const LATER_EN = {
  notify: "Notify me of",
  notifyNone: "nothing",
  notifyReplies: "new replies to my comments",
  notifyAll: "all new comments",
  cancel: "Cancel",
  save: "Save",
  held: "Thanks! Your comment is awaiting moderation.",
  posted: "Your comment was posted.",
};
