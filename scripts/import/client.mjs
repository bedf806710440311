// Sends batches to POST /api/v1/admin/import, retrying what may pass on a second try.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A `send(records)` for the pipeline; throws with the API's message when a batch is refused. */
export function importClient({ url, token, source, site = "", fetchImpl = fetch, retries = 4, log = () => {} }) {
  return async function send(records, index) {
    for (let attempt = 1; ; attempt++) {
      let res;
      try {
        res = await fetchImpl(`${url}/api/v1/admin/import`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
          body: JSON.stringify({ source, site, records }),
        });
      } catch (error) {
        if (attempt > retries) throw new Error(`batch ${index}: cannot reach ${url}: ${error.message}`);
        await sleep(500 * 2 ** attempt);
        continue;
      }
      const text = await res.text();
      if (res.ok) return JSON.parse(text);
      const retryable = res.status === 429 || res.status === 409 || res.status >= 500;
      if (retryable && attempt <= retries) {
        log(`batch ${index}: ${res.status}, trying again`);
        await sleep(Number(res.headers.get("retry-after")) * 1000 || 500 * 2 ** attempt);
        continue;
      }
      let detail = text.slice(0, 500);
      try {
        const { error } = JSON.parse(text);
        const name = (path) =>
          path.replace(/^records\.(\d+)/, (all, n) => `${all} (${records[n]?.type} ${records[n]?.id})`);
        detail = `${error.code}: ${error.message}${(error.issues ?? []).map((i) => `\n  ${name(i.path)}: ${i.message}`).join("")}`;
      } catch {}
      throw new Error(`batch ${index} was refused (${res.status}) ${detail}`);
    }
  };
}
