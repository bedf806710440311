// Old page URLs → thread keys. The default, `path`, gives the key the widget uses by default
// (the page's path without a trailing index.html or slash; the site root stays "/"), so
// imported comments show up under the widget with no data-thread attribute at all.

const STEPS = {
  /** `https://site/a/b?x#y` → `/a/b` (query and fragment go too); a path stays as it is. */
  "strip-host": (key) => {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(key)) return key.replace(/[?#].*$/, "");
    try {
      return new URL(key).pathname;
    } catch {
      return key;
    }
  },
  "strip-query": (key) => key.replace(/[?#].*$/, ""),
  "strip-index": (key) => key.replace(/\/index\.(?:html?|php)$/i, "/"),
  "strip-trailing-slash": (key) => (/^(?:[a-z][a-z0-9+.-]*:\/\/[^/]+)?\/$/i.test(key) ? key : key.replace(/\/+$/, "")),
  keep: (key) => key,
};
STEPS.path = (key) => STEPS["strip-trailing-slash"](STEPS["strip-index"](STEPS["strip-host"](key)));

export const RULE_NAMES = [...Object.keys(STEPS), "map:FILE"];

/** Parses a mapping file: one `url<TAB>thread` a line; blank lines and `#` comments skipped. */
export function parseMapping(text) {
  const mapping = new Map();
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.startsWith("#")) return;
    const [url, thread, extra] = line.split("\t");
    if (!url || !thread || extra !== undefined) throw new Error(`mapping line ${index + 1}: expected "url<TAB>thread"`);
    mapping.set(url.trim(), thread.trim());
  });
  return mapping;
}

/**
 * A function from an old URL to `{ thread }` or `{ error }`. `spec` is `map` (with the
 * parsed mapping) or a comma-separated list of steps applied in order.
 * @param {string} [spec]
 * @param {Map<string, string> | null} [mapping]
 * @returns {(url: string) => { thread?: string; error?: string }}
 */
export function threadRule(spec = "path", mapping = null) {
  if (spec.startsWith("map:")) {
    if (!mapping) throw new Error("the map rule needs its mapping file");
    return (url) => {
      const thread = mapping.get(String(url ?? "").trim());
      return thread ? check(thread) : { error: `URL ${url} is not in the mapping file` };
    };
  }
  const steps = spec.split(",").map((name) => {
    const step = STEPS[name.trim()];
    if (!step) throw new Error(`unknown thread rule "${name}"; use ${RULE_NAMES.join(", ")}`);
    return step;
  });
  return (url) => check(steps.reduce((key, step) => step(key), String(url ?? "").trim()));
}

function check(thread) {
  if (!thread) return { error: "the thread key is empty" };
  if (thread.length > 512) return { error: "the thread key is over 512 characters" };
  return { thread };
}
