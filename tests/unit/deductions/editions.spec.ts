import { dec, int } from '../../../src/domain/money';
import { PayproofError } from '../../../src/domain/errors';
import { computeDeductions, type DeductionInput } from '../../../src/domain/reference/deductions';
import { EDITIONS, editionFor, T4127_PROVINCES, type Bracket } from '../../../src/domain/rules/t4127';
import { code, headline, m, stepOf } from './helpers';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof PayproofError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('choosing the T4127 edition by pay date', () => {
  it.each([
    ['2025-01-01', 'T4127-2025-01'],
    ['2025-06-30', 'T4127-2025-01'],
    ['2025-07-01', 'T4127-2025-07'],
    ['2025-12-31', 'T4127-2025-07'],
    ['2026-01-01', 'T4127-2026-01'],
    ['2026-12-30', 'T4127-2026-01'],
  ])('%s → %s', (date, id) => {
    expect(editionFor(date).id).toBe(id);
    expect(computeDeductions(headline({ payDate: date })).edition).toBe(id);
  });

  it('a date before the first edition is NO_RULES_EDITION, naming the date and the first edition date', () => {
    expect(codeOf(() => editionFor('2024-12-31'))).toMatch(/^NO_RULES_EDITION: .*2024-12-31.*2025-01-01/);
  });

  it('a date in a year with no edition yet is NO_RULES_EDITION', () => {
    expect(codeOf(() => editionFor('2027-01-06'))).toMatch(/^NO_RULES_EDITION: .*2027-01-06/);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-1-14', '14/01/2026', ''])(
    'refuses the date %j as INVALID_INPUT',
    (date) => {
      expect(codeOf(() => editionFor(date))).toMatch(/^INVALID_INPUT: payDate: expected a date as YYYY-MM-DD/);
    },
  );

  it('accepts February 29 in a leap year only', () => {
    expect(codeOf(() => editionFor('2025-02-29'))).toMatch(/^INVALID_INPUT/);
  });
});

describe('the edition tables', () => {
  /** K of each bracket is Σ (R(i) − R(i−1)) × threshold(i), rounded to the dollar (T4127 table 8.1). */
  function derivedK(brackets: readonly Bracket[]): string[] {
    let k = dec('0');
    return brackets.map((b, i) => {
      if (i > 0) k = k.plus(b.rate.minus(brackets[i - 1].rate).times(b.from));
      return k.toDecimalPlaces(0).toString();
    });
  }

  it.each(EDITIONS.map((e) => [e.id, e] as const))(
    '%s: the federal K follow from its rates and thresholds',
    (_id, e) => {
      expect(e.federal.brackets.map((b) => b.constant.toString())).toEqual(derivedK(e.federal.brackets));
    },
  );

  /** A typo in a transcribed rate, threshold or constant breaks this: each KP is checked against the other two. */
  it.each(EDITIONS.flatMap((e) => T4127_PROVINCES.map((p) => [e.id, p, e.provinces[p]] as const)))(
    '%s %s: every KP follows from its rates and thresholds',
    (_id, _p, rules) => {
      expect(rules.brackets.map((b) => b.constant.toString())).toEqual(derivedK(rules.brackets));
    },
  );

  it.each(EDITIONS.map((e) => [e.id, e] as const))(
    '%s: CPP, CPP2, QPP and EI maxima follow from their rates',
    (_id, e) => {
      for (const plan of [e.cpp, e.qpp]) {
        const earnings = plan.ympe.minus(plan.basicExemption);
        expect(plan.rate.times(earnings).toFixed(2)).toBe(plan.max.toFixed(2));
        expect(plan.baseRate.times(earnings).toFixed(2)).toBe(plan.baseMax.toFixed(2));
        expect(plan.rate2.times(plan.yampe.minus(plan.ympe)).toFixed(2)).toBe(plan.max2.toFixed(2));
      }
      for (const p of [e.ei, e.eiQuebec, e.qpip])
        expect(p.rate.times(p.maxInsurable).toFixed(2)).toBe(p.max.toFixed(2));
    },
  );

  /**
   * Indexation (ITA s. 117.1) applies to the previous year's unrounded amounts, so an amount can be
   * one dollar off the rounded 2025 figure × 1.02: the CEA is 1,471 → 1,501 (not 1,500).
   */
  it('January 2026 indexes the 2025 federal amounts by 2.0% (to within the dollar)', () => {
    const [jan25, , jan26] = EDITIONS;
    const close = (before: ReturnType<typeof dec>, after: ReturnType<typeof dec>) =>
      expect(before.times(dec('1.02')).minus(after).abs().lte(int(1))).toBe(true);
    jan25.federal.brackets.forEach((b, i) => close(b.from, jan26.federal.brackets[i].from));
    close(jan25.federal.bpa.max, jan26.federal.bpa.max);
    close(jan25.federal.bpa.min, jan26.federal.bpa.min);
    close(jan25.federal.canadaEmploymentAmount, jan26.federal.canadaEmploymentAmount);
    jan25.ontario.brackets
      .slice(1, 3)
      .forEach((b, i) => close(b.from.times(dec('1.019')).dividedBy(dec('1.02')), jan26.ontario.brackets[i + 1].from));
  });
});

describe('the July 2025 edition (lowest federal rate 14%)', () => {
  const july = computeDeductions(headline({ payDate: '2025-07-16', trace: true }));
  const june = computeDeductions(headline({ payDate: '2025-06-30', trace: true }));

  it('withholds at 14% with K1 = 0.14 × 16,129 and the derived K 3,729 in the second bracket', () => {
    expect(stepOf(july, 'K1').value).toBe('2258.06');
    expect(stepOf(july, 'T3').inputs?.K).toBe('3729');
    expect(stepOf(july, 'T3').inputs?.R).toBe('0.205');
    // 0.205 × 59,434.93 − 3,729 − 2,258.06 − 0.14 × 3,780.89 − 0.14 × 1,471 = 5,461.84; / 26
    expect(july.federalTax.toString()).toBe('210.07');
  });

  it('January 2025 withholds at 15% on the same pay', () => {
    expect(stepOf(june, 'K1').value).toBe('2419.35');
    expect(june.federalTax.toString()).toBe('223.89');
  });

  it('leaves CPP, EI and Ontario unchanged', () => {
    expect([july.cpp, july.ei, july.provincialTax].map(String)).toEqual(
      [june.cpp, june.ei, june.provincialTax].map(String),
    );
    expect(july.ei.toString()).toBe('37.85'); // 1.64% in 2025
    expect(july.provincialTax.toString()).toBe('116.76');
  });
});

describe('bad inputs raise coded errors', () => {
  const cases: Array<[string, Partial<DeductionInput>, RegExp]> = [
    ['an unknown province', { province: 'XX' as 'ON' }, /^UNKNOWN_PROVINCE: province: expected one of AB, BC/],
    [
      'a Quebec claim code that is not a Revenu Québec code',
      { province: 'QC', provincialClaim: code(3) },
      /^UNSUPPORTED: Quebec claim code 3/,
    ],
    ['zero pay periods', { periodsPerYear: 0 }, /^INVALID_INPUT: periodsPerYear/],
    ['fractional pay periods', { periodsPerYear: 26.5 }, /^INVALID_INPUT: periodsPerYear/],
    [
      'a negative gross',
      { gross: m('-5.00') },
      /^INVALID_INPUT: gross: expected an amount of zero or more, found "-5.00"/,
    ],
    ['a negative YTD', { ytd: { cpp: m('-1.00') } }, /^INVALID_INPUT: ytd\.cpp/],
    ['claim code 11', { federalClaim: code(11 as 1) }, /^INVALID_INPUT: federalClaim/],
    ['PM 13', { pensionableMonths: 13 }, /^INVALID_INPUT: pensionableMonths/],
    [
      'a retro over 0 periods',
      { retro: { amount: m('1.00'), periods: 0, method: 'spread' } },
      /^INVALID_INPUT: retro\.periods/,
    ],
    [
      'an unknown retro method',
      { retro: { amount: m('1.00'), periods: 2, method: 'x' as 'spread' } },
      /^INVALID_INPUT: retro\.method/,
    ],
  ];

  it.each(cases)('%s', (_what, over, message) => {
    expect(codeOf(() => computeDeductions(headline(over)))).toMatch(message);
  });
});
