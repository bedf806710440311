import type { LiveMessage } from "./messages";
import { LiveRoom } from "./room";

/** How many thread objects one campaign relays to; beyond it, pages still get their comments. */
export const MAX_FOLLOWING_THREADS = 1000;

/**
 * One object per campaign (named by its slug): pages that show only its bar connect here,
 * and the thread objects whose pages also show it are remembered (in the object's SQLite
 * storage) and relayed each progress message. A thread that answers 0 has no such reader
 * left and is forgotten.
 */
export class LiveCampaign extends LiveRoom {
  constructor(ctx: DurableObjectState, env: LiveRoom["env"]) {
    super(ctx, env);
    ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS following (thread TEXT PRIMARY KEY)");
  }

  /** Remembers that `thread`'s object has sockets showing this campaign. */
  async follow(thread: string): Promise<void> {
    const sql = this.ctx.storage.sql;
    const known = sql.exec("SELECT 1 FROM following WHERE thread = ?", thread).toArray().length > 0;
    if (known) return;
    const count = sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM following").one().n;
    if (count < MAX_FOLLOWING_THREADS) sql.exec("INSERT INTO following (thread) VALUES (?)", thread);
  }

  /** Pushes progress to this campaign's own sockets and relays it to the following threads. */
  override async publish(message: LiveMessage): Promise<number> {
    let sent = this.broadcast(message);
    if (message.type !== "campaign") return sent;
    const sql = this.ctx.storage.sql;
    const threads = sql.exec<{ thread: string }>("SELECT thread FROM following").toArray();
    const slug = message.campaign.slug;
    const relayed = await Promise.allSettled(
      threads.map(({ thread }) => this.env.LIVE_THREAD.getByName(thread).relay(slug, message)),
    );
    relayed.forEach((result, i) => {
      if (result.status === "fulfilled" && result.value === 0) {
        sql.exec("DELETE FROM following WHERE thread = ?", threads[i]!.thread);
      }
      if (result.status === "fulfilled") sent += result.value;
    });
    return sent;
  }
}
