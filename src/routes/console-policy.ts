// The console's Content-Security-Policy: sent with the shell by src/routes/console.ts and
// with its static assets through dist/public/_headers (scripts/build-assets.mjs).
export const CONSOLE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // One policy, in console/preview.ts, which lets only /widget.js become a script URL.
  "trusted-types goalpost-console",
].join("; ");
