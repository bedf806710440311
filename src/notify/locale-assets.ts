import type { LocaleTables, LocaleWords } from "../domain/locale-words";
import { MAIL_I18N_DIR } from "../generated/assets";
import { assetJson } from "../lean/asset-json";

// The words of mails and link pages in languages other than English are static assets
// (scripts/build-assets.mjs writes /assets/mail-i18n.<hash>/<code>.json from
// src/domain/locales/), not part of the worker bundle. The worker reads a language's table
// through the ASSETS binding the first time a mail or page needs it and keeps it for the
// isolate's life; English is built in, so a failed read still renders (in English).

const loaded = new Map<string, Promise<LocaleWords | null>>();

async function read(assets: Fetcher, language: string): Promise<LocaleWords | null> {
  try {
    return await assetJson<LocaleWords>(assets, `${MAIL_I18N_DIR}/${encodeURIComponent(language)}.json`);
  } catch (err) {
    console.error(
      `mail strings of ${language}: ${err instanceof Error ? err.message : "asset read failed"}; writing English`,
    );
    return null;
  }
}

/**
 * The table of `language` for the renderers (renderNotification, renderLinkPage): empty for
 * English, and when the asset cannot be read (then it is tried again next time).
 */
export async function localeTables(env: { ASSETS: Fetcher }, language: string): Promise<LocaleTables> {
  if (language === "en") return {};
  let words = loaded.get(language);
  if (!words) {
    words = read(env.ASSETS, language);
    loaded.set(language, words);
  }
  const table = await words;
  if (!table) {
    if (loaded.get(language) === words) loaded.delete(language);
    return {};
  }
  return { [language]: table };
}

/** Forgets every loaded table, as a fresh isolate would not have them (for tests). */
export function forgetLocaleTables(): void {
  loaded.clear();
}
