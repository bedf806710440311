// The live client's few strings, by language; plural forms follow Intl.PluralRules
// categories in the order one|few|many|other ("#" is the count). English when unknown.

type Strings = { news: Partial<Record<Intl.LDMLPluralRule, string>>; goal: string };

const TABLE: Record<string, Strings> = {
  en: { news: { one: "# new comment", other: "# new comments" }, goal: "Goal updated: {v}" },
  de: { news: { one: "# neuer Kommentar", other: "# neue Kommentare" }, goal: "Spendenziel aktualisiert: {v}" },
  es: { news: { one: "# comentario nuevo", other: "# comentarios nuevos" }, goal: "Meta actualizada: {v}" },
  fr: { news: { one: "# nouveau commentaire", other: "# nouveaux commentaires" }, goal: "Objectif mis à jour : {v}" },
  ru: {
    news: {
      one: "# новый комментарий",
      few: "# новых комментария",
      many: "# новых комментариев",
      other: "# новых комментария",
    },
    goal: "Цель обновлена: {v}",
  },
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
