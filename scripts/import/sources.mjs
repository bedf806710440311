// Opens an export file as a stream of reader items for its source.
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { readDisqus } from "./disqus.mjs";
import { readGoalpost } from "./goalpost.mjs";
import { readIssoDatabase, readIssoJson } from "./isso.mjs";
import { readRemark42 } from "./remark42.mjs";
import { readWordPress } from "./wordpress.mjs";

async function startsWith(file, bytes) {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(bytes.length);
    await handle.read(buffer, 0, bytes.length, 0);
    return buffer.equals(bytes);
  } finally {
    await handle.close();
  }
}

/** The file's bytes, gunzipped on the fly when it is gzip (Remark42 and Disqus ship .gz). */
async function chunksOf(file) {
  const stream = createReadStream(file);
  return (await startsWith(file, Buffer.from([0x1f, 0x8b]))) ? stream.pipe(createGunzip()) : stream;
}

/** Reader items (`{ record }`, `{ skip }`, `{ warning }`, `{ site }`) of `file` read as `from`. */
export async function* readSource(from, file, { rule, pingbacks = false }) {
  switch (from) {
    case "wordpress":
      return yield* readWordPress(await chunksOf(file), { rule, pingbacks });
    case "disqus":
      return yield* readDisqus(await chunksOf(file), { rule });
    case "remark42":
      return yield* readRemark42(await chunksOf(file), { rule });
    case "goalpost":
      return yield* readGoalpost(await chunksOf(file), { rule });
    case "isso":
      if (await startsWith(file, Buffer.from("SQLite format 3\0"))) return yield* readIssoDatabase(file, { rule });
      return yield* readIssoJson(await readFile(file, "utf8"), { rule });
    default:
      throw new Error(`unknown source ${from}`);
  }
}
