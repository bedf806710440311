// A tiny RFC 5322 / RFC 2045 message builder: enough for a UTF-8 multipart/alternative
// notification, nothing more. Bodies are base64 (no line-length or 8-bit worries); header
// values that are not plain ASCII become RFC 2047 encoded words.

export type MimeInput = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe, …); names and values must not contain line breaks. */
  headers: Record<string, string>;
  date: Date;
  messageId: string;
};

const encoder = new TextEncoder();

function base64(text: string): string {
  let binary = "";
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** base64 body wrapped at 76 characters, as RFC 2045 requires. */
const base64Lines = (text: string) => base64(text).replace(/.{1,76}/g, "$&\r\n");

/** A header value safe to write: line breaks removed; non-ASCII as `=?UTF-8?B?…?=` words. */
export function headerValue(value: string): string {
  const flat = value.replace(/[\r\n]+/g, " ");
  if (/^[\x20-\x7e]*$/.test(flat)) return flat;
  // Encoded words of at most 75 characters: split the text into chunks of whole code points.
  const words: string[] = [];
  let chunk = "";
  for (const ch of flat) {
    if (encoder.encode(chunk + ch).byteLength > 45) {
      words.push(`=?UTF-8?B?${base64(chunk)}?=`);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(`=?UTF-8?B?${base64(chunk)}?=`);
  return words.join("\r\n ");
}

const headerName = (name: string) => {
  if (!/^[!-9;-~]+$/.test(name)) throw new Error(`Invalid header name: ${JSON.stringify(name)}`);
  return name;
};

/** The whole message (headers and body) with CRLF line ends. */
export function buildMime(input: MimeInput): string {
  const boundary = `goalpost-${crypto.randomUUID()}`;
  const headers: [string, string][] = [
    ["From", input.from],
    ["To", input.to],
    ["Subject", input.subject],
    ["Date", input.date.toUTCString().replace("GMT", "+0000")],
    ["Message-ID", input.messageId],
    ["MIME-Version", "1.0"],
    ["Auto-Submitted", "auto-generated"],
    ...Object.entries(input.headers),
    ["Content-Type", `multipart/alternative; boundary="${boundary}"`],
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      "Content-Transfer-Encoding: base64",
      "",
      base64Lines(body),
    ].join("\r\n");
  return [
    ...headers.map(([name, value]) => `${headerName(name)}: ${headerValue(value)}`),
    "",
    part("text/plain", input.text),
    part("text/html", input.html),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}
