// Paging through the moderation queue: which status is shown, the cursor of the next page
// (GET /api/v1/admin/comments, 50 at a time) and the "Load more" button.
import { type AdminComment, explain, request } from "./api";
import type { QueueSelection } from "./moderation-selection";

export type Status = "pending" | "spam" | "approved";
type Page = { comments: AdminComment[]; nextCursor: string | null };

/** Loads pages of `status` into `queue`; `show` receives the problem to display ("" for none). */
export function queuePaging(
  token: string,
  queue: QueueSelection,
  more: HTMLButtonElement,
  show: (text: string) => void,
) {
  let status: Status = "pending";
  let cursor: string | null = null;

  async function load(reset: boolean) {
    if (reset) {
      cursor = null;
      queue.clear();
    }
    const shown = status;
    more.disabled = true;
    const query = new URLSearchParams({ status, limit: "50" });
    if (cursor) query.set("cursor", cursor);
    try {
      const page = await request<Page>(token, "GET", `/admin/comments?${query}`);
      // The user switched status while this page was on its way.
      if (shown !== status) return;
      for (const comment of page.comments) if (!queue.has(comment.id)) queue.add(comment);
      cursor = page.nextCursor;
      more.hidden = !cursor;
      queue.empty.textContent = status === "pending" ? "Nothing waits for moderation." : `No ${status} comments.`;
      show("");
    } catch (error) {
      show(explain(error));
    } finally {
      more.disabled = false;
      queue.sync();
    }
  }
  more.addEventListener("click", () => load(false));

  return {
    load,
    status: () => status,
    /** Shows another status from its first page. */
    switchTo(next: Status) {
      status = next;
      load(true);
    },
  };
}
