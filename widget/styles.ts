// The widget's stylesheet, written out in full (no code builds it: that costs more bytes
// than gzip saves). Each colour is --goalpost-<name> when the site sets it, else the theme's
// default; test/domain/widget-contrast.test.ts reads those defaults from this string and
// checks contrast (≥ 4.5:1) in both themes.

// Compact on purpose: this string is a fifth of the first paint.
export const CSS = `:host{--bg:var(--goalpost-bg,#fff);--fg:var(--goalpost-fg,#1b1f24);--mu:var(--goalpost-muted,#57606a);--ac:var(--goalpost-accent,#0b5cad);--oa:var(--goalpost-on-accent,#fff);--ln:var(--goalpost-line,#d0d7de);--tr:var(--goalpost-track,#e8ecf0);--er:var(--goalpost-error,#c62828);--r:var(--goalpost-radius,6px);display:block;margin:1.5em 0;padding:1em;border-radius:var(--r);background:var(--bg);color:var(--fg);font:15px/1.5 var(--goalpost-font,system-ui,sans-serif);color-scheme:light}
:host([theme=dark]){--bg:var(--goalpost-bg,#16191e);--fg:var(--goalpost-fg,#e6edf3);--mu:var(--goalpost-muted,#9da7b3);--ac:var(--goalpost-accent,#6cb6ff);--oa:var(--goalpost-on-accent,#0d1117);--ln:var(--goalpost-line,#3d444d);--tr:var(--goalpost-track,#2b3139);--er:var(--goalpost-error,#ff8a80);color-scheme:dark}
@media(prefers-color-scheme:dark){:host(:not([theme=light])){--bg:var(--goalpost-bg,#16191e);--fg:var(--goalpost-fg,#e6edf3);--mu:var(--goalpost-muted,#9da7b3);--ac:var(--goalpost-accent,#6cb6ff);--oa:var(--goalpost-on-accent,#0d1117);--ln:var(--goalpost-line,#3d444d);--tr:var(--goalpost-track,#2b3139);--er:var(--goalpost-error,#ff8a80);color-scheme:dark}}
:host([hidden]),[hidden]{display:none!important}
*{box-sizing:border-box}
button,input,select,textarea{font:inherit;color:inherit}
:focus-visible{outline:2px solid var(--ac);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.row{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center}
.grow{flex:1}
.mu strong{color:var(--fg)}
.sep{column-gap:0;margin:0;margin-inline-start:-1.4em;clip-path:inset(0 0 0 1.4em)}
.sep:dir(rtl){clip-path:inset(0 1.4em 0 0)}
.sep>:not(:empty){position:relative;padding-inline-start:1.4em}
.sep>:not(:empty)::before{content:"·";position:absolute;inset-inline-start:0;width:1.4em;text-align:center}
.mu,label,.lnk,.err{color:var(--mu);font-size:.87em}
.btn{display:inline-block;padding:.4em 1em;border:0;border-radius:var(--r);background:var(--ac);color:var(--oa);font-weight:600;text-decoration:none;cursor:pointer}
.lnk,.tabs button{padding:.1em .3em;border:0;background:none;cursor:pointer}
.lnk:hover,.lnk[aria-pressed=true]{color:var(--ac)}
.err{color:var(--er);margin:.2em 0}
.bar{position:relative;height:1.8em;margin:.6em 0 .2em;border-radius:var(--r);background:var(--tr);overflow:hidden}
.bar i{position:absolute;top:0;bottom:0;width:2px;margin-inline-start:-1px;background:var(--bg);opacity:.7}
.fill{height:100%;background:var(--ac);border-radius:var(--r)}
.val{position:absolute;top:0;line-height:1.8em;padding:0 .5em;font-weight:700;font-size:.9em;color:var(--oa);translate:-100%}
.marks{position:relative;height:1.4em}
.marks span{position:absolute;translate:-50%;white-space:nowrap}
.marks span:dir(rtl){translate:50%}
.marks span:last-child{translate:-100%}
.val:dir(rtl),.marks span:last-child:dir(rtl){translate:100%}
.val.out{color:var(--fg);translate:none}
.marks span:first-child{translate:none!important}
.dl{text-transform:uppercase;letter-spacing:.03em;font-weight:600}
h2{font-size:1.15em;margin:0 0 .6em}
form{display:grid;gap:.5em;margin:.5em 0 1em}
label{display:block}
input,select,textarea{width:100%;padding:.45em .6em;border:1px solid var(--ln);border-radius:var(--r);background:var(--bg)}
textarea{min-height:5em;resize:vertical}
.tabs{display:flex;flex-wrap:wrap;gap:.25em;border-bottom:1px solid var(--ln);margin:.5em 0}
.tabs button{padding:.4em .8em;border-bottom:2px solid transparent;color:var(--mu)}
.tabs [aria-pressed=true]{color:var(--fg);border-color:var(--ac);font-weight:600}
article{margin:.9em 0 0}
.body,blockquote,.wall li{overflow-wrap:anywhere}
blockquote{margin:.3em 0;padding-inline-start:.7em;border-inline-start:3px solid var(--ln);color:var(--mu)}
.body p{margin:.3em 0}
.body>*,.wall li{unicode-bidi:plaintext}
.body a{color:var(--ac)}
.body pre{overflow:auto}
.rep{margin-inline-start:1.1em;padding-inline-start:.9em;border-inline-start:2px solid var(--ln)}
.flat{margin:0;padding:0;border:0}
.del{font-style:italic;color:var(--mu)}
.tag{color:var(--ac);font-size:.8em}
.more{margin-top:1em;width:100%}
.wall{list-style:none;margin:.4em 0 0;padding:0;font-size:.875em}`;
