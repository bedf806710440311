/** Worker bindings: `Env` comes from `wrangler types`; secrets are optional because they may be unset. */
export type Bindings = Env & {
  ADMIN_TOKEN?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  /** Key of the HMAC with which host pages sign X-Goalpost-SSO identities; unset → the header is ignored. */
  SSO_SECRET?: string;
  /** Donation channels (docs/channels/): each is off until its secret is set. */
  PAYPAL_WEBHOOK_ID?: string;
  PAYPAL_CLIENT_ID?: string;
  PAYPAL_CLIENT_SECRET?: string;
  /** https://api-m.paypal.com unless set (https://api-m.sandbox.paypal.com for the sandbox). */
  PAYPAL_API_BASE?: string;
  KOFI_VERIFICATION_TOKEN?: string;
  BUYMEACOFFEE_WEBHOOK_SECRET?: string;
  GITHUB_SPONSORS_WEBHOOK_SECRET?: string;
  PATREON_WEBHOOK_SECRET?: string;
  DONATIONS_WEBHOOK_SECRET?: string;
  /** Key of the HMAC that turns client IPs into rate-limit keys; a built-in constant when unset. */
  IP_HASH_KEY?: string;
  /** Seconds public GETs stay in the edge cache (0 turns it off); 30 when unset. */
  EDGE_CACHE_SECONDS?: string;
  /** Deepest level a reply is stored at (1–64, default 8); wrangler.toml sets it. */
  MAX_REPLY_DEPTH?: string;
  /** Notifications (docs/notifications.md): transports, links and the owner's address; all optional. */
  NOTIFY_WEBHOOK_URL?: string;
  NOTIFY_WEBHOOK_SECRET?: string;
  NOTIFY_FROM?: string;
  NOTIFY_LOCALE?: string;
  OWNER_EMAIL?: string;
  SITE_URL?: string;
  EMAIL?: SendEmail;
  /** The spam filter (docs/spam.md): `learn` (default) or `off`; Turnstile is on when both keys are set. */
  SPAM_FILTER?: string;
  TURNSTILE_SECRET?: string;
  TURNSTILE_SITE_KEY?: string;
  /** Cap of open live sockets per thread or campaign object (docs/live.md); 1000 when unset. */
  LIVE_MAX_CONNECTIONS?: string;
};

export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    requestId: string;
    /** The request's clock, read once so every figure in one answer agrees. */
    now: Date;
  };
};
