// The interactions chunk (/assets/widget-interactions.<hash>.js), loaded by widget.js
// after first paint (widget/later.ts): the handlers of what the first paint drew. It hands
// its entry points over through a DOM event; it uses the first file's functions through
// `CommentsElement.kit` and imports from it only types and constants.
import { wireComment } from "./comment";
import { wireForm } from "./form";
import { watchHistory } from "./history";
import { wireList } from "./list";
import { loadLive } from "./live-hook";
import { LATER_EN } from "./strings";

export type Interactions = {
  comment: typeof wireComment;
  form: typeof wireForm;
  list: typeof wireList;
  live: typeof loadLive;
  /** Follows the app's navigation (history.pushState/replaceState). */
  watch: typeof watchHistory;
  /** English of the strings only this chunk shows. */
  en: typeof LATER_EN;
};

const interactions: Interactions = {
  comment: wireComment,
  form: wireForm,
  list: wireList,
  live: loadLive,
  watch: watchHistory,
  en: LATER_EN,
};

dispatchEvent(new CustomEvent("goalpost-interactions", { detail: interactions }));
