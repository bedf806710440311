// The first file's functions and state the interactions chunk uses, handed over through
// the element (`CommentsElement.kit`) so that both files share one copy of their state
// (stored votes and edit tokens, the reader's identity, the Trusted Types policy, element ids).
import { sso } from "./api";
import { renderComment } from "./comment";
import { h } from "./dom";
import { commentForm, field } from "./form";
import { state, token } from "./store";
import { setHtml, setScriptSrc } from "./trusted";

export const KIT = { sso, renderComment, commentForm, field, h, setHtml, setScriptSrc, state, token };
export type Kit = typeof KIT;
