import { checkInvariants } from '../../../src/domain/checks/invariants';
import { sameAnswer } from '../../../src/domain/checks/same-answer';
import { statement } from './helpers';

const ok = statement('2026-01-28', [
  ['REGULAR', '2639.11'],
  ['CPP', '149.02'],
  ['EI', '43.02'],
]);

describe("invariants on the supplier's own output", () => {
  it('holds for a statement whose totals add up', () => {
    expect(checkInvariants({ scenarioId: 'S', statements: [ok] }).violations).toEqual([]);
  });

  it('net must equal gross minus every deduction', () => {
    const bad = statement(
      '2026-01-28',
      [
        ['REGULAR', '2639.11'],
        ['CPP', '149.02'],
      ],
      { net: '2500.00' },
    );
    const [v] = checkInvariants({ scenarioId: 'S', statements: [bad] }).violations;
    expect(v).toMatchObject({ check: 'net-equals-gross-minus-deductions', payday: '2026-01-28' });
    expect(v.required!.toString()).toBe('2490.09');
    expect(v.found!.toString()).toBe('2500.00');
  });

  it('gross must equal the sum of the earning lines (LWOP counts negative)', () => {
    const bad = statement(
      '2026-01-28',
      [
        ['REGULAR', '2639.11'],
        ['LWOP', '-263.91'],
      ],
      { gross: '2639.11', net: '2639.11' },
    );
    const checks = checkInvariants({ scenarioId: 'S', statements: [bad] }).violations.map((v) => v.check);
    expect(checks).toEqual(['gross-equals-sum-of-earnings']);
  });

  it("CPP withheld in a year must not pass the year's maximum (T4127 2026: 4230.45); the first payday over is named", () => {
    const pays = ['2026-10-07', '2026-10-21', '2026-11-04'].map((d) =>
      statement(d, [
        ['REGULAR', '30000.00'],
        ['CPP', '1500.00'],
      ]),
    );
    const { violations } = checkInvariants({ scenarioId: 'S', statements: pays });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ check: 'annual-maximum', code: 'CPP', payday: '2026-11-04' });
    expect(violations[0].required!.toString()).toBe('4230.45');
    expect(violations[0].found!.toString()).toBe('4500.00');
  });

  it('a year without a T4127 edition is not judged, and says so', () => {
    const outcome = checkInvariants({ scenarioId: 'S', statements: [statement('2019-01-09', [['REGULAR', '10.00']])] });
    expect(outcome.violations).toEqual([]);
    expect(outcome.notChecked[0]).toMatch(/2019/);
  });

  it('the same request twice must give the same answer; order does not count, amounts do', () => {
    const later = statement('2026-02-11', [['REGULAR', '2639.11']]);
    expect(sameAnswer({ scenarioId: 'S', first: [ok, later], second: [later, ok] })).toBeUndefined();
    const changed = statement('2026-01-28', [
      ['REGULAR', '2639.11'],
      ['CPP', '149.03'],
      ['EI', '43.02'],
    ]);
    const v = sameAnswer({ scenarioId: 'S', first: [ok], second: [changed] });
    expect(v).toMatchObject({ check: 'same-answer-twice', payday: '2026-01-28' });
    expect(v!.message).toMatch(/net 2447\.07 the first time, 2447\.06 the second/);
  });
});
