import { env } from "cloudflare:test";
import { callWith as callVars } from "./abuse-helpers";
import { admin } from "./helpers";
import { importBatch, uniqueId } from "./import-helpers";

/** A word no other test uses: the model's vocabulary is shared by the whole file. */
export const uniqueWord = (prefix = "w") => `${prefix}${Math.random().toString(36).slice(2, 9)}`.replace(/\d/g, "q");

/**
 * Teaches the model through an import: `n` spam comments built on `spamWords` and `n` ham
 * comments built on `hamWords`, in a thread of their own.
 */
export async function teach(spamWords: string[], hamWords: string[], n = 12) {
  const thread = `/spam-teach/${uniqueId()}`;
  const records = [
    ...Array.from({ length: n }, (_, i) => ({
      type: "comment",
      id: uniqueId("s"),
      thread,
      parentId: null,
      author: { name: `Promo${i}`, email: null },
      body: `${spamWords.join(" ")} visit http://deals-${spamWords[0]}.example now ${i}`,
      status: "spam",
      createdAt: "2020-01-01T00:00:00.000Z",
    })),
    ...Array.from({ length: n }, (_, i) => ({
      type: "comment",
      id: uniqueId("h"),
      thread,
      parentId: null,
      author: { name: `Reader${i}`, email: null },
      body: `I think the ${hamWords.join(" ")} part of the article was good ${i}`,
      status: "approved",
      createdAt: "2020-01-01T00:00:00.000Z",
    })),
  ];
  const res = await importBatch("disqus", records);
  if (res.status !== 200) throw new Error(`import failed: ${res.status} ${JSON.stringify(res.json)}`);
  return thread;
}

/** The model's state as the admin API reports it. */
export async function modelNow() {
  const res = await admin("GET", "/api/v1/admin/spam/model");
  if (res.status !== 200) throw new Error(`model: ${res.status}`);
  return res.json as { spamExamples: number; hamExamples: number; version: number; trainedAt: string | null };
}

/** A feature's stored counts ([spam, ham]), or null. */
export async function featureCounts(feature: string) {
  const row = await env.DB.prepare("SELECT spam, ham FROM spam_features WHERE feature = ?1")
    .bind(feature)
    .first<{ spam: number; ham: number }>();
  return row ? [row.spam, row.ham] : null;
}

/** A stored comment's status, spam label, score and reasons, straight from D1. */
export async function storedSpam(id: string) {
  return env.DB.prepare("SELECT status, spam_label, spam_score, spam_reasons FROM comments WHERE id = ?1")
    .bind(id)
    .first<{ status: string; spam_label: string | null; spam_score: number | null; spam_reasons: string | null }>();
}

/** The worker with extra vars (SPAM_FILTER, Turnstile keys), once its waitUntil work is done. */
export const callWith = (
  vars: Record<string, string>,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) => callVars(vars, method, path, body, headers, { settle: true });
