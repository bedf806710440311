// Comment counts for index pages: <goalpost-count thread="…"> and links marked
// data-goalpost-count. Every count wanted in one task is fetched together (batched in a
// microtask, like relative-time-element batches attribute changes): one GET /counts for up
// to 100 threads, as the API allows, so a page of 20 links costs one request.
import { threadKey } from "../thread-key";
import { localeOf } from "./locale";
import { inlineStrings } from "./strings";

type Want = { api: string; thread: string; show: (n: number) => void };
let queue: Want[] = [];

/** Asks for a thread's count; `show` gets it once the batch answers. */
function want(item: Want) {
  if (!queue.length) queueMicrotask(flush);
  queue.push(item);
}

async function flush() {
  const wants = queue;
  queue = [];
  for (const api of new Set(wants.map((w) => w.api))) {
    const mine = wants.filter((w) => w.api === api);
    const threads = [...new Set(mine.map((w) => w.thread))];
    for (let i = 0; i < threads.length; i += 100) {
      const query = new URLSearchParams(threads.slice(i, i + 100).map((thread) => ["thread", thread]));
      fetch(`${api}/api/v1/counts?${query}`)
        .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`))))
        .then(({ counts }: { counts: Record<string, number> }) => {
          for (const w of mine) if (Object.hasOwn(counts, w.thread)) w.show(counts[w.thread]!);
        })
        // A count is decoration: on failure the element keeps its fallback text.
        .catch((error) => console.error(`Goalpost: counts: ${error}`));
    }
  }
}

/** Writes "N comments" in the element's (or the page's) language; its strings load alongside the counts. */
const writer = (el: Element, api: string, config: Record<string, string>) => {
  const strings = inlineStrings(api, localeOf(el.getAttribute("locale") ?? config.locale));
  return (n: number) => strings.then((s) => (el.textContent = s.count("comments", n)));
};

/** Starts counts: defines <goalpost-count> and fills the page's marked links. */
export function startCounts(config: Record<string, string>) {
  const apiOf = (el: Element) => (el.getAttribute("api") ?? config.api ?? "").replace(/\/+$/, "");
  if (!customElements.get("goalpost-count")) {
    customElements.define(
      "goalpost-count",
      class extends HTMLElement {
        connectedCallback() {
          const thread = this.getAttribute("thread") || threadKey(location.pathname);
          const api = apiOf(this);
          want({ api, thread, show: writer(this, api, config) });
        }
      },
    );
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-goalpost-count]")) {
    let thread = link.dataset.goalpostCount;
    // The link's own path, normalised as the widget's default thread key is.
    if (!thread) thread = threadKey(new URL(link.href, location.href).pathname);
    const api = apiOf(link);
    want({ api, thread, show: writer(link, api, config) });
  }
}
