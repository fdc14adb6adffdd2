/**
 * Limits on one volunteer upload: a scenario from one person's pay history is a few dozen
 * rows; these leave ample room while keeping a single request cheap to screen and validate.
 */
export const SUBMISSION_LIMITS = {
  /** Bytes in the uploaded file (the HTTP layer answers 413 beyond it). */
  maxBytes: 256 * 1024,
  /** Data rows in a CSV file, or scenarios in a JSON file. */
  maxRows: 1000,
  /** Scenarios in one file. */
  maxScenarios: 20,
} as const;
