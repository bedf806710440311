import type { Context } from "hono";
import type { EditSpam } from "../db/spam-insert";
import { clientNetwork } from "../domain/client-network";
import { hashIp } from "../domain/ip-hash";
import { mailboxKey } from "../domain/mailbox";
import type { AppEnv } from "../env";
import type { Writer } from "../middleware/writer";
import { currentModel, filterOn, judge } from "./filter";

type Edited = { authorName: string; email: string | null; networkHash: string | null; authorKeyHash: string | null };

/**
 * The spam filter's part in an author's edit: new text reaches readers as surely as a new
 * comment does, so it is judged like one. The current model scores the edited text (one read
 * of the model's version, rarely the model itself), and a block matches the source of the
 * editing request or of the comment itself (blocked after it was posted). Only for authors'
 * edits: the owner's are never held.
 */
export async function editSpam(
  c: Context<AppEnv>,
  db: D1Database,
  comment: Edited,
  body: string,
  writer: Writer,
): Promise<EditSpam> {
  const verdict = filterOn(c.env) ? judge(await currentModel(db), body, comment.authorName) : null;
  const network = await hashIp(`net:${clientNetwork(c.req.header("cf-connecting-ip"))}`, c.env.IP_HASH_KEY);
  return {
    verdict,
    sources: {
      networks: [network, comment.networkHash],
      authors: [writer.authorHash, comment.authorKeyHash],
      mailbox: comment.email ? mailboxKey(comment.email) : null,
    },
  };
}
