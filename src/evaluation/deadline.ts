import { invalidInput, type PayproofError } from '../domain/errors';
import type { EvaluateOptions } from './evaluation.types';

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

/** The deadline a run starts with, checked (null without one); named in errors as the door names it. */
export function startDeadline(
  options: Pick<EvaluateOptions, 'supplierDeadline' | 'deadlineField'>,
  at: { now: string; queued: boolean },
): string | null {
  if (options.supplierDeadline === undefined) return null;
  const where = options.deadlineField ?? 'supplier deadline';
  // Queue workers store what they are given: they cannot hold back a missing answer yet.
  if (at.queued)
    throw invalidInput(
      `${where}: not available with a queue (PAYPROOF_QUEUE) yet; evaluate here to wait for exchange suppliers`,
    );
  return futureDeadline(options.supplierDeadline, where, at.now);
}

/** The error for a deadline on a run with no exchange supplier, or undefined when it has one. */
export function withoutExchange(
  options: Pick<EvaluateOptions, 'deadlineField'>,
  suppliers: ReadonlyArray<{ id: string; transport: string }>,
): PayproofError | undefined {
  if (suppliers.some((s) => s.transport === 'exchange')) return undefined;
  return invalidInput(
    `${options.deadlineField ?? 'supplier deadline'}: applies to exchange suppliers only, and this run has none (${suppliers.map((s) => `${s.id}: ${s.transport}`).join(', ')})`,
  );
}
