// The live client's few strings, by language (the widget's pack codes); plural forms are
// keyed by Intl.PluralRules category ("#" is the count). English when unknown.

type Strings = { news: Partial<Record<Intl.LDMLPluralRule, string>>; goal: string };

export const TABLE: Record<string, Strings> = {
  en: { news: { one: "# new comment", other: "# new comments" }, goal: "Goal updated: {v}" },
  de: { news: { one: "# neuer Kommentar", other: "# neue Kommentare" }, goal: "Spendenziel aktualisiert: {v}" },
  es: {
    news: { one: "# comentario nuevo", many: "# de comentarios nuevos", other: "# comentarios nuevos" },
    goal: "Meta actualizada: {v}",
  },
  fr: {
    news: { one: "# nouveau commentaire", many: "# de nouveaux commentaires", other: "# nouveaux commentaires" },
    goal: "Objectif mis à jour : {v}",
  },
  ru: {
    news: {
      one: "# новый комментарий",
      few: "# новых комментария",
      many: "# новых комментариев",
      other: "# новых комментария",
    },
    goal: "Цель обновлена: {v}",
  },
  ar: {
    news: {
      zero: "لا تعليقات جديدة",
      one: "تعليق جديد واحد",
      two: "تعليقان جديدان",
      few: "# تعليقات جديدة",
      many: "# تعليقًا جديدًا",
      other: "# تعليق جديد",
    },
    goal: "تم تحديث الهدف: {v}",
  },
  fa: { news: { one: "# دیدگاه تازه", other: "# دیدگاه تازه" }, goal: "هدف به‌روز شد: {v}" },
  he: { news: { one: "תגובה חדשה אחת", two: "שתי תגובות חדשות", other: "# תגובות חדשות" }, goal: "היעד עודכן: {v}" },
  id: { news: { other: "# komentar baru" }, goal: "Target diperbarui: {v}" },
  it: {
    news: { one: "# nuovo commento", many: "# di nuovi commenti", other: "# nuovi commenti" },
    goal: "Obiettivo aggiornato: {v}",
  },
  ja: { news: { other: "#件の新しいコメント" }, goal: "目標が更新されました：{v}" },
  nl: { news: { one: "# nieuwe reactie", other: "# nieuwe reacties" }, goal: "Doel bijgewerkt: {v}" },
  pl: {
    news: {
      one: "# nowy komentarz",
      few: "# nowe komentarze",
      many: "# nowych komentarzy",
      other: "# nowego komentarza",
    },
    goal: "Cel zaktualizowany: {v}",
  },
  "pt-BR": {
    news: { one: "# novo comentário", many: "# de novos comentários", other: "# novos comentários" },
    goal: "Meta atualizada: {v}",
  },
  tr: { news: { one: "# yeni yorum", other: "# yeni yorum" }, goal: "Hedef güncellendi: {v}" },
  uk: {
    news: { one: "# новий коментар", few: "# нові коментарі", many: "# нових коментарів", other: "# нового коментаря" },
    goal: "Мету оновлено: {v}",
  },
  zh: { news: { other: "#条新评论" }, goal: "目标已更新：{v}" },
};

/** The live strings of `lang` (a BCP 47 language), English for languages without a table. */
export function liveStrings(lang: string) {
  const strings = TABLE[lang] ?? TABLE.en!;
  const rules = new Intl.PluralRules(TABLE[lang] ? lang : "en");
  return {
    /** "3 new comments" in the page's language. */
    news: (n: number) => (strings.news[rules.select(n)] ?? strings.news.other!).replace("#", n.toLocaleString(lang)),
    /** The polite announcement of a goal that moved, around the bar's own value text. */
    goal: (valueText: string) => strings.goal.replace("{v}", valueText),
  };
}
