// Approximate string matching for anchors whose passage was edited a little since it was
// quoted: Sellers' edit-distance search with Ukkonen's cut-off, so a search costs about
// (allowed errors × text length) instead of (passage length × text length).

/** Levenshtein distance of two short strings (the 64-char contexts). */
export function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/**
 * Ends (exclusive) of the best approximate matches of `pattern` in `text` within `k` edits:
 * the first end of every run of ends at the lowest distance found, at most `max` of them.
 */
export function matchEnds(text: string, pattern: string, k: number, max = 20): { end: number; errors: number }[] {
  const m = pattern.length;
  // col[i]: edits between pattern[0, i) and the best substring ending at the current char.
  const col = Array.from({ length: m + 1 }, (_, i) => i);
  let last = Math.min(k + 1, m);
  let best = k + 1;
  let found: { end: number; errors: number }[] = [];
  let previous = -2;
  for (let j = 0; j < text.length; j++) {
    let diagonal = 0;
    for (let i = 1; i <= last; i++) {
      const above = col[i]!;
      col[i] = pattern[i - 1] === text[j] ? diagonal : Math.min(diagonal, above, col[i - 1]!) + 1;
      diagonal = above;
    }
    // Ukkonen: rows past the last one within k cannot come back under k in this column.
    while (col[last]! > k) last--;
    if (last === m) {
      const errors = col[m]!;
      if (errors < best) {
        best = errors;
        found = [];
        previous = -2;
      }
      if (errors === best && previous !== j - 1 && found.length < max) found.push({ end: j + 1, errors });
      previous = errors === best ? j : -2;
    } else {
      last++;
      // Its true value is above k (diagonals never decrease); any such value works.
      if (col[last]! <= k) col[last] = k + 1;
    }
  }
  return found;
}

/** Where the match of `pattern` ending at `end` starts: the start with the fewest edits. */
export function matchStart(text: string, pattern: string, end: number, k: number): number {
  const m = pattern.length;
  const from = Math.max(0, end - m - k);
  // Edit distance of the reversed pattern against the reversed window, free where it stops.
  let row = Array.from({ length: end - from + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const next = [i];
    for (let j = 1; j < row.length; j++) {
      const same = pattern[m - i] === text[end - j];
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (same ? 0 : 1));
    }
    row = next;
  }
  let length = 0;
  for (let j = 1; j < row.length; j++)
    if (row[j]! < row[length]! || (row[j] === row[length] && Math.abs(j - m) < Math.abs(length - m))) length = j;
  return end - length;
}
