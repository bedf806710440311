import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// English: the words of notification mails and of the pages behind their links. The only
// language in the worker bundle (the fallback); the others are static assets
// (scripts/build-assets.mjs) loaded when a mail or page needs them (src/notify/locale-assets.ts).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} replied to your comment",
    thread: "New comment by {name} in a conversation you follow",
    confirm: "Confirm your email to get comment notifications",
    moderation: "A comment by {name} is waiting for moderation",
  },
  lead: {
    reply: "{name} replied to your comment:",
    thread: "{name} commented in a conversation you follow:",
    confirm: "This address was entered in a comment form to get comment notifications. Confirm that it is yours:",
    moderation: "{name} posted a comment that is waiting for your approval:",
  },
  open: "Read the conversation",
  confirm: "Confirm my email address",
  confirmNote: "If you did not ask for this, ignore this message, or unsubscribe and we will not write again.",
  moderate: "Approve or reject it in the moderation queue (comment id {id}).",
  footer: {
    reply: "You get this because you asked to be told about replies to your comment.",
    thread: "You get this because you follow the comments of this conversation.",
    confirm: "Someone entered this address in a comment form.",
    moderation: "You get this because this address is the site owner's (OWNER_EMAIL).",
  },
  unsubscribe: "Unsubscribe",
  unsubscribeAll: "Stop all comment mail to this address",
};

export const page: PageStrings = {
  confirm: {
    title: "Confirm your email address",
    text: "Someone asked for comment notifications to this address. If it was you, confirm below; if not, close this page and nothing happens.",
    button: "Confirm my email address",
  },
  confirmed: { title: "Email confirmed", text: "Thank you. You will get the comment notifications you asked for." },
  unsubscribe: {
    thread: { title: "Unsubscribe", text: "Stop notifications about this conversation?", button: "Unsubscribe" },
    all: {
      title: "Unsubscribe",
      text: "Stop all comment mail to this address, now and for later subscriptions?",
      button: "Unsubscribe",
    },
    moderation: { title: "Unsubscribe", text: "Stop moderation notices?", button: "Unsubscribe" },
  },
  unsubscribed: {
    thread: { title: "Unsubscribed", text: "You will get no more notifications about this thread." },
    all: {
      title: "Unsubscribed",
      text: "This address is removed from every subscription and will not be written to again unless you confirm a new one.",
    },
    moderation: { title: "Unsubscribed", text: "You will get no more moderation notices." },
  },
  invalid: { title: "Link not valid", text: "This link is unknown, expired or was replaced by a newer one." },
};
