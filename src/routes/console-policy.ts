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
  // console/preview.ts's policy lets only /widget.js become a script URL; the previewed
  // widget brings its own (widget/trusted.ts): the server's sanitised comment html and the
  // widget's own lazy files.
  "trusted-types goalpost-console goalpost",
].join("; ");
