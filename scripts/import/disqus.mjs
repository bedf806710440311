// Disqus XML export: <thread dsq:id> elements (with <link>) come first, then <post dsq:id>
// elements naming their thread and, for a reply, their <parent dsq:id>. The <forum> of the
// threads names the site.
import { commentItem } from "./records.mjs";
import { child, textOf, xmlElements } from "./xml-elements.mjs";

/** Yields reader items for every post of a Disqus export. */
export async function* readDisqus(chunks, { rule }) {
  const threads = new Map();
  let site = "";
  for await (const node of xmlElements(chunks, new Set(["thread", "post"]), {
    name: "disqus",
    label: "a Disqus export",
  })) {
    if (node.name === "thread") {
      const forum = textOf(node, "forum");
      if (forum && !site) {
        site = forum;
        yield { site };
      }
      threads.set(node.attrs["dsq:id"], { link: textOf(node, "link"), deleted: textOf(node, "isDeleted") === "true" });
      continue;
    }
    const id = node.attrs["dsq:id"];
    const skip = (reason) => ({
      skip: { type: "comment", id: id ?? `(post ${textOf(node, "id") || "without id"})`, reason },
    });
    if (!id) {
      yield skip("the post has no dsq:id");
      continue;
    }
    const threadId = child(node, "thread")?.attrs["dsq:id"];
    const thread = threads.get(threadId);
    if (!thread) {
      yield skip(`unknown thread ${threadId}`);
      continue;
    }
    if (thread.deleted) {
      yield skip(`its thread ${threadId} was deleted in Disqus`);
      continue;
    }
    const author = child(node, "author");
    const deleted = textOf(node, "isDeleted") === "true";
    const spam = textOf(node, "isSpam") === "true";
    yield commentItem({
      id,
      post: threadId,
      thread: rule(thread.link),
      parentId: child(node, "parent")?.attrs["dsq:id"] ?? null,
      name: textOf(author, "name") || textOf(author, "username"),
      email: textOf(author, "email"),
      // Disqus does not say who deleted a post: its text stays deleted, as its author may have wished.
      html: deleted ? "" : textOf(node, "message"),
      status: deleted ? "deleted" : spam ? "spam" : "approved",
      createdAt: textOf(node, "createdAt"),
      // Not in Disqus's own exports; kept when a tool added them.
      upvotes: textOf(node, "likes") || 0,
      downvotes: textOf(node, "dislikes") || 0,
    });
  }
}
