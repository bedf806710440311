// The "other origin" of the browser tests: a tiny HTTP server for a site that embeds the
// widget from the API's origin.
//   GET /           a copy of the Worker's demo page with its URLs pointed at the API
//   GET /article?…  a fixture article; each query parameter becomes a data-* attribute of
//                   the script tag (thread, campaign, theme, limit, …); `lang` sets <html lang>, `dir` <html dir>;
//                   `elements=1` places <goalpost-goal>/<goalpost-comments> instead (`commentsdir`
//                   sets the latter's dir).
//   GET /inline, /index-page, /fixture.css   inline feedback and counts (site-inline.ts)
import { createServer } from "node:http";
import { FIXTURE_CSS, indexPage, inlinePage } from "./site-inline";

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function fixture(api: string, query: URLSearchParams): string {
  const lang = query.get("lang") ?? "en";
  const attrs = [...query]
    .filter(([key]) => key !== "lang" && key !== "dir" && key !== "elements" && key !== "commentsdir")
    .map(([key, value]) => ` data-${escapeHtml(key)}="${escapeHtml(value)}"`);
  const body = query.get("elements")
    ? `<goalpost-goal campaign="${escapeHtml(query.get("campaign") ?? "demo")}"></goalpost-goal>
<p>Between the parts.</p>
<goalpost-comments thread="${escapeHtml(query.get("thread") ?? "/")}"${query.get("commentsdir") ? ` dir="${escapeHtml(query.get("commentsdir")!)}"` : ""}></goalpost-comments>
<script src="${api}/widget.js" async data-api="${api}"></script>`
    : `<script src="${api}/widget.js" async${attrs.join("")}></script>`;
  return `<!doctype html><html lang="${escapeHtml(lang)}"${query.get("dir") ? ` dir="${escapeHtml(query.get("dir")!)}"` : ""}><head><meta charset="utf-8"><title>Fixture</title></head>
<body><article><h1>Fixture article</h1><p>Some text.</p></article>${body}</body></html>`;
}

/** Serves the pages on `port`; the CSP allows only the API origin, as a careful site would. */
export async function startSite(api: string, port: number) {
  // 'self' styles: only the fixture pages' own stylesheet; nothing inline is allowed. The
  // ws: origin lets the live client connect (docs/live.md).
  const csp = `default-src 'none'; script-src ${api}; style-src ${api} 'self'; connect-src ${api} ${api.replace(/^http/, "ws")}; base-uri 'none'`;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://site");
    let html: string | null = null;
    if (url.pathname === "/") {
      html = (await (await fetch(`${api}/`)).text())
        .replace('src="/widget.js"', `src="${api}/widget.js"`)
        .replace('href="/demo.css"', `href="${api}/demo.css"`);
    } else if (url.pathname === "/article") {
      html = fixture(api, url.searchParams);
    } else if (url.pathname === "/inline") {
      html = inlinePage(api, url.searchParams);
    } else if (url.pathname === "/index-page") {
      html = indexPage(api, url.searchParams);
    } else if (url.pathname === "/fixture.css") {
      return res.writeHead(200, { "Content-Type": "text/css" }).end(FIXTURE_CSS);
    }
    if (html === null) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
