import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../env";
import { DEFAULT_MAX_CONNECTIONS } from "./config";
import type { LiveMessage } from "./messages";

/** What each socket keeps through hibernation (serializeAttachment survives eviction). */
export type SocketInfo = { since: number; campaign: string | null };

/** Clients send nothing but keep-alive pings; anything longer is a misbehaving client. */
const MAX_CLIENT_MESSAGE = 64;

/**
 * The shared half of the live objects: a WebSocket server on the Hibernation API. Sockets
 * are accepted with `ctx.acceptWebSocket`, so an object with only idle readers is evicted
 * from memory (no duration billed) while the sockets stay open; everything a socket needs
 * after waking is in its attachment and tags, never in instance fields.
 */
export abstract class LiveRoom extends DurableObject<Bindings> {
  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    // The runtime answers keep-alive pings itself, without waking the object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  /**
   * Accepts the upgrade the worker forwarded (`?campaign=` tags a thread socket that also
   * follows a campaign, `?max=` is the cap), or 429 when the object is full: fan-out is bounded.
   */
  override async fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const max = Number(url.searchParams.get("max")) || DEFAULT_MAX_CONNECTIONS;
    if (this.ctx.getWebSockets().length >= max) {
      const error = { code: "rate_limited", message: "Too many live readers here; try again later" };
      return Response.json({ error }, { status: 429, headers: { "Retry-After": "60" } });
    }
    const campaign = url.searchParams.get("campaign");
    const pair = new WebSocketPair();
    const server = pair[1];
    this.ctx.acceptWebSocket(server, campaign ? [campaignTag(campaign)] : []);
    server.serializeAttachment({ since: Date.now(), campaign } satisfies SocketInfo);
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  /** Pings are auto-answered; other messages are ignored, oversized ones close the socket. */
  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer) {
    const size = typeof message === "string" ? message.length : message.byteLength;
    if (size > MAX_CLIENT_MESSAGE) ws.close(1009, "Message too big");
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string) {
    // Completes the closing handshake (a no-op where the runtime already replied).
    try {
      ws.close(code === 1005 ? 1000 : code, reason);
    } catch {
      // Already closed.
    }
  }

  override async webSocketError(ws: WebSocket) {
    try {
      ws.close(1011, "Error");
    } catch {
      // Already closed.
    }
  }

  /** Sends one message to every socket (or those with `tag`); returns how many got it. */
  protected broadcast(message: LiveMessage, tag?: string): number {
    const text = JSON.stringify(message);
    let sent = 0;
    for (const ws of this.ctx.getWebSockets(tag)) {
      try {
        ws.send(text);
        sent++;
      } catch {
        // A socket closing right now; its close handler tidies up.
      }
    }
    return sent;
  }

  /** Pushes one message to every reader of this object. */
  async publish(message: LiveMessage): Promise<number> {
    return this.broadcast(message);
  }

  /** How many sockets are open (tests and the bench read it). */
  async connections(): Promise<number> {
    return this.ctx.getWebSockets().length;
  }
}

/** The tag of thread sockets whose page also shows a campaign's bar. */
export const campaignTag = (slug: string) => `campaign:${slug}`;
