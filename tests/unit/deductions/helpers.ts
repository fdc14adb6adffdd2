import { dec, Money } from '../../../src/domain/money';
import type { ClaimCode, DeductionInput, DeductionResult } from '../../../src/domain/reference/deductions';
import type { TraceStep } from '../../../src/domain/reference/trace';

export const m = (text: string): Money => Money.of(text);

export const code = (c: ClaimCode) => ({ kind: 'code' as const, code: c });

/** The headline case of the md: 60,000 a year in Ontario, biweekly, claim codes 1/1, paid 2026-01-14. */
export function headline(over: Partial<DeductionInput> = {}): DeductionInput {
  return {
    payDate: '2026-01-14',
    province: 'ON',
    periodsPerYear: 26,
    gross: m('2307.69'),
    federalClaim: code(1),
    provincialClaim: code(1),
    ...over,
  };
}

/** The last traced step with this name whose label contains `labelPart`. */
export function stepOf(r: DeductionResult | { trace: TraceStep[] }, step: string, labelPart = ''): TraceStep {
  const found = r.trace.filter((s) => s.step === step && s.label.includes(labelPart));
  if (found.length === 0) throw new Error(`no trace step ${step} with "${labelPart}"`);
  return found[found.length - 1];
}

/** A traced decimal value as Money rounded half-up (for figures T4127 prints to the cent). */
export function cents(s: TraceStep): string {
  return Money.roundHalfUp(dec(s.value)).toString();
}

/** Everything the result withholds, for the net-pay identity. */
export function withheld(r: DeductionResult): Money {
  return Money.sum([
    r.cpp,
    r.cpp2,
    r.ei,
    r.qpip,
    r.federalTax,
    r.provincialTax,
    r.federalTaxOnBonus ?? Money.ZERO,
    r.provincialTaxOnBonus ?? Money.ZERO,
    r.federalTaxOnRetro ?? Money.ZERO,
    r.provincialTaxOnRetro ?? Money.ZERO,
  ]);
}
