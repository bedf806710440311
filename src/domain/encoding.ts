/**
 * Lowercase hex of bytes. (workerd's `Uint8Array.prototype.toHex` is not in the generated
 * runtime types for the pinned compatibility date, so this is the one hand-written copy.)
 */
export const toHex = (bytes: ArrayBuffer | Uint8Array): string =>
  Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");

/** Epoch milliseconds → ISO 8601 (UTC), keeping null: how stored times leave the API. */
export const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text → HTML-safe text (element content and quoted attributes). hono's own escaper sits in
 * `hono/utils/html`, which the package does not export. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
