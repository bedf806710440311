// Fixture pages of the inline-feedback and counts tests, served by site.ts:
//   GET /inline?…      a long article; query parameters become data-* of the script tag
//                      (thread, inline, bubble, …); `marked=1` marks the article with
//                      data-goalpost-inline instead; `lang` sets <html lang>, `dir` <html dir>.
//   GET /index-page?threads=a,b&links=/x/,/y/&lang=
//                      <goalpost-count thread> per thread and a data-goalpost-count link per path.
//   GET /fixture.css   the pages' look (a centred column, so the margin has room for bubbles).

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const FIXTURE_CSS = `body{margin:0;font:18px/1.6 Georgia,serif;color:#222;background:#fff}
article,.list{max-width:34em;margin:2em auto;padding:0 1em}
goalpost-comments{max-width:34em;margin:2em auto}
h1{font:700 1.8em/1.2 system-ui,sans-serif}`;

/** The article's paragraphs; tests quote them. */
export const PARAGRAPHS = [
  `In 2019 the bridge at Al-Bukamal was rebuilt by volunteers. The town council paid for the steel, and <a href="#mill" id="mill-link">the steel mill</a> sent its workers.`,
  `Two years later the bridge was closed again, and the town council asked for help.`,
  `<span data-goalpost-question="Should the town rebuild it again?">Whether to rebuild it a third time is still open.</span> The vote is in May.`,
  ...Array.from(
    { length: 14 },
    (_, i) => `Filler paragraph ${i + 1} keeps the comments below the fold, as on a real article page.`,
  ),
];

export function inlinePage(api: string, query: URLSearchParams): string {
  const lang = query.get("lang") ?? "en";
  const skip = new Set(["lang", "dir", "marked", "question"]);
  const dir = query.get("dir") ? ` dir="${escapeHtml(query.get("dir")!)}"` : "";
  const attrs = [...query]
    .filter(([key]) => !skip.has(key))
    .map(([key, value]) => ` data-${escapeHtml(key)}="${escapeHtml(value)}"`);
  const paragraphs = PARAGRAPHS.filter((p) => query.get("question") === "1" || !p.includes("data-goalpost-question"));
  const marked = query.get("marked") === "1" ? " data-goalpost-inline" : "";
  return `<!doctype html><html lang="${escapeHtml(lang)}"${dir}><head><meta charset="utf-8"><title>Inline fixture</title>
<link rel="stylesheet" href="/fixture.css"></head>
<body><article${marked}><h1>The bridge</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article>
<script src="${api}/widget.js" async${attrs.join("")}></script></body></html>`;
}

export function indexPage(api: string, query: URLSearchParams): string {
  const list = (name: string) => (query.get(name) ?? "").split(",").filter(Boolean);
  const counts = list("threads").map(
    (t) => `<li>${escapeHtml(t)}: <goalpost-count thread="${escapeHtml(t)}">…</goalpost-count></li>`,
  );
  const links = list("links").map((path) => `<li><a href="${escapeHtml(path)}" data-goalpost-count>comments</a></li>`);
  return `<!doctype html><html lang="${escapeHtml(query.get("lang") ?? "en")}"><head><meta charset="utf-8"><title>Index fixture</title>
<link rel="stylesheet" href="/fixture.css"></head>
<body><ul class="list">${counts.join("")}${links.join("")}</ul>
<script src="${api}/widget.js" async></script></body></html>`;
}
