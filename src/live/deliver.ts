import { readCampaign } from "../db/campaigns";
import { readComment } from "../db/comments";
import { readVisibleThread } from "../db/live";
import { readPaymentCounted } from "../db/payments";
import { toPublicCampaign } from "../domain/campaign";
import { toPublicComment } from "../domain/comment-tree";
import type { Bindings } from "../env";
import type { LiveEvent } from "./messages";

// env.DB without a session reads the primary, so a push never shows less than the write
// that caused it.

/** Turns one event into pushes to the thread or campaign object it concerns. */
export async function deliver(env: Bindings, event: LiveEvent, now: number): Promise<void> {
  switch (event.type) {
    case "comment": {
      // Read again now: a comment held, marked spam or deleted meanwhile is not pushed.
      const record = await readComment(env.DB, event.id);
      if (record?.status !== "approved") return;
      const { tokenHash: _token, path: _path, ...visible } = record;
      await env.LIVE_THREAD.getByName(record.thread).publish({ type: "comment", comment: toPublicComment(visible) });
      return;
    }
    case "removed": {
      await Promise.all(
        event.comments.map(({ id, thread, hard }) =>
          env.LIVE_THREAD.getByName(thread).publish({ type: "removed", id, ...(hard ? { hard } : {}) }),
        ),
      );
      return;
    }
    case "votes": {
      const thread = await readVisibleThread(env.DB, event.id);
      if (thread) await env.LIVE_THREAD.getByName(thread).votes(event.id);
      return;
    }
    case "campaign":
    case "payment": {
      const slug =
        event.type === "campaign"
          ? event.slug
          : ((await readPaymentCounted(env.DB, event.channel, event.paymentKey))?.slug ?? null);
      const record = slug === null ? null : await readCampaign(env.DB, slug, now);
      if (!record || slug === null) return;
      const campaign = toPublicCampaign(record, now);
      await env.LIVE_CAMPAIGN.getByName(slug).publish({ type: "campaign", campaign });
      return;
    }
  }
}
