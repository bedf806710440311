/** True for D1's error on a UNIQUE constraint (the batch was rolled back). */
export const isUniqueViolation = (error: unknown) =>
  error instanceof Error && /UNIQUE constraint failed/i.test(error.message);
