/**
 * What the spam model sees of a comment: a set of string features. Words and word pairs
 * carry the topic, character 4-grams survive the misspellings and glued words spammers use
 * ("subscribe", "subscr1be", "checkout"), and a few shape features carry what words miss:
 * links and their hosts, shouting, repetition, the script the text is written in (a comment
 * in another script than the site's usually is spam), e-mail addresses and phone numbers.
 * Each feature counts once per comment (presence, not frequency), so a long paste cannot
 * outweigh the rest by repeating itself.
 */

const MAX_FEATURES = 1_500;
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>()"']+|\b[a-z0-9-]{2,}\.(?:com|net|org|info|ru|ly|co|io|me|biz|xyz|tk|gl)\b[^\s]*/giu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const SCRIPTS: [string, RegExp][] = [
  ["latin", /\p{Script=Latin}/gu],
  ["cyrillic", /\p{Script=Cyrillic}/gu],
  ["greek", /\p{Script=Greek}/gu],
  ["arabic", /\p{Script=Arabic}/gu],
  ["hebrew", /\p{Script=Hebrew}/gu],
  ["han", /\p{Script=Han}/gu],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ["hangul", /\p{Script=Hangul}/gu],
  ["devanagari", /\p{Script=Devanagari}/gu],
  ["thai", /\p{Script=Thai}/gu],
];

/** The host of a link as a feature value: lowercase, without `www.`. */
function hostOf(link: string): string {
  const bare = link.replace(/^https?:\/\//i, "").replace(/^www\./i, "");
  return bare.split(/[/?#:]/)[0]?.toLowerCase() ?? "";
}

/** The script most letters of the text (its first 400) are written in, or null for none. */
function dominantScript(letters: string): string | null {
  const sample = letters.slice(0, 400);
  let best: string | null = null;
  let most = 0;
  for (const [name, pattern] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > most) [best, most] = [name, count];
  }
  return best;
}

// Letters of other scripts that look like Latin ones (Unicode's confusables, the common
// Cyrillic and Greek part): "subscrіbe" with a Cyrillic і is read as "subscribe".
const LOOKALIKES: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  һ: "h",
  ԛ: "q",
  ԝ: "w",
  ү: "y",
  ӏ: "l",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  Ԛ: "Q",
  Ԝ: "W",
  Ү: "Y",
  α: "a",
  ο: "o",
  ρ: "p",
  ν: "v",
  τ: "t",
  ι: "i",
  κ: "k",
  υ: "u",
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};
const LOOKALIKE_SET = `[${Object.keys(LOOKALIKES).join("")}]`;
const LOOKALIKE = new RegExp(LOOKALIKE_SET, "gu");
const HAS_LOOKALIKE = new RegExp(LOOKALIKE_SET, "u");

/**
 * The text as a reader sees it: NFKC (fullwidth and styled letters become plain ones),
 * without format characters (zero-width spaces and joiners, soft hyphens, bidi controls)
 * that split a word for the machine but not for the eye, and, when the text is Latin once
 * lookalike letters are read as Latin, with those letters folded. A text really written in
 * Cyrillic or Greek keeps most of its letters and so stays as it is.
 */
function readable(body: string): string {
  const text = body.normalize("NFKC").replace(/\p{Cf}/gu, "");
  if (!HAS_LOOKALIKE.test(text)) return text;
  const folded = text.replace(LOOKALIKE, (letter) => LOOKALIKES[letter] ?? letter);
  return dominantScript(folded.replace(/[^\p{L}]/gu, "")) === "latin" ? folded : text;
}

const bucket = (value: number, edges: readonly number[]) => edges.filter((edge) => value >= edge).length;

/** The distinct features of a comment's text (and, when given, its author's name). */
export function spamFeatures(body: string, authorName = ""): string[] {
  const text = readable(body);
  const features = new Set<string>();
  const add = (feature: string) => {
    if (features.size < MAX_FEATURES) features.add(feature);
  };
  const links = text.match(URL) ?? [];
  add(`link:${bucket(links.length, [1, 2, 4])}`);
  for (const link of links.slice(0, 10)) add(`host:${hostOf(link)}`);
  const plain = text.replace(URL, " link ");
  const lower = plain.toLowerCase();
  const words = lower.match(WORD) ?? [];
  add(`len:${bucket(words.length, [3, 8, 20, 60, 200])}`);
  const letters = plain.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (letters.length >= 12) add(`caps:${bucket(upper / letters.length, [0.3, 0.6])}`);
  const script = dominantScript(letters);
  if (script) add(`script:${script}`);
  if (/(.)\1{3,}/u.test(plain)) add("repeat:chars");
  if (/[!?]{3,}/.test(plain)) add("repeat:punct");
  if (/[\w.+-]+@[\w-]+\.[\w.]+/.test(plain)) add("contact:email");
  if (/(?:\+?\d[\s.-]?){9,}/.test(plain)) add("contact:phone");
  if (/[$€£]\s?\d|\d\s?[$€£]/.test(plain)) add("money");
  const distinct = new Set(words);
  if (words.length >= 12 && distinct.size / words.length < 0.5) add("repeat:words");
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word.length <= 30) add(`w:${word}`);
    const next = words[i + 1];
    if (next !== undefined && word.length + next.length <= 40) add(`b:${word} ${next}`);
  }
  for (const word of distinct) {
    const padded = ` ${word} `;
    if (padded.length > 32) continue;
    for (let i = 0; i + 4 <= padded.length; i++) add(`c:${padded.slice(i, i + 4)}`);
  }
  const name = authorName.normalize("NFKC").toLowerCase().match(WORD) ?? [];
  if (name.some((part) => /\d{3,}/.test(part))) add("name:digits");
  return [...features];
}

/** A feature as the owner reads it among the reasons. */
export function describeFeature(feature: string): string {
  const colon = feature.indexOf(":");
  const kind = feature.slice(0, colon);
  const value = feature.slice(colon + 1);
  switch (kind) {
    case "w":
    case "b":
      return `“${value}”`;
    case "c":
      return `“…${value.trim()}…”`;
    case "host":
      return `link to ${value}`;
    case "link":
      return value === "0" ? "no links" : value === "1" ? "a link" : "several links";
    case "len":
      return ["very short", "short", "medium length", "long", "very long", "huge"][Number(value)] ?? "length";
    case "caps":
      return ["few capitals", "many capitals", "shouting"][Number(value)] ?? "capitals";
    case "script":
      return `${value} script`;
    case "repeat":
      return `repeated ${value}`;
    case "contact":
      return `${value === "email" ? "an e-mail address" : "a phone number"} in the text`;
    case "money":
      return "prices or money";
    case "name":
      return "digits in the name";
    default:
      return feature;
  }
}
