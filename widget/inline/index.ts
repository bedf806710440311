// The second file (/widget-inline.js), loaded by the first only on pages that use inline
// feedback, author questions, counts or the bubble. It hands the first file its entry
// points through a DOM event: the two bundles share no runtime code, only types.
import type { Extras } from "../extras";
import { attach } from "./attach";
import { startCounts } from "./counts";

let config: Record<string, string> = {};

const extras: Extras = {
  init(settings) {
    config = settings;
    startCounts(config);
  },
  attach: (el) => attach(el, config),
};

dispatchEvent(new CustomEvent("goalpost-extras", { detail: extras }));
