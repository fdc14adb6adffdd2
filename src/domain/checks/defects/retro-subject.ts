import { dec } from '../../money';
import { isEarning, LINE_CODE_LIST, type LineCode } from '../../scenario';
import type { Finding } from '../finding.types';

/**
 * What a retroactive adjustment corrects, from the reference's trace of the line: its 'paid'
 * and 'due' steps list the period's earning lines before and after the late entry
 * (run-reference.ts `retroLine`), so each code's part of the correction is known. The root is
 * about the code whose part is exactly the supplier's difference (it left that part out, or
 * added it), else about the code whose part is largest: an acting assignment entered late is an
 * ACTING defect whether the supplier misses it in the period or in its correction; a revision is
 * REGULAR even when acting in the same period moved a little too. With no trace, or two equal
 * largest parts, it stays RETRO_ADJUSTMENT.
 */
export function retroSubject(f: Finding & { code: LineCode }): LineCode {
  if (f.code !== 'RETRO_ADJUSTMENT' || !f.trace) return f.code;
  const paid = f.trace.find((s) => s.step === 'paid')?.inputs ?? {};
  const due = f.trace.find((s) => s.step === 'due')?.inputs;
  if (!due) return 'RETRO_ADJUSTMENT';
  const parts = LINE_CODE_LIST.filter((c) => isEarning(c))
    .map((code) => ({ code, part: dec(due[code] ?? '0').minus(dec(paid[code] ?? '0')) }))
    .filter((c) => !c.part.isZero());
  const exact = parts.filter((c) => c.part.plus(f.difference.toDecimal()).isZero());
  if (exact.length === 1) return exact[0].code;
  const largest = [...parts].sort((a, b) => b.part.abs().comparedTo(a.part.abs()));
  if (largest.length === 0 || (largest.length > 1 && largest[0].part.abs().eq(largest[1].part.abs())))
    return 'RETRO_ADJUSTMENT';
  return largest[0].code;
}
