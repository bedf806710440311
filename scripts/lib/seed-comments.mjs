// Demo comments of `npm start` on the demo article's thread (src/routes/demo/page.ts):
// a few nested replies with votes, dated minutes to days before `now`. Inserted the way
// src/db/comment-insert.ts does (root, path and depth from the parent), with real vote
// rows so the tallies survive the next recount.
const THREAD = "/2026/01/river-restoration";

const q = (value) =>
  value === null ? "NULL" : typeof value === "number" ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
const p = (text) => `<p>${text}</p>\n`;

/** [key, parent key, author, Markdown, its html, minutes ago, upvotes, downvotes] */
const COMMENTS = [
  [
    "a",
    null,
    "Hrky75",
    "Good job on this. The **meadows below Station Road** flooded twice last winter — about time.",
    p("Good job on this. The <strong>meadows below Station Road</strong> flooded twice last winter — about time."),
    2 * 1440 + 35,
    8,
    0,
  ],
  [
    "b",
    "a",
    "jorge",
    "Agreed. Does anyone know whether the towpath already closes this summer?",
    p("Agreed. Does anyone know whether the towpath already closes this summer?"),
    2 * 1440 - 80,
    3,
    0,
  ],
  [
    "c",
    "b",
    "Ana Ruiz",
    "The first closure is the stretch between the mill and the footbridge, from April. We'll publish the full schedule.",
    p(
      "The first closure is the stretch between the mill and the footbridge, from April. We’ll publish the full schedule.",
    ),
    1440 + 300,
    5,
    0,
  ],
  ["d", "c", "jorge", "Thanks, that's helpful.", p("Thanks, that’s helpful."), 1440 + 240, 1, 0],
  [
    "e",
    null,
    "Irma K.",
    "We have been asking for this since 2014. Thank you for covering the council meeting in such detail.",
    p("We have been asking for this since 2014. Thank you for covering the council meeting in such detail."),
    1440 - 60,
    4,
    0,
  ],
  ["f", "e", "Guest", "Same here on Mill Lane.", p("Same here on Mill Lane."), 600, 2, 0],
  [
    "g",
    null,
    "Peter Hall",
    "€4.2 million for two weirs and a wetland seems a lot. [The regional grant](https://example.org/grant) could cover half of it.",
    p(
      '€4.2 million for two weirs and a wetland seems a lot. <a href="https://example.org/grant" rel="nofollow ugc noopener">The regional grant</a> could cover half of it.',
    ),
    190,
    2,
    3,
  ],
  [
    "h",
    null,
    "Guest",
    "Will the wetland attract mosquitoes? Genuine question.",
    p("Will the wetland attract mosquitoes? Genuine question."),
    45,
    1,
    0,
  ],
];

/** The passage Hrky75's thread is about (inline feedback); replies carry their root's anchor. */
const ANCHOR = {
  exact: "flood-prone meadows below Station Road",
  prefix: "reconnect the old meanders and\nturn the ",
  suffix: " back into wetland.",
};
const ANCHORED = new Set(["a", "b", "c", "d"]);

/** SQL inserting the demo comments (ids derived from `now`, so a re-seed never collides). */
export function demoCommentsSql(now = Date.now()) {
  const id = (key) => `c_seed${now.toString(36)}${key}`;
  const lines = [];
  for (const [key, parent, author, body, html, minutesAgo, up, down] of COMMENTS) {
    const at = now - minutesAgo * 60_000;
    lines.push(
      `INSERT INTO comments (id, thread, parent_id, root_id, path, depth, author_name, body, html, status, edit_token_hash, created_at,
                             anchor_exact, anchor_prefix, anchor_suffix)
       SELECT ${q(id(key))}, ${q(THREAD)}, p.id, COALESCE(p.root_id, ${q(id(key))}), COALESCE(p.path || '/', '') || ${q(id(key))},
              COALESCE(p.depth + 1, 0), ${q(author)}, ${q(body)}, ${q(html)}, 'approved', 'seeded-no-edit-token', ${at},
              ${ANCHORED.has(key) ? `${q(ANCHOR.exact)}, ${q(ANCHOR.prefix)}, ${q(ANCHOR.suffix)}` : "NULL, NULL, NULL"}
         FROM (SELECT 1) LEFT JOIN comments AS p ON p.id = ${q(parent && id(parent))};`,
    );
    for (let i = 0; i < up + down; i++) {
      lines.push(`INSERT INTO votes (comment_id, voter, value, created_at, updated_at)
       VALUES (${q(id(key))}, ${q(`seed-voter-${String(i).padStart(8, "0")}`)}, ${i < up ? 1 : -1}, ${at}, ${at});`);
    }
    lines.push(`UPDATE comments SET upvotes = ${up}, downvotes = ${down} WHERE id = ${q(id(key))};`);
  }
  lines.push(`UPDATE comments SET reply_count = (SELECT COUNT(*) FROM comments AS r WHERE r.parent_id = comments.id AND r.status = 'approved')
     WHERE thread = ${q(THREAD)};`);
  return lines.join("\n");
}
