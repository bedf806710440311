// /widget-live.js, loaded by widget.js after first paint (widget/live-hook.ts): one
// WebSocket per page (thread and campaign together) to GET /api/v1/live, whose pushes
// reach the page's <goalpost-comments> and <goalpost-goal>. It shares types, not code,
// with the server and reaches the elements only through their public fields.
import type { LiveMessage } from "../../src/live/messages";
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
 * comments" button), the tallies of those on it and the campaign's figures. Comments already
 * shown keep their text (an edit made meanwhile shows on the next page view).
 */
async function catchUp(socketUrl: string, deliver: (message: Delivered) => void) {
  const url = new URL(socketUrl.replace(/^ws/, "http"));
  const query = new URLSearchParams({ sort: "newest", limit: "50" });
  for (const key of ["thread", "campaign"]) {
    const value = url.searchParams.get(key);
    if (value) query.set(key, value);
  }
  let embed: Embed;
  try {
    const res = await fetch(`${url.origin}/api/v1/embed?${query}`);
    if (!res.ok) return;
    embed = await res.json();
  } catch {
    return; // Offline again: the next open tries again.
  }
  if (embed.campaign) deliver({ type: "campaign", campaign: embed.campaign });
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
    deliver({ type: "votes", id: comment.id, upvotes, downvotes, score });
    deliver({ type: "comment", comment: { ...comment, replies: [] }, replayed: true });
  }
}

// A second copy of widget.js must not open a second set of sockets.
if (!w[flag]) {
  w[flag] = true;
  start();
}
