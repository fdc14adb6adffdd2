import { isEarning, LINE_CODE_LIST, type LineCode } from '../../scenario';
import type { Finding } from '../finding.types';

/**
 * What a retroactive adjustment corrects, from the reference's trace of the line: its 'paid'
 * and 'due' steps list the period's earning lines before and after the late entry
 * (run-reference.ts `retroLine`). When exactly one earning code changed, the adjustment is that
 * code's pay for the period, paid late, and the root is about that code (an acting assignment
 * entered late is an ACTING defect whether the supplier misses it in the period or in its
 * correction). Otherwise, or with no trace, it stays RETRO_ADJUSTMENT.
 */
export function retroSubject(f: Finding & { code: LineCode }): LineCode {
  if (f.code !== 'RETRO_ADJUSTMENT' || !f.trace) return f.code;
  const paid = f.trace.find((s) => s.step === 'paid')?.inputs ?? {};
  const due = f.trace.find((s) => s.step === 'due')?.inputs;
  if (!due) return 'RETRO_ADJUSTMENT';
  const changed = LINE_CODE_LIST.filter((c) => isEarning(c) && (paid[c] ?? '0') !== (due[c] ?? '0'));
  return changed.length === 1 ? changed[0] : 'RETRO_ADJUSTMENT';
}
