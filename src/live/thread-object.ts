import { readVisibleTally } from "../db/live";
import { campaignTag, LiveRoom } from "./room";

/** At most one tally message per comment per this many milliseconds. */
export const TALLY_INTERVAL_MS = 1000;
const DUE = "due:";

/**
 * One object per thread (named by the thread key): the pages showing that thread. It
 * pushes comments, removals and coalesced vote tallies, and relays a campaign's progress
 * to those of its sockets whose page also shows that campaign's bar, so a page with both
 * needs one socket.
 */
export class LiveThread extends LiveRoom {
  /**
   * When each comment's tally was last sent. Memory is enough: the object is only evicted
   * after seconds of idleness, longer than the interval.
   */
  private sentAt = new Map<string, number>();

  /** Campaign progress for the sockets that follow `slug`; 0 tells the campaign to stop relaying here. */
  async relay(slug: string, message: Parameters<LiveRoom["publish"]>[0]): Promise<number> {
    return this.broadcast(message, campaignTag(slug));
  }

  /**
   * A comment's votes changed. The first change in a quiet second goes out at once; later
   * ones wait for an alarm, which sends the tally as it is then (read from D1), so a burst of
   * votes becomes one message per comment per second.
   */
  async votes(id: string): Promise<void> {
    const storage = this.ctx.storage;
    if (await storage.get<boolean>(DUE + id)) return;
    const now = Date.now();
    const last = this.sentAt.get(id) ?? 0;
    if (now - last >= TALLY_INTERVAL_MS) return this.sendTally(id, now);
    await storage.put(DUE + id, true);
    const at = last + TALLY_INTERVAL_MS;
    const alarm = await storage.getAlarm();
    if (alarm === null || alarm > at) await storage.setAlarm(at);
  }

  override async alarm(): Promise<void> {
    const storage = this.ctx.storage;
    const now = Date.now();
    let next = Number.POSITIVE_INFINITY;
    const sends: Promise<void>[] = [];
    for (const key of (await storage.list<boolean>({ prefix: DUE })).keys()) {
      const id = key.slice(DUE.length);
      const at = (this.sentAt.get(id) ?? 0) + TALLY_INTERVAL_MS;
      if (at > now) next = Math.min(next, at);
      else {
        await storage.delete(key);
        sends.push(this.sendTally(id, now));
      }
    }
    if (next < Number.POSITIVE_INFINITY) await storage.setAlarm(next);
    await Promise.all(sends);
  }

  private async sendTally(id: string, now: number): Promise<void> {
    // Marked before the read, so a vote arriving meanwhile waits for the alarm.
    this.sentAt.set(id, now);
    const tally = await readVisibleTally(this.env.DB, id);
    if (tally) this.broadcast({ type: "votes", id, ...tally });
  }
}
