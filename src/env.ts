/** Worker bindings: `Env` comes from `wrangler types`; secrets are optional because they may be unset. */
export type Bindings = Env & {
  ADMIN_TOKEN?: string;
  STRIPE_WEBHOOK_SECRET?: string;
};

export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    requestId: string;
    /** The request's clock, read once so every figure in one answer agrees. */
    now: Date;
  };
};
