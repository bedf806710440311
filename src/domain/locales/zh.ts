import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Chinese (Simplified): the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name} 回复了你的评论",
    thread: "{name} 在你关注的讨论中发表了新评论",
    confirm: "请确认你的邮箱以接收评论通知",
    moderation: "{name} 的评论正在等待审核",
  },
  lead: {
    reply: "{name} 回复了你的评论：",
    thread: "{name} 在你关注的讨论中发表了评论：",
    confirm: "有人在评论表单中填写了此邮箱地址，以接收评论通知。请确认这是你的地址：",
    moderation: "{name} 发表了一条等待你审核的评论：",
  },
  open: "查看讨论",
  confirm: "确认我的邮箱地址",
  confirmNote: "如果这不是你本人的操作，请忽略此邮件，或退订，我们将不再给你发邮件。",
  moderate: "请在审核队列中批准或拒绝（评论 ID：{id}）。",
  footer: {
    reply: "你收到此邮件，是因为你要求在评论收到回复时接到通知。",
    thread: "你收到此邮件，是因为你关注了此讨论的评论。",
    confirm: "有人在评论表单中填写了此邮箱地址。",
    moderation: "你收到此邮件，是因为这是网站所有者的地址（OWNER_EMAIL）。",
  },
  unsubscribe: "退订",
  unsubscribeAll: "不再向此地址发送任何评论邮件",
};

export const page: PageStrings = {
  confirm: {
    title: "确认你的邮箱地址",
    text: "有人请求向此地址发送评论通知。如果是你本人，请在下方确认；如果不是，关闭此页面即可，不会有任何变化。",
    button: "确认我的邮箱地址",
  },
  confirmed: { title: "邮箱已确认", text: "谢谢。你将收到所订阅的评论通知。" },
  unsubscribe: {
    thread: { title: "退订", text: "停止接收此讨论的通知？", button: "退订" },
    all: { title: "退订", text: "停止向此地址发送所有评论邮件，包括以后的订阅？", button: "退订" },
    moderation: { title: "退订", text: "停止接收审核通知？", button: "退订" },
  },
  unsubscribed: {
    thread: { title: "已退订", text: "你将不再收到此讨论的通知。" },
    all: { title: "已退订", text: "此地址已从所有订阅中移除；除非你确认新的订阅，否则我们不会再给它发邮件。" },
    moderation: { title: "已退订", text: "你将不再收到审核通知。" },
  },
  invalid: { title: "链接无效", text: "此链接未知、已过期，或已被更新的链接取代。" },
};
