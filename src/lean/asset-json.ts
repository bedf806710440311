// Data the worker keeps out of its bundle as static assets of dist/public
// (scripts/build-assets.mjs) and reads through the ASSETS binding when it needs them.

/** The JSON of the asset at `path` (e.g. /assets/entities.<hash>.json); throws when it cannot be read. */
export async function assetJson<T>(assets: Fetcher, path: string): Promise<T> {
  const res = await assets.fetch(`https://assets.invalid${path}`);
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`the asset ${path} answered ${res.status}`);
  }
  return (await res.json()) as T;
}
