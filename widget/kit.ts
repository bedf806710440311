// The first file's functions the interactions chunk uses, handed over through the element
// (`CommentsElement.kit`) so that both files share one copy of their state (stored votes
// and edit tokens, the Trusted Types policy, element ids).
import { call } from "./api";
import { renderComment } from "./comment";
import { h } from "./dom";
import { commentForm } from "./form";
import { myVote, randomKey, setToken, setVote, token, voter } from "./store";
import { setHtml, setScriptSrc } from "./trusted";

export const KIT = {
  call,
  renderComment,
  commentForm,
  h,
  setHtml,
  setScriptSrc,
  myVote,
  randomKey,
  setToken,
  setVote,
  token,
  voter,
};
export type Kit = typeof KIT;
