import type { PayproofError, SaidParam } from '../domain/errors';
import { say } from '../submissions/reader-text';
import type { EvaluateOptions } from './evaluation.types';
import { saidError } from '../submissions/refusal-text';

/** Where a deadline came from when no flag or field names it: said in words, in the reader's language. */
const DEFAULT_WHERE = 'supplier deadline';
const named = (where: string): SaidParam =>
  where === DEFAULT_WHERE
    ? { en: say('en', 'error.deadline.default'), fr: say('fr', 'error.deadline.default') }
    : where;

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
    throw saidError('INVALID_INPUT', 'error.deadline.format', { where: named(where), found: JSON.stringify(text) });
  return new Date(ms).toISOString();
}

/** A deadline for a run being started must be ahead of now: one already past would judge every missing answer missed at once. */
export function futureDeadline(text: string, where: string, now: string): string {
  const deadline = parseDeadline(text, where);
  if (Date.parse(deadline) <= Date.parse(now))
    throw saidError('INVALID_INPUT', 'error.deadline.past', { where: named(where), text, now });
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
  const where = options.deadlineField ?? DEFAULT_WHERE;
  // Queue workers store what they are given: they cannot hold back a missing answer yet.
  if (at.queued) throw saidError('INVALID_INPUT', 'error.deadline.queue', { where: named(where) });
  return futureDeadline(options.supplierDeadline, where, at.now);
}

/** The error for a deadline on a run with no exchange supplier, or undefined when it has one. */
export function withoutExchange(
  options: Pick<EvaluateOptions, 'deadlineField'>,
  suppliers: ReadonlyArray<{ id: string; transport: string }>,
): PayproofError | undefined {
  if (suppliers.some((s) => s.transport === 'exchange')) return undefined;
  return saidError('INVALID_INPUT', 'error.deadline.noExchange', {
    where: named(options.deadlineField ?? DEFAULT_WHERE),
    suppliers: suppliers.map((s) => `${s.id}: ${s.transport}`).join(', '),
  });
}
