import type { z } from 'zod';
import { formatIssues, formatPath } from '../../domain/scenario';
import { baseErrorMap } from '../../domain/scenario/messages';
import type { VendorFailure, VendorFailureKind } from '../vendor-transport';

/**
 * Problems in a supplier's answer, as `path: found …, expected …` lines whose paths start at
 * the top of the answer (`results[0].statements[1].lines[3].amount`), so a supplier's
 * developer can find the field in the JSON they sent.
 */
export type Path = readonly PropertyKey[];

/** Validates with the scenario format's plain-language messages; issue paths are prefixed with `at`. */
export function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  at: Path = [],
): { ok: true; value: T } | { ok: false; issues: string[] } {
  const parsed = schema.safeParse(value, { error: baseErrorMap });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((i) => ({ ...i, path: [...at, ...i.path] }));
  return { ok: false, issues: formatIssues(issues, 'answer') };
}

/** One issue line at a path. */
export function issueAt(path: Path, message: string): string {
  return `${formatPath(path, 'answer')}: ${message}`;
}

// A report line per problem is enough to find the pattern; thousands would drown it.
const MAX_ISSUES = 50;

/** A failure whose message is the first issue, with all of them (up to 50) in the detail. */
export function failureOf(
  kind: Extract<VendorFailureKind, 'schema' | 'wrong-employee'>,
  issues: readonly string[],
): VendorFailure {
  const more = issues.length - 1;
  const message = more > 0 ? `${issues[0]} (and ${more} more problem${more === 1 ? '' : 's'})` : issues[0];
  return { kind, message, detail: { issues: issues.slice(0, MAX_ISSUES) } };
}
