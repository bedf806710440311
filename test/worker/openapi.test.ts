import { describe, expect, it } from "vitest";
import { call } from "./helpers";

// Every endpoint of API.md (and the ones we added) is in the generated document.
const EXPECTED: Record<string, string[]> = {
  "/api/v1/campaigns/{slug}": ["get"],
  "/api/v1/admin/campaigns": ["get", "post"],
  "/api/v1/admin/campaigns/{slug}": ["delete", "patch"],
  "/api/v1/admin/campaigns/{slug}/donations": ["get", "post"],
  "/api/v1/admin/campaigns/{slug}/donations/{id}": ["delete", "patch"],
  "/api/v1/admin/campaigns/{slug}/donor-wall": ["put"],
  "/api/v1/admin/campaigns/{slug}/pace": ["get"],
  "/api/v1/comments": ["get", "post"],
  "/api/v1/comments/{id}": ["delete", "patch"],
  "/api/v1/comments/{id}/votes": ["post"],
  "/api/v1/counts": ["get"],
  "/api/v1/embed": ["get"],
  "/api/v1/admin/comments": ["get"],
  "/api/v1/admin/comments/{id}": ["delete", "patch"],
  "/api/v1/admin/moderation/counts": ["get"],
  "/api/v1/admin/privacy": ["delete", "get"],
  "/api/v1/admin/import": ["post"],
  "/api/v1/admin/export": ["get"],
  "/api/v1/admin/blocks": ["get", "post"],
  "/api/v1/admin/blocks/{id}": ["delete"],
  "/api/v1/admin/spam/model": ["get"],
  "/api/v1/admin/spam/retrain": ["post"],
  "/api/v1/webhooks/stripe": ["post"],
  "/api/v1/webhooks/paypal": ["post"],
  "/api/v1/webhooks/kofi": ["post"],
  "/api/v1/webhooks/buymeacoffee": ["post"],
  "/api/v1/webhooks/github-sponsors": ["post"],
  "/api/v1/webhooks/patreon": ["post"],
  "/api/v1/webhooks/donations": ["post"],
  "/api/v1/subscriptions/confirm": ["get", "post"],
  "/api/v1/unsubscribe": ["get", "post"],
};

describe("GET /openapi.json", () => {
  it("describes every endpoint with its methods, and the error envelope", async () => {
    const res = await call("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const paths = res.json.paths as Record<string, Record<string, unknown>>;
    for (const [path, methods] of Object.entries(EXPECTED)) {
      expect(Object.keys(paths[path] ?? {}).sort(), path).toEqual(methods);
    }
    expect(res.json.components.schemas.Error).toBeTruthy();
    expect(res.json.components.securitySchemes.bearerAuth).toEqual({ type: "http", scheme: "bearer" });
  });
});
