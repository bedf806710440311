// The second file's strings in every language the widget speaks. They live here rather
// than in the language packs so that pages without these extras never download them.
// Plural forms are separated by "|" in the order of "plurals", as in ../i18n.ts; "#" is the
// formatted count.
import { language, pluralForm } from "../i18n";

const STRINGS = {
  en: {
    plurals: "one|other",
    comments: "# comment|# comments",
    onPassage: "# comment on this passage|# comments on this passage",
    commentOn: "Comment on this",
    about: "On this passage",
    removeQuote: "Remove quote",
    prompt: "Would love your thoughts, please comment.",
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
  fr: {
    plurals: "one|many|other",
    comments: "# commentaire|# de commentaires|# commentaires",
    onPassage: "# commentaire sur ce passage|# de commentaires sur ce passage|# commentaires sur ce passage",
    commentOn: "Commenter ce passage",
    about: "À propos de ce passage",
    removeQuote: "Retirer la citation",
    prompt: "Votre avis nous intéresse, laissez un commentaire.",
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
};

export type Key = keyof typeof STRINGS.en;
export type Strings = { t(key: Key): string; count(key: Key, n: number): string };

/** The strings of a BCP 47 locale (English for languages without them). */
export function stringsFor(locale: string): Strings {
  const table = STRINGS[language(locale) as keyof typeof STRINGS] ?? STRINGS.en;
  const plurals = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return {
    t: (key) => table[key],
    count: (key, n) => pluralForm(table.plurals, table[key], plurals.select(n)).replace("#", number.format(n)),
  };
}

/** A usable locale: `wanted` if valid, else the page's lang, else English. */
export function localeOf(wanted: string | null | undefined): string {
  for (const tag of [wanted, document.documentElement.lang]) {
    try {
      if (tag) return Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      // Invalid: the next one. The first file already reported it.
    }
  }
  return "en";
}
