import { describeFeature } from "./spam-features";

/**
 * The spam model: multinomial naive Bayes over binarised features (each feature counts once
 * per comment). For each feature it keeps in how many spam and ham examples it appeared; a
 * comment's evidence is the sum, over the features it has that the model has seen, of
 * log P(feature | spam) − log P(feature | ham), plus the prior log-odds. Features the model
 * never saw say nothing.
 */
export type SpamModel = {
  spamDocs: number;
  hamDocs: number;
  /** feature → [spam examples with it, ham examples with it] */
  features: Map<string, readonly [number, number]>;
  /** Sums of the counts above per kind (feature occurrences), for the multinomial estimate. */
  spamTotal: number;
  hamTotal: number;
  version: number;
  trainedAt: number | null;
};

export type SpamVerdict = { score: number; spam: boolean; reasons: string[] };

/** Fewer examples of either kind than this and the model judges nothing spam. */
export const MIN_EXAMPLES = 10;
/** Laplace smoothing of the per-feature counts. */
const ALPHA = 1;
/**
 * Character 4-grams overlap (one word yields several), so each counts for a fraction of a
 * word; without this a long comment's evidence is dominated by its spelling.
 */
const GRAM_WEIGHT = 0.25;
/**
 * Log-odds a comment needs to be judged spam. Naive Bayes is overconfident, so the bar is
 * high: a false positive hides a reader's comment, a false negative costs the owner a click.
 */
export const THRESHOLD = 3;
/** How much the per-feature evidence is damped when mapped to the 0..1 score shown. */
const SCALE = 0.35;
const REASONS = 5;

export const emptyModel = (): SpamModel => ({
  spamDocs: 0,
  hamDocs: 0,
  features: new Map(),
  spamTotal: 0,
  hamTotal: 0,
  version: 0,
  trainedAt: null,
});

/** True once the model has seen enough of both kinds to judge. */
export const isTrained = (model: SpamModel) => model.spamDocs >= MIN_EXAMPLES && model.hamDocs >= MIN_EXAMPLES;

/** Scores a comment's features: its spam probability (0..1), the verdict and the strongest reasons. */
export function scoreFeatures(model: SpamModel, features: readonly string[]): SpamVerdict {
  if (model.spamDocs + model.hamDocs === 0) return { score: 0, spam: false, reasons: [] };
  const vocabulary = model.features.size;
  // log P(f | spam) − log P(f | ham) = log((s + α)/(h + α)) + log(hamDenominator / spamDenominator)
  const offset = Math.log((model.hamTotal + ALPHA * vocabulary) / (model.spamTotal + ALPHA * vocabulary));
  let logOdds = Math.log((model.spamDocs + 1) / (model.hamDocs + 1));
  const weighed: [string, number][] = [];
  for (const feature of features) {
    const counts = model.features.get(feature);
    if (!counts) continue;
    const weight =
      (Math.log((counts[0] + ALPHA) / (counts[1] + ALPHA)) + offset) * (feature.startsWith("c:") ? GRAM_WEIGHT : 1);
    logOdds += weight;
    weighed.push([feature, weight]);
  }
  const score = 1 / (1 + Math.exp(-logOdds * SCALE));
  const spam = isTrained(model) && logOdds > THRESHOLD;
  return { score: Math.round(score * 1000) / 1000, spam, reasons: strongest(weighed, logOdds > 0 ? 1 : -1) };
}

/** The REASONS features that pushed hardest the way of the verdict (what made it spam, or kept it ham). */
function strongest(weighed: readonly [string, number][], sign: number): string[] {
  const top: [string, number][] = [];
  for (const [feature, weight] of weighed) {
    const push = weight * sign;
    if (push <= 0 || (top.length === REASONS && push <= (top[REASONS - 1]?.[1] ?? 0))) continue;
    top.push([feature, push]);
    top.sort((a, b) => b[1] - a[1]);
    if (top.length > REASONS) top.pop();
  }
  return top.map(([feature]) => describeFeature(feature));
}

/** Adds (or with `by = -1`, removes) one example's features to an in-memory model. */
export function learnFeatures(model: SpamModel, features: readonly string[], label: "spam" | "ham", by = 1) {
  const index = label === "spam" ? 0 : 1;
  if (label === "spam") model.spamDocs += by;
  else model.hamDocs += by;
  for (const feature of features) {
    const counts = [...(model.features.get(feature) ?? [0, 0])] as [number, number];
    const next = Math.max(0, counts[index] + by);
    if (label === "spam") model.spamTotal += next - counts[index];
    else model.hamTotal += next - counts[index];
    counts[index] = next;
    if (counts[0] + counts[1] === 0) model.features.delete(feature);
    else model.features.set(feature, counts);
  }
}

/**
 * Most features are seen once and never again. Past this many, the ones seen in a single
 * example are dropped (in D1 and in memory alike), which keeps the model around a megabyte. (Dropping them early costs accuracy: measured
 * with bench/spam, pruning the YouTube corpus from 21k to 7k features lost 2 points.)
 */
export const MAX_VOCABULARY = 50_000;

/** Drops the features seen only once when the vocabulary is over MAX_VOCABULARY. */
export function pruneModel(model: SpamModel) {
  if (model.features.size <= MAX_VOCABULARY) return;
  for (const [feature, counts] of model.features) {
    if (counts[0] + counts[1] > 1) continue;
    model.features.delete(feature);
    model.spamTotal -= counts[0];
    model.hamTotal -= counts[1];
  }
}
