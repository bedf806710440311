// The comment orders, with the name of each one's tab.
import type { Key } from "./i18n";
import type { Sort } from "./types";

export const SORTS: [Sort, Key][] = [
  ["oldest", "oldest"],
  ["newest", "newest"],
  ["top", "top"],
];
