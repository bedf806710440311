// LIVE and LIVE_MAX_CONNECTIONS (docs/live.md).

/** Whether live updates are on: `LIVE=off` turns the route and every push off. */
export const liveOn = (env: { LIVE?: string }) => env.LIVE?.trim().toLowerCase() !== "off";

/** Default cap of open sockets per object: one thread's or one campaign's readers. */
export const DEFAULT_MAX_CONNECTIONS = 1000;

/** LIVE_MAX_CONNECTIONS as a positive whole number, or the default. */
export function maxConnections(env: { LIVE_MAX_CONNECTIONS?: string }): number {
  const value = Number(env.LIVE_MAX_CONNECTIONS);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_MAX_CONNECTIONS;
}
