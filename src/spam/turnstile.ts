import { ApiError } from "../errors";

/** Cloudflare's server-side validation endpoint for Turnstile tokens. */
export const SITEVERIFY_URL = "https://challenges.cloudflare.com/turnstile/v0/siteverify";

type TurnstileEnv = { TURNSTILE_SECRET?: string; TURNSTILE_SITE_KEY?: string };

/** The site key the widget needs, when Turnstile is on (both settings set), else null. */
export const turnstileSiteKey = (env: TurnstileEnv) =>
  env.TURNSTILE_SECRET && env.TURNSTILE_SITE_KEY ? env.TURNSTILE_SITE_KEY : null;

const failed = () => new ApiError(400, "challenge_failed", "The challenge was not passed; try again");

/**
 * Verifies the widget's Turnstile token with Siteverify when Turnstile is on; throws 400
 * `challenge_failed` before anything is stored when it is missing, rejected, or Siteverify
 * cannot be reached (failing closed: the challenge is what the owner asked for).
 */
export async function verifyTurnstile(env: TurnstileEnv, token: string | undefined, ip: string | undefined) {
  if (!turnstileSiteKey(env)) return;
  if (!token) throw failed();
  const form = new FormData();
  form.append("secret", env.TURNSTILE_SECRET as string);
  form.append("response", token);
  if (ip) form.append("remoteip", ip);
  let outcome: { success?: unknown } = {};
  try {
    const res = await fetch(SITEVERIFY_URL, { method: "POST", body: form });
    if (res.ok) outcome = await res.json();
  } catch {
    // Unreachable or not JSON: the token is not known to be good.
  }
  if (outcome.success !== true) throw failed();
}
