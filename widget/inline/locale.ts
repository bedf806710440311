// The locale of the second file's texts (kept apart from strings.ts, which runs in tests without a DOM).

/** A usable locale: `wanted` if valid, else the page's lang, else English. */
export function localeOf(wanted: string | null | undefined): string {
  for (const tag of [wanted, document.documentElement.lang]) {
    try {
      if (tag) return Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      // Invalid: the next one. The first file already reported it.
    }
  }
  return "en";
}
