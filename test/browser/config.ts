/** The admin token the browser tests give `wrangler dev`. */
export const ADMIN_TOKEN = "browser-test-admin-token";

/** The SSO_SECRET the browser tests give `wrangler dev`, to sign data-sso identities. */
export const SSO_SECRET = "browser-test-sso-secret";

/** Chromium flags: headless, no sandbox (root in CI), and no traffic of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
