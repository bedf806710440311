// The labelled corpus of `npm run bench:spam`: the UCI "YouTube Spam Collection"
// (test/fixtures/spam/, see its README), split 70/30 by a hash of each comment's id so the
// split is fixed across runs and machines and does not depend on file order.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const SPAM_LABELS = new Set(["1", "spam", "true", "yes"]);
const find = (header, names) => header.findIndex((cell) => names.includes(cell.trim().toLowerCase()));

/**
 * Every labelled comment of the corpus files in `dir`: { id, author, body, spam, file }.
 * CSV files need a header naming a text column (CONTENT, TEXT, BODY, COMMENT, MESSAGE or v2)
 * and a label column (CLASS, LABEL, SPAM, TAG or v1; 1/spam/true is spam); COMMENT_ID/ID and
 * AUTHOR are optional. Tab-separated .tsv/.txt files are `label<TAB>text` lines (the SMS
 * Spam Collection's layout). Without an id column the id is the file and line number.
 */
export function readCorpus(dir) {
  const items = [];
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), "utf8");
    if (file.endsWith(".csv")) {
      const [header = [], ...rows] = parseCsv(text);
      const id = find(header, ["comment_id", "id"]);
      const author = find(header, ["author", "name", "user"]);
      const content = find(header, ["content", "text", "body", "comment", "message", "v2"]);
      const label = find(header, ["class", "label", "spam", "tag", "v1"]);
      if (content < 0 || label < 0) continue;
      rows.forEach((row, i) => {
        const body = (row[content] ?? "").trim();
        if (!body) return;
        const spam = SPAM_LABELS.has((row[label] ?? "").trim().toLowerCase());
        items.push({
          id: id >= 0 ? row[id] : `${file}:${i}`,
          author: author >= 0 ? row[author] : "",
          body,
          spam,
          file,
        });
      });
    } else if (file.endsWith(".tsv") || file.endsWith(".txt")) {
      text.split(/\r?\n/).forEach((line, i) => {
        const tab = line.indexOf("\t");
        const body = line.slice(tab + 1).trim();
        if (tab < 0 || !body) return;
        const spam = SPAM_LABELS.has(line.slice(0, tab).trim().toLowerCase());
        items.push({ id: `${file}:${i}`, author: "", body, spam, file });
      });
    }
  }
  return items;
}

/** The fixed split: a comment is in the test 30% when the first byte of SHA-256(id) is below 77. */
export function split(items) {
  const train = [];
  const test = [];
  for (const item of items) {
    const byte = createHash("sha256").update(item.id).digest()[0];
    (byte < 77 ? test : train).push(item);
  }
  return { train, test };
}

/** Accuracy, spam recall, ham false-positive rate and F1 of predictions against labels. */
export function metrics(pairs) {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const { spam, predicted } of pairs) {
    if (spam && predicted) tp++;
    else if (spam) fn++;
    else if (predicted) fp++;
    else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    accuracy: (tp + tn) / Math.max(1, pairs.length),
    spamRecall: recall,
    hamFalsePositives: fp / Math.max(1, fp + tn),
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    n: pairs.length,
  };
}

/** The baseline: plain multinomial naive Bayes over lowercase word unigrams, Laplace smoothing. */
export function unigramBaseline(train) {
  const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const counts = [new Map(), new Map()];
  const totals = [0, 0];
  const docs = [0, 0];
  for (const item of train) {
    const k = item.spam ? 0 : 1;
    docs[k]++;
    for (const word of words(item.body)) {
      counts[k].set(word, (counts[k].get(word) ?? 0) + 1);
      totals[k]++;
    }
  }
  const vocabulary = new Set([...counts[0].keys(), ...counts[1].keys()]).size;
  return (body) => {
    let odds = Math.log(docs[0] / docs[1]);
    for (const word of words(body)) {
      odds += Math.log((counts[0].get(word) ?? 0) + 1) - Math.log(totals[0] + vocabulary);
      odds -= Math.log((counts[1].get(word) ?? 0) + 1) - Math.log(totals[1] + vocabulary);
    }
    return odds > 0;
  };
}
