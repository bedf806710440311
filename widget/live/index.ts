// /widget-live.js, loaded by widget.js after first paint (widget/live-hook.ts): one
// WebSocket per page (thread and campaign together) to GET /api/v1/live, whose pushes
// reach the page's <goalpost-comments> and <goalpost-goal>. It shares types, not code,
// with the server and reaches the elements only through their public fields.
import type { LiveMessage } from "../../src/live/messages";
import type { CommentsElement } from "../comments";
import type { GoalElement } from "../goal";
import { announcer } from "./announce";
import { liveComments } from "./comments";
import { liveGoal } from "./goal";
import { liveSocket } from "./socket";

type Handler = (message: LiveMessage) => void;

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
    liveSocket(
      url,
      (data) => {
        for (const handler of handlers) handler(data as LiveMessage);
      },
      () => document.querySelector("[data-goalpost-live]")?.setAttribute("data-goalpost-live", "open"),
    );
  }
}

// A second copy of widget.js must not open a second set of sockets.
if (!w[flag]) {
  w[flag] = true;
  start();
}
