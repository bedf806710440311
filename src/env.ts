/** Worker bindings: `Env` comes from `wrangler types`; secrets are optional because they may be unset. */
export type Bindings = Env & {
  ADMIN_TOKEN?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  /** Key of the HMAC that turns client IPs into rate-limit keys; a built-in constant when unset. */
  IP_HASH_KEY?: string;
  /** Seconds public GETs stay in the edge cache (0 turns it off); 30 when unset. */
  EDGE_CACHE_SECONDS?: string;
  /** Notifications (docs/notifications.md): transports, links and the owner's address; all optional. */
  NOTIFY_WEBHOOK_URL?: string;
  NOTIFY_WEBHOOK_SECRET?: string;
  NOTIFY_FROM?: string;
  NOTIFY_LOCALE?: string;
  OWNER_EMAIL?: string;
  SITE_URL?: string;
  EMAIL?: SendEmail;
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
