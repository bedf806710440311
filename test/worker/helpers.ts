import { SELF } from "cloudflare:test";

export const ADMIN = { Authorization: "Bearer test-admin-token" };
const BASE = "http://goalpost.test";

type Options = { body?: unknown; headers?: Record<string, string>; raw?: BodyInit };

/** Sends a request to the worker under test and returns status, headers and parsed JSON. */
export async function call(method: string, path: string, options: Options = {}) {
  const headers: Record<string, string> = { ...options.headers };
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["Content-Type"] ??= "application/json";
  }
  const res = await SELF.fetch(`${BASE}${path}`, { method, headers, body });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, json };
}

export const admin = (method: string, path: string, options: Options = {}) =>
  call(method, path, { ...options, headers: { ...ADMIN, ...options.headers } });

let counter = 0;
/** A slug no other test uses. */
export const uniqueSlug = (prefix = "c") => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** Creates a campaign through the admin API and returns its slug. */
export async function createCampaign(overrides: Record<string, unknown> = {}) {
  const slug = uniqueSlug();
  const res = await admin("POST", "/api/v1/admin/campaigns", {
    body: {
      slug,
      title: "Support our reporting",
      currency: "USD",
      tiers: [{ amount: 250000, label: "Keep the lights on" }, { amount: 500000 }],
      period: { kind: "open" },
      ...overrides,
    },
  });
  if (res.status !== 201) throw new Error(`campaign not created: ${res.status} ${JSON.stringify(res.json)}`);
  return slug;
}

/** Asserts the API.md error envelope and returns it. */
export function errorOf(res: { json: any }) {
  const error = res.json?.error;
  if (!error || typeof error.code !== "string" || typeof error.message !== "string") {
    throw new Error(`not an error envelope: ${JSON.stringify(res.json)}`);
  }
  return error as { code: string; message: string; issues?: { path: string; message: string }[] };
}
