import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../bench/lib.mjs";
import { migrateLocal, root, startDev } from "../../scripts/lib/wrangler.mjs";
import { fixture } from "./read";

const run = promisify(execFile);
const TOKEN = "e2e-admin-token";

/** `npm run import -- ARGS` as a user runs it; resolves with the exit code and output. */
async function importCli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, "scripts", "import.mjs"), ...args], {
      cwd: root,
      env: { ...process.env, GOALPOST_ADMIN_TOKEN: "" },
    });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code as number, stdout: error.stdout as string, stderr: error.stderr as string };
  }
}

// One `wrangler dev` on a fresh local D1 for the whole file: the CLI against the real worker.
describe("npm run import against wrangler dev", () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startDev>>;
  const api = async (path: string) =>
    (await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } })).json() as Promise<any>;
  const comments = (thread: string) => api(`/api/v1/comments?thread=${encodeURIComponent(thread)}&limit=100`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "goalpost-e2e-"));
    migrateLocal(dir);
    server = await startDev({ port: await freePort(), persistTo: dir, vars: { ADMIN_TOKEN: TOKEN } });
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a dry run reports threads, comments, replies, orphans and skips, and writes nothing", async () => {
    const out = await importCli([
      "--from",
      "disqus",
      fixture("disqus.xml"),
      "--dry-run",
      "--url",
      server.url,
      "--token",
      TOKEN,
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/threads\s+1\n\s+comments\s+7 \(5 top-level, 2 replies\)/);
    expect(out.stdout).toMatch(/orphans\s+1/);
    expect(out.stdout).toContain(
      "9007 in /2017/11/09/deir-ez-zor: parent 8999 is not in the export → imported top-level",
    );
    expect(out.stdout).toContain("comment 9010: its thread 5002 was deleted in Disqus");
    expect((await comments("/2017/11/09/deir-ez-zor")).total).toBe(0);
  });

  it("imports a WordPress export, and a second run adds nothing", async () => {
    const report = join(dir, "report.json");
    const first = await importCli([
      "--from",
      "wordpress",
      fixture("wordpress.xml"),
      "--url",
      server.url,
      "--token",
      TOKEN,
      "--report",
      report,
    ]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(report, "utf8")).created.comments).toBe(7);

    const page = await comments("/2018/06/10/al-bukamal");
    expect(page.total).toBe(3);
    const [root] = page.comments;
    expect(root).toMatchObject({
      author: { name: "Hrky75" },
      upvotes: 8,
      downvotes: 1,
      createdAt: "2018-06-10T14:03:00.000Z",
    });
    expect(root.html).toContain('<a href="https://example.org/report" rel="nofollow ugc noopener">the report</a>');
    expect(root.replies[0]).toMatchObject({ author: { name: "jorge" }, html: "<p>Thanks! <em>Agreed</em></p>\n" });
    expect(root.replies[0].replies[0].author.name).toBe("Deeper");
    expect((await comments("/about")).comments[0]).toMatchObject({ deleted: true, replyCount: 1 });
    const pending = await api("/api/v1/admin/comments?status=pending");
    expect(pending.comments.map((c: any) => c.author.email)).toContain("wait@example.org");

    const second = await importCli([
      "--from",
      "wordpress",
      fixture("wordpress.xml"),
      "--url",
      server.url,
      "--token",
      TOKEN,
    ]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/created\s+0 comments/);
    expect(second.stdout).toMatch(/already there 7 comments/);
    expect((await comments("/2018/06/10/al-bukamal")).total).toBe(3);
  });

  it("refuses a malformed file with a clear error before sending anything", async () => {
    const out = await importCli([
      "--from",
      "wordpress",
      fixture("malformed.xml"),
      "--url",
      server.url,
      "--token",
      TOKEN,
    ]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("import: malformed XML at line 18");
    expect((await comments("/a")).total).toBe(0);
  });

  it("moves a site out and back in: export, then import with --from goalpost into another database", async () => {
    await importCli(["--from", "remark42", fixture("remark42.jsonl"), "--url", server.url, "--token", TOKEN]);
    const res = await fetch(`${server.url}/api/v1/admin/export`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    const file = join(dir, "export.jsonl");
    writeFileSync(file, await res.text());
    const before = await comments("/posts/hello");

    const other = mkdtempSync(join(tmpdir(), "goalpost-e2e-"));
    migrateLocal(other);
    const second = await startDev({ port: await freePort(), persistTo: other, vars: { ADMIN_TOKEN: TOKEN } });
    try {
      const out = await importCli(["--from", "goalpost", file, "--url", second.url, "--token", TOKEN]);
      expect(out.code).toBe(0);
      const after = await (await fetch(`${second.url}/api/v1/comments?thread=%2Fposts%2Fhello&limit=100`)).json();
      expect(after).toEqual(before);
    } finally {
      await second.stop();
      rmSync(other, { recursive: true, force: true });
    }
  });
});
