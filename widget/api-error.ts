// The one error type of the API's clients (the widget's interactions chunk and the console):
// the API's error envelope, or status 0 when the API could not be reached.
import type { Issue } from "./types";

/** A failed call: `code` and `issues` from the envelope; `issues` are placed next to form fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}
