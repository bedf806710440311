// Every string name, in the order the served JSON lists them: widget.js's and the
// interactions chunk's. Used by the build and tests only, so neither bundle carries the other's English.
import { EN, type Key } from "./i18n";
import { LATER_EN } from "./interactions/strings";

export const KEYS = Object.keys({ ...EN, ...LATER_EN }) as Key[];
