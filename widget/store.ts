// What the browser remembers per reader: a voter id, their votes and edit tokens.
// localStorage can be missing or full (private modes); the widget then still works
// for this page view. The first paint only reads it; the interactions chunk writes the
// same object (widget/interactions/store.ts).

export const KEY = "goalpost";

export type State = {
  voter?: string;
  author?: string;
  votes: Record<string, number>;
  tokens: Record<string, [string, number]>;
};

function load(): State {
  try {
    return { votes: {}, tokens: {}, ...JSON.parse(localStorage.getItem(KEY) || "{}") };
  } catch {
    return { votes: {}, tokens: {} };
  }
}

export const state = load();

export const myVote = (id: string) => state.votes[id] ?? 0;

/** The edit token of a comment this browser posted, while its window is open (the server has the last word). */
export function token(id: string, now = Date.now()): string | null {
  const entry = state.tokens[id];
  return entry && now < entry[1] ? entry[0] : null;
}
