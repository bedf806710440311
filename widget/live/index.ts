// /widget-live.js, loaded by widget.js after first paint (widget/live-hook.ts): one
// WebSocket per page (thread and campaign together) to GET /api/v1/live, whose pushes
// reach the page's <goalpost-comments> and <goalpost-goal>. It shares types, not code,
// with the server and reaches the elements only through their public fields.
import type { LiveMessage } from "../../src/live/messages";
import { BOOKMARK } from "../api";
import type { CommentsElement } from "../comments";
import type { GoalElement } from "../goal";
import type { Comment, Embed } from "../types";
import { announcer } from "./announce";
import type { Delivered } from "./comments";
import { liveComments } from "./comments";
import { liveGoal } from "./goal";
import { liveSocket } from "./socket";

type Handler = (message: Delivered) => void;

const flag = "goalpostLive";
const w = window as unknown as Record<string, unknown>;

function start() {
  const announce = announcer();
  const threads = [...document.querySelectorAll<CommentsElement>("goalpost-comments")].filter(
    (el) => el.api && el.thread,
  );
  const goals = [...document.querySelectorAll<GoalElement>("goalpost-goal")].filter(
    (el) => el.api && el.getAttribute("campaign"),
  );
  // A thread's socket also carries the first goal of the same API: one socket for a page with both.
  const sockets = new Map<string, Handler[]>();
  const join = (api: string, params: Record<string, string>, handler: Handler) => {
    const url = `${api.replace(/^http/, "ws")}/api/v1/live?${new URLSearchParams(params)}`;
    sockets.set(url, [...(sockets.get(url) ?? []), handler]);
  };
  const paired = new Set<GoalElement>();
  for (const el of threads) {
    const goal = goals.find((g) => g.api === el.api && !paired.has(g));
    const params: Record<string, string> = { thread: el.thread };
    const handlers = [liveComments(el, announce)];
    if (goal) {
      paired.add(goal);
      params.campaign = goal.getAttribute("campaign")!;
      handlers.push(liveGoal(goal, announce));
    }
    for (const handler of handlers) join(el.api, params, handler);
  }
  for (const goal of goals)
    if (!paired.has(goal)) join(goal.api, { campaign: goal.getAttribute("campaign")! }, liveGoal(goal, announce));
  for (const [url, handlers] of sockets) {
    const deliver = (message: Delivered) => {
      for (const handler of handlers) handler(message);
    };
    liveSocket(
      url,
      (data) => deliver(data as LiveMessage),
      (again) => {
        document.querySelector("[data-goalpost-live]")?.setAttribute("data-goalpost-live", "open");
        // Back from a hidden tab or a dropped socket: what was pushed meanwhile never arrived.
        if (again) catchUp(url, deliver);
      },
    );
  }
}

/**
 * Reads the socket's thread (newest first) and campaign once and hands what the page lacks to
 * the handlers as if it had been pushed: comments not on the page (they wait behind the "new
 * comments" button), the tallies, edits and deletions of those on it, the campaign's figures,
 * then the page itself (`snapshot`), so comments it no longer lists leave the page.
 */
async function catchUp(socketUrl: string, deliver: (message: Delivered) => void) {
  const [base = "", params = ""] = socketUrl.replace(/^ws/, "http").split("/api/v1/live?");
  const socket = new URLSearchParams(params);
  const query = new URLSearchParams({ sort: "newest", limit: "50" });
  for (const key of ["thread", "campaign"]) {
    const value = socket.get(key);
    if (value) query.set(key, value);
  }
  // Past the edge cache (another data centre's write leaves this one's entry until it
  // expires), after this tab's own last write when it made one.
  let mark: string | null = null;
  try {
    mark = sessionStorage.getItem(BOOKMARK + base);
  } catch {
    // Storage blocked: no write of this tab to wait for.
  }
  query.set("bookmark", mark ?? "first-primary");
  const since = performance.now();
  let embed: Embed;
  try {
    const res = await fetch(`${base}/api/v1/embed?${query}`);
    if (!res.ok) return;
    embed = await res.json();
  } catch {
    return; // Offline again: the next open tries again.
  }
  if (embed.campaign) deliver({ type: "campaign", campaign: embed.campaign, since });
  const all: Comment[] = [];
  const walk = (list: Comment[]) => {
    for (const comment of list) {
      all.push(comment);
      walk(comment.replies ?? []);
    }
  };
  walk(embed.comments?.comments ?? []);
  // Oldest first, as they would have been pushed.
  for (const comment of all.reverse()) {
    const { upvotes, downvotes, score } = comment;
    deliver({ type: "votes", id: comment.id, upvotes, downvotes, score, since });
    deliver({ type: "comment", comment: { ...comment, replies: [] }, since });
  }
  const thread = socket.get("thread");
  if (thread && embed.comments) deliver({ type: "snapshot", thread, page: embed.comments, since });
}

// A second copy of widget.js must not open a second set of sockets.
if (!w[flag]) {
  w[flag] = true;
  start();
}
