// The second file's strings in the languages other than English (English is in
// strings.ts). They are not bundled: the build (scripts/build-assets.mjs) serves each as
// /widget/i18n/inline/<lang>.json and the second file fetches only its page's language.
// Plural forms are separated by "|" in the order of "plurals" (the same order as the
// language's main pack in ../i18n-packs.ts); "#" is the formatted count. Arabic and Hebrew
// name one exact number in words (zero/one/two) and leave out "#" there.
// Sources: de/es/fr/ru as before; the other languages translated for Goalpost by the
// project (machine-assisted), not yet reviewed by a native speaker (docs/languages.md).
import type { InlineKey } from "./strings";

export const INLINE_PACKS: Record<string, Record<InlineKey, string>> = {
  ar: {
    plurals: "zero|one|two|few|many|other",
    comments: "لا تعليقات|تعليق واحد|تعليقان|# تعليقات|# تعليقًا|# تعليق",
    onPassage:
      "لا تعليقات على هذا المقطع|تعليق واحد على هذا المقطع|تعليقان على هذا المقطع|# تعليقات على هذا المقطع|# تعليقًا على هذا المقطع|# تعليق على هذا المقطع",
    commentOn: "علّق على هذا",
    about: "حول هذا المقطع",
    removeQuote: "إزالة الاقتباس",
    prompt: "يسعدنا أن نعرف رأيك، شاركنا بتعليق.",
  },
  de: {
    plurals: "one|other",
    comments: "# Kommentar|# Kommentare",
    onPassage: "# Kommentar zu dieser Stelle|# Kommentare zu dieser Stelle",
    commentOn: "Dazu kommentieren",
    about: "Zu dieser Stelle",
    removeQuote: "Zitat entfernen",
    prompt: "Wir freuen uns auf deine Meinung.",
  },
  es: {
    plurals: "one|many|other",
    comments: "# comentario|# de comentarios|# comentarios",
    onPassage: "# comentario sobre este pasaje|# de comentarios sobre este pasaje|# comentarios sobre este pasaje",
    commentOn: "Comentar esto",
    about: "Sobre este pasaje",
    removeQuote: "Quitar la cita",
    prompt: "Nos encantaría saber tu opinión, comenta.",
  },
  fa: {
    plurals: "one|other",
    comments: "# دیدگاه|# دیدگاه",
    onPassage: "# دیدگاه دربارهٔ این بخش|# دیدگاه دربارهٔ این بخش",
    commentOn: "دیدگاه بنویسید",
    about: "دربارهٔ این بخش",
    removeQuote: "حذف نقل‌قول",
    prompt: "خوشحال می‌شویم نظرتان را بدانیم؛ دیدگاهی بنویسید.",
  },
  fr: {
    plurals: "one|many|other",
    comments: "# commentaire|# de commentaires|# commentaires",
    onPassage: "# commentaire sur ce passage|# de commentaires sur ce passage|# commentaires sur ce passage",
    commentOn: "Commenter ce passage",
    about: "À propos de ce passage",
    removeQuote: "Retirer la citation",
    prompt: "Votre avis nous intéresse, laissez un commentaire.",
  },
  he: {
    plurals: "one|two|other",
    comments: "תגובה אחת|שתי תגובות|# תגובות",
    onPassage: "תגובה אחת על הקטע הזה|שתי תגובות על הקטע הזה|# תגובות על הקטע הזה",
    commentOn: "להגיב על זה",
    about: "על הקטע הזה",
    removeQuote: "הסרת הציטוט",
    prompt: "נשמח לשמוע את דעתך, אפשר להגיב כאן.",
  },
  id: {
    plurals: "other",
    comments: "# komentar",
    onPassage: "# komentar tentang bagian ini",
    commentOn: "Komentari ini",
    about: "Tentang bagian ini",
    removeQuote: "Hapus kutipan",
    prompt: "Kami ingin tahu pendapat Anda, silakan berkomentar.",
  },
  it: {
    plurals: "one|many|other",
    comments: "# commento|# di commenti|# commenti",
    onPassage: "# commento su questo passaggio|# di commenti su questo passaggio|# commenti su questo passaggio",
    commentOn: "Commenta questo passaggio",
    about: "Su questo passaggio",
    removeQuote: "Rimuovi la citazione",
    prompt: "Ci piacerebbe sapere cosa ne pensi: lascia un commento.",
  },
  ja: {
    plurals: "other",
    comments: "#件のコメント",
    onPassage: "この箇所への#件のコメント",
    commentOn: "ここにコメント",
    about: "この箇所について",
    removeQuote: "引用を削除",
    prompt: "ぜひコメントでご意見をお聞かせください。",
  },
  nl: {
    plurals: "one|other",
    comments: "# reactie|# reacties",
    onPassage: "# reactie op deze passage|# reacties op deze passage",
    commentOn: "Reageer hierop",
    about: "Over deze passage",
    removeQuote: "Citaat verwijderen",
    prompt: "We horen graag wat je ervan vindt. Laat een reactie achter.",
  },
  pl: {
    plurals: "one|few|many|other",
    comments: "# komentarz|# komentarze|# komentarzy|# komentarza",
    onPassage:
      "# komentarz do tego fragmentu|# komentarze do tego fragmentu|# komentarzy do tego fragmentu|# komentarza do tego fragmentu",
    commentOn: "Skomentuj ten fragment",
    about: "O tym fragmencie",
    removeQuote: "Usuń cytat",
    prompt: "Chętnie poznamy Twoją opinię – skomentuj.",
  },
  "pt-BR": {
    plurals: "one|many|other",
    comments: "# comentário|# de comentários|# comentários",
    onPassage: "# comentário sobre este trecho|# de comentários sobre este trecho|# comentários sobre este trecho",
    commentOn: "Comentar isto",
    about: "Sobre este trecho",
    removeQuote: "Remover citação",
    prompt: "Adoraríamos saber sua opinião. Deixe um comentário.",
  },
  ru: {
    plurals: "one|few|many|other",
    comments: "# комментарий|# комментария|# комментариев|# комментария",
    onPassage:
      "# комментарий к фрагменту|# комментария к фрагменту|# комментариев к фрагменту|# комментария к фрагменту",
    commentOn: "Прокомментировать",
    about: "К этому фрагменту",
    removeQuote: "Убрать цитату",
    prompt: "Поделитесь мнением в комментариях.",
  },
  tr: {
    plurals: "one|other",
    comments: "# yorum|# yorum",
    onPassage: "Bu bölüme # yorum|Bu bölüme # yorum",
    commentOn: "Buna yorum yap",
    about: "Bu bölüm hakkında",
    removeQuote: "Alıntıyı kaldır",
    prompt: "Düşüncelerinizi merak ediyoruz, bir yorum yazın.",
  },
  uk: {
    plurals: "one|few|many|other",
    comments: "# коментар|# коментарі|# коментарів|# коментаря",
    onPassage: "# коментар до фрагмента|# коментарі до фрагмента|# коментарів до фрагмента|# коментаря до фрагмента",
    commentOn: "Прокоментувати",
    about: "До цього фрагмента",
    removeQuote: "Прибрати цитату",
    prompt: "Поділіться думкою в коментарях.",
  },
  zh: {
    plurals: "other",
    comments: "#条评论",
    onPassage: "此段落有#条评论",
    commentOn: "评论这段内容",
    about: "关于这段内容",
    removeQuote: "移除引用",
    prompt: "欢迎留下你的看法，发表评论吧。",
  },
};
