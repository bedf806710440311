import type { PageStrings } from "../link-pages";
import type { NotifyStrings } from "../notify-i18n";

// Japanese: the words of notification mails and of the pages behind their links.
// Translated for Goalpost by the project; not yet reviewed by a native speaker (docs/languages.md).

export const mail: NotifyStrings = {
  subject: {
    reply: "{name}さんがあなたのコメントに返信しました",
    thread: "フォロー中の会話に{name}さんが新しいコメントを投稿しました",
    confirm: "コメント通知を受け取るには、メールアドレスを確認してください",
    moderation: "{name}さんのコメントが承認待ちです",
  },
  lead: {
    reply: "{name}さんがあなたのコメントに返信しました：",
    thread: "フォロー中の会話に{name}さんがコメントしました：",
    confirm:
      "コメント通知を受け取るため、このアドレスがコメントフォームに入力されました。ご本人のアドレスであることを確認してください：",
    moderation: "{name}さんが投稿したコメントが承認待ちです：",
  },
  open: "会話を読む",
  confirm: "メールアドレスを確認する",
  confirmNote:
    "お心当たりがない場合は、このメールを無視するか、配信を停止してください。今後メールをお送りすることはありません。",
  moderate: "モデレーションキューで承認または却下してください（コメントID：{id}）。",
  footer: {
    reply: "このメールは、コメントへの返信の通知を希望されたためお送りしています。",
    thread: "このメールは、この会話のコメントをフォローされているためお送りしています。",
    confirm: "どなたかがこのアドレスをコメントフォームに入力しました。",
    moderation: "このメールは、このアドレスがサイト管理者のもの（OWNER_EMAIL）であるためお送りしています。",
  },
  unsubscribe: "配信停止",
  unsubscribeAll: "このアドレスへのコメントメールをすべて停止する",
};

export const page: PageStrings = {
  confirm: {
    title: "メールアドレスの確認",
    text: "このアドレスへのコメント通知がリクエストされました。ご本人の場合は下のボタンで確認してください。お心当たりがない場合は、このページを閉じてください。何も変更されません。",
    button: "メールアドレスを確認する",
  },
  confirmed: {
    title: "メールアドレスを確認しました",
    text: "ありがとうございます。リクエストされたコメント通知をお送りします。",
  },
  unsubscribe: {
    thread: { title: "配信停止", text: "この会話の通知を停止しますか？", button: "配信停止" },
    all: {
      title: "配信停止",
      text: "このアドレスへのコメントメールを、今後の登録分も含めてすべて停止しますか？",
      button: "配信停止",
    },
    moderation: { title: "配信停止", text: "モデレーション通知を停止しますか？", button: "配信停止" },
  },
  unsubscribed: {
    thread: { title: "配信を停止しました", text: "この会話の通知は今後届きません。" },
    all: {
      title: "配信を停止しました",
      text: "このアドレスはすべての登録から削除されました。新たに登録を確認しない限り、今後メールは届きません。",
    },
    moderation: { title: "配信を停止しました", text: "モデレーション通知は今後届きません。" },
  },
  invalid: {
    title: "無効なリンク",
    text: "このリンクは不明か、有効期限が切れているか、新しいリンクに置き換えられています。",
  },
};
