import { invalidInput } from '../domain/errors';

/** A date-time with its offset: "2026-12-15T17:00:00Z", "2026-12-15T12:00-05:00" (seconds and fractions optional). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A supplier deadline as procurement typed it, checked and stored as UTC ISO 8601. The offset
 * is required: a deadline without one would mean a different moment on each machine.
 * `where` names the flag or field in the error.
 */
export function parseDeadline(text: string, where: string): string {
  const ms = ISO_DATE_TIME.test(text.trim()) ? Date.parse(text.trim()) : Number.NaN;
  if (Number.isNaN(ms))
    throw invalidInput(
      `${where}: expected an ISO 8601 date-time with its offset, such as 2026-12-15T17:00:00Z or 2026-12-15T12:00:00-05:00; got ${JSON.stringify(text)}`,
    );
  return new Date(ms).toISOString();
}

/** A deadline for a run being started must be ahead of now: one already past would judge every missing answer missed at once. */
export function futureDeadline(text: string, where: string, now: string): string {
  const deadline = parseDeadline(text, where);
  if (Date.parse(deadline) <= Date.parse(now))
    throw invalidInput(`${where}: ${text} is already past (it is now ${now}); give a date-time ahead of now`);
  return deadline;
}

/** Whether the deadline has come at `now` (both ISO 8601). */
export function deadlinePassed(deadline: string | null, now: string): boolean {
  return deadline !== null && Date.parse(now) >= Date.parse(deadline);
}
