// What the signed-in frame (shell.ts) hands every view. A module of its own so the views
// and the frame that routes to them do not import each other.

/** What every view gets: the token, navigation and the shared status line. */
export type Ctx = {
  token: string;
  go: (hash: string) => void;
  announce: (text: string) => void;
  refreshBadge: () => void;
};
