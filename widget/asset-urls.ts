// Paths (on the API origin) of the files the widget loads after first paint. The build
// (scripts/build-assets.mjs) defines their content-hashed URLs, cached for a year; code
// that runs unbundled (tests) gets the stable ones.
declare const __GOALPOST_INLINE__: string | undefined;
declare const __GOALPOST_INTERACTIONS__: string | undefined;
declare const __GOALPOST_I18N__: string | undefined;

/** The second file: inline feedback, questions, counts, bubble. */
export const INLINE_PATH = typeof __GOALPOST_INLINE__ === "string" ? __GOALPOST_INLINE__ : "/widget-inline.js";
/** The interactions chunk: reply and edit forms, votes, editing (widget/interactions/). */
export const INTERACTIONS_PATH =
  typeof __GOALPOST_INTERACTIONS__ === "string" ? __GOALPOST_INTERACTIONS__ : "/widget-interactions.js";
/** The folder of the language packs, <lang>.json each. */
export const I18N_PATH = typeof __GOALPOST_I18N__ === "string" ? __GOALPOST_I18N__ : "/widget/i18n";
