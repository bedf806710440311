// Text people choose, made safe to show (API.md "Text that people choose"): a name cannot
// impersonate another by bidi overrides ("\u202Enimda" shows as "admin"), zero-width
// characters ("ad\u200Bmin") or terminal escapes.

const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}]/gu;

/** An author name: NFC, without control and format characters, trimmed; "Guest" when nothing is left. */
export function cleanName(name: string | null | undefined): string {
  const cleaned = (name ?? "").normalize("NFC").replace(CONTROL_OR_FORMAT, "").trim();
  return cleaned === "" ? "Guest" : cleaned;
}

/** Whether a string holds a control character (Cc): such thread keys are refused. */
export const hasControl = (text: string) => /\p{Cc}/u.test(text);
