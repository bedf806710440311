// The console's stylesheet, served by the Worker as /admin/console.css (a file, because
// the page's CSP allows no inline style). Light and dark follow prefers-color-scheme;
// one column below 760 px, so a 360 px phone reads it without sideways scrolling. Only
// logical properties (margin-inline-*, text-align:start/end), so it mirrors under dir="rtl";
// the pace chart keeps time running left to right, like its SVG.
export const CONSOLE_CSS = `
:root{color-scheme:light dark;--bg:#f6f7f9;--card:#fff;--fg:#1b1f24;--mu:#57606a;--line:#d0d7de;--accent:#0b5fcc;--accent-fg:#fff;--danger:#b42318;--ok:#1a7f37;--field:#fff;--focus:#1f6feb;--warn-bg:#fff4e5;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--card:#161b22;--fg:#e6edf3;--mu:#9da7b3;--line:#30363d;--accent:#4493f8;--accent-fg:#0d1117;--danger:#ff7b72;--ok:#3fb950;--field:#0d1117;--focus:#79c0ff;--warn-bg:#3d2a12}}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--fg)}
a{color:var(--accent)}
h1{font-size:1.5rem;margin:.25rem 0 1rem}h2{font-size:1.15rem;margin:0 0 .75rem}
code{font:.9em ui-monospace,SFMono-Regular,Menlo,monospace;overflow-wrap:anywhere;direction:ltr;unicode-bidi:isolate}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.muted,.hint,.meta{color:var(--mu)}.hint{font-size:.875rem;margin:.25rem 0 0}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.75rem 1rem;background:var(--card);border-bottom:1px solid var(--line)}
.brand{font-weight:700;text-decoration:none;color:var(--fg);margin-inline-end:auto}
.top nav{display:flex;gap:.25rem;order:3;width:100%}
.top nav a{padding:.4rem .75rem;border-radius:6px;text-decoration:none;color:var(--fg)}
.top nav a[aria-current=page]{background:var(--bg);font-weight:600;box-shadow:inset 0 -2px 0 var(--accent)}
.badge{display:inline-block;min-width:1.5em;padding:0 .4em;border-radius:1em;background:var(--danger);color:#fff;font-size:.8rem;text-align:center}
main{max-width:72rem;margin:0 auto;padding:1rem}
main:focus{outline:none}
.center{display:grid;place-items:center;min-height:100vh}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem;margin:0 0 1rem;min-width:0}
.signin{width:min(26rem,100%)}
.stack>*+*{margin-top:.75rem}
.heading{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem}
.cards{list-style:none;padding:0;margin:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(20rem,100%),1fr))}
.cards .card{margin:0}.cards h2{margin:0}
.split{display:grid;gap:1rem;align-items:start}
.split>*{margin:0;min-width:0}
.page>.split{margin-bottom:1rem}
.row2{display:grid;gap:.75rem}
.field label,legend{display:block;font-weight:600;margin-bottom:.25rem}
fieldset{border:1px solid var(--line);border-radius:8px;padding:.75rem;margin:0;min-width:0}
input,select,textarea,button,.button{font:inherit;color:inherit}
input:not([type=radio]),select,textarea{width:100%;padding:.5rem .6rem;border:1px solid var(--line);border-radius:6px;background:var(--field)}
input[readonly]{background:transparent;color:var(--mu)}
[aria-invalid=true]{border-color:var(--danger)!important;box-shadow:0 0 0 1px var(--danger)}
textarea.code{font:.85rem ui-monospace,Menlo,monospace;resize:vertical;direction:ltr}
button,.button{display:inline-block;padding:.5rem .9rem;border-radius:6px;border:1px solid var(--line);background:var(--card);cursor:pointer;text-decoration:none;line-height:1.4;min-height:2.5rem}
button:disabled{opacity:.55;cursor:not-allowed}
.primary{background:var(--accent);border-color:var(--accent);color:var(--accent-fg);font-weight:600}
.danger{color:var(--danger);border-color:var(--danger)}
button.quiet{border-color:transparent;background:transparent}
button.quiet.danger{color:var(--danger)}
.icon{min-width:2.5rem;padding:.4rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.error{color:var(--danger);font-size:.875rem;margin:.25rem 0 0}
.summary{font-size:1rem;padding:.5rem .75rem;border-radius:6px;background:var(--warn-bg)}
.choices{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin-bottom:.75rem}
.choice{display:flex;align-items:center;gap:.25rem;min-height:2.5rem}
.tiers{list-style:none;margin:.5rem 0;padding:0}
.tier{display:grid;grid-template-columns:1fr;gap:.5rem;padding:.5rem 0;border-top:1px solid var(--line)}
.tier:first-child{border-top:0}
.tier-actions{display:flex;gap:.25rem;align-items:end}
progress{width:100%;height:.9rem;accent-color:var(--accent)}
.figures{margin:.25rem 0 0}
.preview .stage{padding:.75rem;border:1px dashed var(--line);border-radius:8px;min-height:5rem}
.crumbs{margin:0;color:var(--mu)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:start;padding:.5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.ledger time{white-space:nowrap}
td.message{overflow-wrap:anywhere}
.queue{list-style:none;padding:0;margin:0}
fieldset.plain{border:0;padding:0}
.toolbar{padding:.5rem 0;border-top:1px solid var(--line)}
.comment input[type=checkbox],.choice input{width:1.15rem;height:1.15rem;margin:.2rem 0}
.comment .status+.status{margin-inline-start:.25rem}
.comment{display:grid;grid-template-columns:auto 1fr;gap:.5rem .75rem;padding:.75rem 0;border-top:1px solid var(--line)}
.comment .body{white-space:pre-wrap;overflow-wrap:anywhere;margin:.25rem 0}
.comment article{min-width:0}.comment .meta{overflow-wrap:anywhere}.blocks{padding-inline-start:1.25rem}.blocks li{overflow-wrap:anywhere;margin:.25rem 0}
.status{display:inline-block;padding:0 .4em;border-radius:4px;border:1px solid var(--line);font-size:.8rem}
.toast{position:fixed;bottom:1rem;left:50%;transform:translateX(-50%);margin:0;max-width:calc(100% - 2rem);background:var(--fg);color:var(--bg);padding:.5rem 1rem;border-radius:6px}
.toast:empty{display:none}
dialog.confirm{border:1px solid var(--line);border-radius:10px;background:var(--card);color:var(--fg);max-width:min(30rem,calc(100% - 2rem))}
dialog::backdrop{background:rgb(0 0 0/.45)}
@media (max-width:759px){
 .ledger thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
 .ledger tr{display:block;border-bottom:1px solid var(--line);padding:.5rem 0}
 .ledger td{display:flex;gap:.5rem;border:0;padding:.15rem 0}
 .ledger td[data-label]::before{content:attr(data-label);font-weight:600;min-width:5.5rem;color:var(--mu)}
 .ledger td.num{text-align:start}
}
@media (min-width:760px){
 .top nav{order:0;width:auto}
 .split{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}
 .split.wide-right{grid-template-columns:minmax(0,2fr) minmax(0,3fr)}
 .row2{grid-template-columns:1fr 1fr}
 .tier{grid-template-columns:10rem 1fr auto;align-items:start}
 .tier-actions{padding-top:1.75rem}
}
.pace-chart,.pace-axis{direction:ltr}
.pace-chart{display:block;width:100%;height:12rem;border-left:1px solid var(--line);border-bottom:1px solid var(--line)}
.pace-chart polyline,.pace-chart line{fill:none;vector-effect:non-scaling-stroke}
.pace-raised{stroke:var(--accent);stroke-width:3}
.pace-target{stroke:var(--mu);stroke-width:2;stroke-dasharray:6 4}
.pace-goal{stroke:var(--ok);stroke-width:1.5}
.pace-axis{display:flex;justify-content:space-between;margin:.25rem 0;font-size:.875rem;color:var(--mu)}
.pace-legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.875rem;margin:.25rem 0}
.key::before{content:"";display:inline-block;width:1.25rem;height:0;margin-inline-end:.35rem;vertical-align:middle;border-top:3px solid var(--accent)}
.key.target::before{border-top:2px dashed var(--mu)}.key.goal::before{border-top:2px solid var(--ok)}
.pace-figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem 1rem;margin:.5rem 0 0}
.pace-figures dt{font-size:.875rem;color:var(--mu)}.pace-figures dd{margin:0;font-weight:600;font-size:1.1rem}
`;
