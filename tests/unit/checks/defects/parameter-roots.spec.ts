import { recomputeDeductions } from '../../../../src/domain/checks/defects/recompute-deductions';
import { referenceHistory } from '../../../../src/domain/checks/defects/reference-history';
import { defectTitle } from '../../../../src/domain/checks/defects';
import { Money } from '../../../../src/domain/money';
import { runReference } from '../../../../src/domain/reference/engine';
import type { LineCode, Scenario, Statement } from '../../../../src/domain/scenario';
import { settle } from '../../../../src/selftest/rebuild-statements';
import { judge, keys, scenario } from './person';

/**
 * docs/defects.md, "Parameters": a supplier that works out CPP and income tax on another number
 * of pay periods in the year (T4127 chapter 4, P) is one defect per payday, not one per line.
 * The supplier here is the reference's own statements with those deductions worked out again by
 * the reference's rules with P shifted; nothing is written by hand.
 */
const BY_PERIODS: readonly LineCode[] = ['CPP', 'FEDERAL_TAX', 'PROVINCIAL_TAX'];

function onShiftedPeriods(
  s: Scenario,
  periodsShift: number,
  extra?: (payday: string, code: LineCode) => Money,
): Statement[] {
  const reference = runReference(s, { trace: false }).pays.map((p) => p.statement);
  const replayed = recomputeDeductions({
    scenario: s,
    history: referenceHistory(s),
    actual: reference,
    reference,
    periodsShift,
  });
  return reference.map((r) =>
    settle(
      r,
      r.lines.map((l) =>
        BY_PERIODS.includes(l.code)
          ? {
              ...l,
              amount: replayed
                .get(r.payday)!
                .get(l.code)!
                .plus(extra?.(r.payday, l.code) ?? Money.ZERO),
            }
          : l,
      ),
    ),
  );
}

const spring2025 = scenario({ from: '2025-03-12', to: '2025-04-23' });

describe('parameter roots: the number of pay periods in the year', () => {
  it('CPP and both taxes worked out on 27 periods in 2025 (26 due) are one occurrence per payday, each line a root of it', () => {
    const p = judge(spring2025, onShiftedPeriods(spring2025, 1));
    const paydays = new Set(p.result.findings.map((f) => f.payday));
    expect(paydays.size).toBe(4);
    expect(keys(p)).toEqual(Array(4).fill('v2:parameter:PERIODS_IN_YEAR:-:-:-:-:27-for-26'));
    for (const o of p.x.occurrences) expect([...o.codes].sort()).toEqual(BY_PERIODS);
    const roots = p.x.findings.filter((f) => f.role === 'root');
    expect(roots.map((f) => f.reason)).toEqual(Array(roots.length).fill('same-parameter'));
    expect(defectTitle(p.x.occurrences[0].signature.parts)).toEqual({
      en: 'Deductions worked out on 27 pay periods in the year instead of 26 (CPP and income tax)',
      fr: 'Retenues calculées sur 27 périodes de paye dans l’année au lieu de 26 (RPC et impôt sur le revenu)',
    });
  });

  it('finds one period too few as well (25 for 26)', () => {
    const p = judge(spring2025, onShiftedPeriods(spring2025, -1));
    expect(new Set(keys(p))).toEqual(new Set(['v2:parameter:PERIODS_IN_YEAR:-:-:-:-:25-for-26']));
  });

  it('a payday whose tax is off by more than the period count explains stays a line root, the others do not', () => {
    const off = '2025-04-09';
    const actual = onShiftedPeriods(spring2025, 1, (payday, code) =>
      payday === off && code === 'FEDERAL_TAX' ? Money.of('1.00') : Money.ZERO,
    );
    const p = judge(spring2025, actual);
    const byPayday = new Map(p.x.occurrences.map((o) => [o.payday, o.signature.parts.kind]));
    expect(byPayday.get(off)).toBe('line');
    expect([...byPayday].filter(([d]) => d !== off).map(([, kind]) => kind)).toEqual(Array(3).fill('parameter'));
  });

  it('a supplier right on P but wrong on CPP by a few cents is not taken for a period count', () => {
    const { reference } = { reference: runReference(spring2025, { trace: false }).pays.map((x) => x.statement) };
    const actual = reference.map((r) =>
      settle(
        r,
        r.lines.map((l) => (l.code === 'CPP' ? { ...l, amount: l.amount.plus(Money.of('0.05')) } : l)),
      ),
    );
    const kinds = judge(spring2025, actual).x.occurrences.map((o) => o.signature.parts.kind);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === 'line')).toBe(true);
  });
});
