// The writes to what the browser remembers per reader (widget/store.ts): the state object
// is the first file's, handed over through `CommentsElement.kit`.
import { KEY, type State } from "../store";

function save(state: State) {
  try {
    localStorage.setItem(KEY, JSON.stringify(state));
  } catch {
    // Quota or disabled storage: keep the in-memory state.
  }
}

/** 32 random hex chars; getRandomValues also works on plain-http pages, unlike randomUUID. */
export const randomKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

/** A random voter id (16–64 chars per API.md), created once per browser. */
export function voter(state: State): string {
  if (!state.voter) {
    state.voter = randomKey();
    save(state);
  }
  return state.voter;
}

/**
 * This browser's author key (API.md "Author key"): 192 random bits as base64url (32 chars),
 * made once and sent as X-Goalpost-Author on every write; trust under MODERATION=first
 * follows it, never the name or e-mail typed.
 */
export function authorKey(state: State): string {
  if (!state.author) {
    // 24 bytes: 32 base64url chars with no padding to strip.
    state.author = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24))))
      .replace(/\+/g, "-")
      .replace(/\//g, "_");
    save(state);
  }
  return state.author;
}

export function setVote(state: State, id: string, value: number) {
  if (value) state.votes[id] = value;
  else delete state.votes[id];
  save(state);
}

/**
 * Keeps (or with null, forgets) a comment's edit token for `windowMs`, the length of the
 * server's edit window (editableUntil − createdAt), measured on this browser's clock.
 */
export function setToken(state: State, id: string, value: string | null, windowMs = 0, now = Date.now()) {
  for (const [key, entry] of Object.entries(state.tokens)) if (now >= entry[1]) delete state.tokens[key];
  if (value) state.tokens[id] = [value, now + windowMs];
  else delete state.tokens[id];
  save(state);
}
