import { emptyModel, MAX_VOCABULARY, type SpamModel } from "../domain/spam-model";

/** One example for the model: a stored comment, the label it now teaches and its features. */
export type Example = { id: string; label: "spam" | "ham"; features: readonly string[] };

type ModelRow = {
  spam_docs: number;
  ham_docs: number;
  version: number;
  trained_at: number | null;
  feature: string | null;
  spam: number | null;
  ham: number | null;
};

/**
 * The model's counts, and its features only when its version is not `knownVersion`: rides in
 * the batch of every new comment, so a worker whose cached model is current reads one row.
 * (Not a LEFT JOIN ... ON m.version != ?1: SQLite tests such an ON term inside the join's
 * loop, so it walked every feature to find none. An inner join tests it before the loop.)
 */
export const modelStatement = (db: D1Database, knownVersion: number) =>
  db
    .prepare(
      `SELECT m.spam_docs, m.ham_docs, m.version, m.trained_at, NULL AS feature, NULL AS spam, NULL AS ham
         FROM spam_model AS m WHERE m.id = 1
       UNION ALL
       SELECT m.spam_docs, m.ham_docs, m.version, m.trained_at, f.feature, f.spam, f.ham
         FROM spam_model AS m JOIN spam_features AS f
        WHERE m.id = 1 AND m.version != ?1`,
    )
    .bind(knownVersion);

/** The model the rows of `modelStatement` describe, or null when the known version is current. */
export function toModel(rows: readonly ModelRow[], knownVersion: number): SpamModel | null {
  const head = rows[0];
  if (!head || head.version === knownVersion) return null;
  const model = { ...emptyModel(), spamDocs: head.spam_docs, hamDocs: head.ham_docs, version: head.version };
  model.trainedAt = head.trained_at;
  for (const row of rows) {
    if (row.feature === null) continue;
    model.features.set(row.feature, [row.spam ?? 0, row.ham ?? 0]);
    model.spamTotal += row.spam ?? 0;
    model.hamTotal += row.ham ?? 0;
  }
  return model;
}

// The examples of a batch (?1, JSON [{ id, label, features }]) joined to their comments,
// keeping those whose stored label is not already the new one.
const CHANGED = `ex AS (
    SELECT json_extract(e.value, '$.id') AS id, json_extract(e.value, '$.label') AS label,
           json_extract(e.value, '$.features') AS features
      FROM json_each(?1) AS e),
  changed AS (
    SELECT ex.label, c.spam_label AS old, ex.features
      FROM ex JOIN comments AS c ON c.id = ex.id
     WHERE c.spam_label IS NOT ex.label AND c.status != 'deleted')`;

/**
 * The statements teaching the model `examples`, for the caller's batch (one transaction with
 * the decision itself): a comment that taught the other label is moved over, one that
 * already teaches this label counts once. Bumps the version so every worker reloads.
 */
export function learnStatements(db: D1Database, examples: readonly Example[], now: number): D1PreparedStatement[] {
  if (examples.length === 0) return [];
  const json = JSON.stringify(examples);
  return [
    db
      .prepare(
        `WITH ${CHANGED},
         old AS (SELECT f.value AS feature, SUM(old = 'spam') AS s, SUM(old = 'ham') AS h
                   FROM changed, json_each(changed.features) AS f WHERE old IS NOT NULL GROUP BY f.value)
         UPDATE spam_features SET spam = MAX(0, spam - old.s), ham = MAX(0, ham - old.h)
           FROM old WHERE spam_features.feature = old.feature`,
      )
      .bind(json),
    db
      .prepare(
        `WITH ${CHANGED},
         new AS (SELECT f.value AS feature, SUM(label = 'spam') AS s, SUM(label = 'ham') AS h
                   FROM changed, json_each(changed.features) AS f GROUP BY f.value)
         INSERT INTO spam_features (feature, spam, ham) SELECT feature, s, h FROM new WHERE true
         ON CONFLICT (feature) DO UPDATE SET spam = spam + excluded.spam, ham = ham + excluded.ham`,
      )
      .bind(json),
    db
      .prepare(
        `WITH ${CHANGED},
         t AS (SELECT COUNT(*) AS n, SUM(label = 'spam') - SUM(old IS 'spam') AS ds,
                      SUM(label = 'ham') - SUM(old IS 'ham') AS dh FROM changed)
         UPDATE spam_model SET spam_docs = MAX(0, spam_docs + t.ds), ham_docs = MAX(0, ham_docs + t.dh),
                version = version + 1, trained_at = ?2
           FROM t WHERE spam_model.id = 1 AND t.n > 0`,
      )
      .bind(json, now),
    db
      .prepare(
        `UPDATE comments SET spam_label = (SELECT json_extract(e.value, '$.label') FROM json_each(?1) AS e
                                            WHERE json_extract(e.value, '$.id') = comments.id)
          WHERE id IN (SELECT json_extract(value, '$.id') FROM json_each(?1)) AND status != 'deleted'`,
      )
      .bind(json),
    ...tidyStatements(db, json),
  ];
}

/**
 * Drops features no example has any more (only this batch's features can have reached zero,
 * so only they are looked up, not the whole vocabulary), and prunes singletons past MAX_VOCABULARY.
 */
const tidyStatements = (db: D1Database, json: string) => [
  db
    .prepare(
      `DELETE FROM spam_features WHERE spam = 0 AND ham = 0
          AND feature IN (SELECT f.value FROM json_each(?1) AS e, json_each(e.value, '$.features') AS f)`,
    )
    .bind(json),
  db
    .prepare("DELETE FROM spam_features WHERE spam + ham <= 1 AND (SELECT COUNT(*) FROM spam_features) > ?1")
    .bind(MAX_VOCABULARY),
];

/** Forgets everything the model learned (the first step of a retrain). */
export const resetStatements = (db: D1Database, now: number) => [
  db.prepare("DELETE FROM spam_features"),
  db
    .prepare("UPDATE spam_model SET spam_docs = 0, ham_docs = 0, version = version + 1, trained_at = ?1 WHERE id = 1")
    .bind(now),
  db.prepare("UPDATE comments SET spam_label = NULL WHERE spam_label IS NOT NULL"),
];

export type TrainingRow = { id: string; body: string; author_name: string; status: "approved" | "spam" };

/**
 * A page of the stored comments a retrain learns from (approved → ham, spam → spam), by id:
 * a seek on the id index from the last page on (`+status` keeps SQLite from reading every
 * approved and spam comment through the status index and sorting them, page after page).
 */
export async function trainingPage(db: D1Database, after: string | null, limit: number) {
  const { results } = await db
    .prepare(
      `SELECT id, body, author_name, status FROM comments
        WHERE +status IN ('approved', 'spam') AND id > COALESCE(?1, '') ORDER BY id LIMIT ?2`,
    )
    .bind(after, limit)
    .all<TrainingRow>();
  return results;
}

/** The model's state for the console: examples seen, vocabulary size, last trained. */
export async function modelState(db: D1Database) {
  const row = await db
    .prepare(
      `SELECT spam_docs, ham_docs, version, trained_at, (SELECT COUNT(*) FROM spam_features) AS features
         FROM spam_model WHERE id = 1`,
    )
    .first<{ spam_docs: number; ham_docs: number; version: number; trained_at: number | null; features: number }>();
  return {
    spamExamples: row?.spam_docs ?? 0,
    hamExamples: row?.ham_docs ?? 0,
    features: row?.features ?? 0,
    version: row?.version ?? 0,
    trainedAt: row?.trained_at ? new Date(row.trained_at).toISOString() : null,
  };
}
