// The comment orders; each one's tab shows the string of the same name.
import type { Sort } from "./types";

export const SORTS: Sort[] = ["oldest", "newest", "top"];
