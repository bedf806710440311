// `npm run import -- --from SOURCE FILE [options]`: the options, checked before any work.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMapping, threadRule } from "./thread-rule.mjs";

export const SOURCES = ["wordpress", "disqus", "remark42", "isso", "goalpost"];

export const USAGE = `Usage: npm run import -- --from ${SOURCES.join("|")} FILE [options]

  --dry-run              read and check the whole file, print what would be imported; send nothing
  --local                import into \`npm start\`'s worker (http://localhost:8787, token from .dev.vars)
  --remote --url URL     import into a deployed worker (token from --token or GOALPOST_ADMIN_TOKEN)
  --url URL              the worker's address (default http://localhost:8787)
  --token TOKEN          the admin token (default: GOALPOST_ADMIN_TOKEN, else .dev.vars for a local worker)
  --thread-rule RULE     old page URL → thread key: path (default), strip-host, strip-query, strip-index,
                         strip-trailing-slash, keep, a comma-separated list of these, or map:FILE
                         (one "url<TAB>thread" a line)
  --site NAME            the site the export comes from, part of every comment's import key (default: the
                         export's own: WordPress site address, Disqus forum, Remark42 site; Isso has none)
  --pingbacks            import WordPress pingbacks and trackbacks too (skipped by default, like editor notes)
  --orphans top-level|skip   replies whose parent is missing: import them top-level (default) or skip them
  --report FILE          also write the full report as JSON
  --batch N              records per request (default 200)`;

/** The parsed options; throws a message meant for the user. */
export function parseArgs(argv, { root = process.cwd(), env = process.env } = {}) {
  const options = {
    from: null,
    file: null,
    dryRun: false,
    url: null,
    token: env.GOALPOST_ADMIN_TOKEN ?? null,
    remote: false,
    ruleSpec: null,
    orphans: "top-level",
    report: null,
    batch: 200,
    site: null,
    pingbacks: false,
  };
  const value = (index, name) => {
    const next = argv[index + 1];
    if (next === undefined || next.startsWith("--")) throw new Error(`${name} needs a value`);
    return next;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const take = () => inline ?? value(i++, name);
    if (name === "--from") options.from = take();
    else if (name === "--dry-run") options.dryRun = true;
    else if (name === "--local") options.url ??= "http://localhost:8787";
    else if (name === "--remote") options.remote = true;
    else if (name === "--url") options.url = take();
    else if (name === "--token") options.token = take();
    else if (name === "--thread-rule") options.ruleSpec = take();
    else if (name === "--orphans") options.orphans = take();
    else if (name === "--site") options.site = take().trim();
    else if (name === "--pingbacks") options.pingbacks = true;
    else if (name === "--report") options.report = take();
    else if (name === "--batch") options.batch = Number(take());
    else if (name === "--help" || name === "-h") throw new Error(USAGE);
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}\n\n${USAGE}`);
    else if (options.file === null) options.file = arg;
    else throw new Error(`one file at a time (got ${options.file} and ${arg})`);
  }
  if (!SOURCES.includes(options.from)) throw new Error(`--from must be one of ${SOURCES.join(", ")}\n\n${USAGE}`);
  if (!options.file) throw new Error(`which file? \n\n${USAGE}`);
  if (!existsSync(options.file)) throw new Error(`no such file: ${options.file}`);
  if (!["top-level", "skip"].includes(options.orphans)) throw new Error("--orphans must be top-level or skip");
  if (!Number.isInteger(options.batch) || options.batch < 1 || options.batch > 500)
    throw new Error("--batch must be 1–500");
  if (options.site !== null && (!options.site || options.site.length > 512))
    throw new Error("--site must be 1–512 characters");
  if (options.remote && !options.url) throw new Error("--remote needs --url https://YOUR-WORKER");
  options.url = (options.url ?? "http://localhost:8787").replace(/\/+$/, "");
  if (!options.token && /^https?:\/\/(localhost|127\.0\.0\.1)(:|$)/.test(options.url)) {
    const vars = join(root, ".dev.vars");
    if (existsSync(vars)) options.token = /^ADMIN_TOKEN=(.*)$/m.exec(readFileSync(vars, "utf8"))?.[1]?.trim() ?? null;
  }
  // A Goalpost export already has thread keys: no rule unless one is asked for.
  const spec = options.ruleSpec ?? (options.from === "goalpost" ? null : "path");
  options.rule =
    spec === null
      ? null
      : threadRule(spec, spec.startsWith("map:") ? parseMapping(readFileSync(spec.slice(4), "utf8")) : null);
  return options;
}
