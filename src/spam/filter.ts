import { modelStatement, toModel } from "../db/spam-model";
import { spamFeatures } from "../domain/spam-features";
import { emptyModel, type SpamModel, type SpamVerdict, scoreFeatures } from "../domain/spam-model";

/**
 * The model as this isolate last read it. Every new comment is scored with it and its batch
 * reads the stored version; when another isolate (or the owner) changed the model, that
 * same read brings the new one, so no comment costs an extra round trip to score.
 */
let cached: SpamModel = { ...emptyModel(), version: -1 };

/** The cached model (version -1 until the first read). */
export const cachedModel = () => cached;

/** The batch statement that checks the cached model and brings a newer one. */
export const freshnessStatement = (db: D1Database) => modelStatement(db, cached.version);

/** Takes a newer model from the rows of `freshnessStatement`; true when it changed. */
export function refreshModel(rows: readonly unknown[]): boolean {
  const model = toModel(rows as Parameters<typeof toModel>[0], cached.version);
  if (model) cached = model;
  return model !== null;
}

/** The current model, read when it is stale (the admin list's scores). */
export async function currentModel(db: D1Database): Promise<SpamModel> {
  const { results } = await freshnessStatement(db).all();
  refreshModel(results);
  return cached;
}

/** Whether SPAM_FILTER asks for scoring (`learn`, the default) or not (`off`). */
export const filterOn = (env: { SPAM_FILTER?: string }) => env.SPAM_FILTER?.trim().toLowerCase() !== "off";

/** The model's verdict on a comment. */
export const judge = (model: SpamModel, body: string, authorName: string): SpamVerdict =>
  scoreFeatures(model, spamFeatures(body, authorName));
