// The demo page of GET /: a news article with the widget embedded exactly as a site
// owner would. Its stylesheet is a separate response so the CSP can forbid inline styles.

/** The thread of the demo article; scripts/lib/seed.mjs seeds comments on it. */
export const DEMO_THREAD = "/2026/01/river-restoration";

export const DEMO_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Council backs the Millbrook river restoration — The Valley Ledger</title>
<link rel="canonical" href="${DEMO_THREAD}/">
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<header class="masthead"><a href="/">The Valley Ledger</a><span>Independent local news since 1998</span></header>
<main>
<article>
<p class="kicker">Environment</p>
<h1>Council backs the Millbrook river restoration after a decade of floods</h1>
<p class="byline">By Ana Ruiz · Photos by Tom Becker</p>
<p>The city council voted 7–2 on Tuesday night to fund the first phase of the Millbrook
restoration, a plan that will remove two concrete weirs, reconnect the old meanders and
turn the flood-prone meadows below Station Road back into wetland.</p>
<p>Residents of the lower town, whose basements flooded three times in the past ten years,
filled the chamber. “We have sandbagged this street more often than we have painted it,”
said Irma Koval, who has lived on Mill Lane since 1984.</p>
<h2>What the plan changes</h2>
<p>Engineers expect the wetland to hold back up to 40,000 cubic metres of water in a storm,
enough to keep the river below the lowest houses in all but the rarest floods. The work
starts in April and runs for two summers; the towpath will close in sections.</p>
<p>Two council members voted against, arguing that the €4.2 million cost should wait for the
regional grant decision in the autumn. The mayor said waiting would mean another winter
without protection.</p>
<p class="note">This story was made possible by readers like you. Our newsroom is funded
by monthly donations — no paywall, no billionaire owner.</p>
</article>
<script src="/widget.js" async data-campaign="demo" data-thread="${DEMO_THREAD}"
        data-donate-url="https://example.org/donate" data-inline="on"></script>
</main>
<footer>© The Valley Ledger · A Goalpost demo page</footer>
</body>
</html>
`;

export const DEMO_CSS = `:root{color-scheme:light dark;--bg:#fbfaf7;--fg:#1d1d1b;--mu:#5c5b57;--ac:#9b2915}
@media(prefers-color-scheme:dark){:root{--bg:#111315;--fg:#e9e7e2;--mu:#a8a59d;--ac:#ff8f75}}
body{margin:0;background:var(--bg);color:var(--fg);font:18px/1.65 Georgia,"Times New Roman",serif}
.masthead{display:flex;justify-content:space-between;align-items:baseline;flex-wrap:wrap;gap:.5em;padding:1em 1.25em;border-bottom:3px double var(--mu)}
.masthead a{color:var(--fg);font-size:1.6em;font-weight:700;text-decoration:none}
.masthead span,.byline,footer{color:var(--mu);font:14px/1.5 system-ui,sans-serif}
main{max-width:42em;margin:0 auto;padding:1em 1.25em 3em}
.kicker{color:var(--ac);font:700 13px system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;margin:1.5em 0 0}
h1{font-size:2.1em;line-height:1.15;margin:.2em 0 .4em}
h2{font-size:1.3em;margin:1.4em 0 .3em}
.note{font-style:italic;border-top:1px solid var(--mu);padding-top:1em}
footer{text-align:center;padding:2em 1em}
goalpost-goal{--goalpost-font:system-ui,sans-serif}
goalpost-comments{--goalpost-font:system-ui,sans-serif}
`;
