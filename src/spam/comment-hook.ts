import type { Context } from "hono";
import { markSpam, spamMarkStatements } from "../db/spam-insert";
import { clientNetwork } from "../domain/client-network";
import type { CommentRecord } from "../domain/comment-tree";
import { hashIp } from "../domain/ip-hash";
import { mailboxKey } from "../domain/mailbox";
import type { SpamVerdict } from "../domain/spam-model";
import type { AppEnv } from "../env";
import { cachedModel, filterOn, freshnessStatement, judge, refreshModel } from "./filter";
import { verifyTurnstile } from "./turnstile";

type Post = {
  body: string;
  authorName: string;
  email: string | null;
  honeypot: boolean;
  turnstileToken?: string;
  /** The writer's author key or SSO id hash (src/middleware/writer.ts), or null. */
  authorHash: string | null;
  /** Posted with the admin token: no challenge (the token proves more), never held. */
  owner: boolean;
};

const HONEYPOT_REASON = "honeypot field filled";

/**
 * The spam filter's part in POST /api/v1/comments: the Turnstile check (before anything is
 * stored), the verdict of this isolate's cached model, the statements that ride in the
 * insert's batch (source hashes, blocks, model freshness), and `settle`, which re-judges in
 * the rare case the batch brought a newer model.
 */
export async function spamHook(c: Context<AppEnv>, post: Post) {
  const ip = c.req.header("cf-connecting-ip");
  if (!post.owner) await verifyTurnstile(c.env, post.turnstileToken, ip);
  const on = filterOn(c.env);
  const verdict: SpamVerdict | null = on ? judge(cachedModel(), post.body, post.authorName) : null;
  const networkHash = await hashIp(`net:${clientNetwork(ip)}`, c.env.IP_HASH_KEY);
  const authorKeyHash = post.authorHash;
  const reasons = [...(post.honeypot ? [HONEYPOT_REASON] : []), ...(verdict?.reasons ?? [])];
  return {
    spam: post.honeypot || verdict?.spam === true,
    afterInsert: (db: D1Database, commentId: string, now: number) => [
      ...spamMarkStatements(db, {
        commentId,
        networkHash,
        authorKeyHash,
        mailbox: post.email ? mailboxKey(post.email) : null,
        score: verdict ? verdict.score : null,
        reasons,
        now,
      }),
      freshnessStatement(db),
    ],
    /** The stored comment, made spam when a model newer than the cached one says so. */
    settle: async (db: D1Database, comment: CommentRecord, extra: D1Result[] | undefined) => {
      const fresh = extra?.[extra.length - 1];
      if (!on || !fresh || !refreshModel(fresh.results) || comment.status === "spam") return comment;
      const again = judge(cachedModel(), post.body, post.authorName);
      if (!again.spam) return comment;
      return (await markSpam(db, comment.id, again.score, again.reasons)) ?? comment;
    },
  };
}
