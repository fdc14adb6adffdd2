import fc from 'fast-check';
import { dec, Money } from '../../src/domain/money';
import {
  PROVINCES,
  type ProvinceCode,
  computeDeductions,
  option2Tax,
  type DeductionInput,
  type DeductionResult,
} from '../../src/domain/reference/deductions';
import { editionFor } from '../../src/domain/rules/t4127';
import { grossArb, moneyArb, editionPayDateArb, periodInputArb, periodsPerYearArb } from '../fixtures/arbitraries';

const code1 = { kind: 'code' as const, code: 1 as const };

function taxes(r: DeductionResult): Money[] {
  return [
    r.federalTax,
    r.provincialTax,
    r.federalTaxOnBonus,
    r.provincialTaxOnBonus,
    r.federalTaxOnRetro,
    r.provincialTaxOnRetro,
  ].filter((t): t is Money => t !== undefined);
}

/** A whole year of equal pays, YTD carried forward as an employer would; returns the year's totals. */
function year(input: Omit<DeductionInput, 'ytd'>, bonusAt?: { period: number; amount: Money }) {
  const ytd = { cpp: Money.ZERO, cpp2: Money.ZERO, ei: Money.ZERO, qpip: Money.ZERO, pensionable: Money.ZERO };
  let tax = Money.ZERO;
  for (let n = 1; n <= input.periodsPerYear; n += 1) {
    const bonus = bonusAt?.period === n ? bonusAt.amount : undefined;
    const r = computeDeductions({ ...input, bonus, ytd: { ...ytd } });
    ytd.cpp = ytd.cpp.plus(r.cpp);
    ytd.cpp2 = ytd.cpp2.plus(r.cpp2);
    ytd.ei = ytd.ei.plus(r.ei);
    ytd.qpip = ytd.qpip.plus(r.qpip);
    ytd.pensionable = ytd.pensionable.plus(input.gross).plus(bonus ?? Money.ZERO);
    tax = tax.plus(r.federalTax).plus(r.provincialTax);
  }
  return { ...ytd, tax };
}

describe('statutory deductions: properties', () => {
  it('CPP, CPP2 and EI withheld over a year never exceed their annual maxima', () => {
    fc.assert(
      fc.property(
        editionPayDateArb(),
        fc.constantFrom<ProvinceCode>(...PROVINCES),
        periodsPerYearArb(),
        grossArb(),
        moneyArb(0, 5_000_000),
        (payDate, province, periodsPerYear, gross, bonus) => {
          const e = editionFor(payDate);
          const qc = province === 'QC';
          const t = year(
            { payDate, province, periodsPerYear, gross, federalClaim: code1, provincialClaim: code1 },
            { period: 3, amount: bonus },
          );
          const within = (paid: Money, max: ReturnType<typeof dec>) => paid.toDecimal().lte(max);
          expect(within(t.cpp, qc ? e.qpp.max : e.cpp.max)).toBe(true);
          expect(within(t.cpp2, e.cpp.max2)).toBe(true);
          expect(within(t.ei, qc ? e.eiQuebec.max : e.ei.max)).toBe(true);
          expect(within(t.qpip, e.qpip.max)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('tax is never negative, whatever the pay, bonus, retro, claim or deductions', () => {
    fc.assert(
      fc.property(periodInputArb(), (input) => {
        for (const t of taxes(computeDeductions(input))) expect(t.isNegative()).toBe(false);
      }),
    );
  });

  it('net pay is gross + bonus + retro less every deduction, and never more than the cash paid', () => {
    fc.assert(
      fc.property(periodInputArb(), (input) => {
        const r = computeDeductions(input);
        const cash = Money.sum([input.gross, input.bonus ?? Money.ZERO, input.retro?.amount ?? Money.ZERO]);
        const out = Money.sum([
          r.cpp,
          r.cpp2,
          r.ei,
          r.qpip,
          ...taxes(r),
          input.rpp ?? Money.ZERO,
          input.unionDues ?? Money.ZERO,
        ]);
        expect(r.net.eq(cash.minus(out))).toBe(true);
        expect(r.net.lte(cash)).toBe(true);
      }),
    );
  });

  /**
   * "By a dollar or more": a raise of one cent can lower tax by one cent, because C and EI are
   * rounded to the cent before K2 annualizes them (T4127 ch. 1). When both round up on the same
   * cent of pay, K2 grows by 0.14 × P × (0.01 × 0.0495/0.0595 + 0.01) while 0.14 × A grows by only
   * 0.14 × P × 0.01 × (1 − 0.0100/0.0595). The unit test "a one-cent raise can lower tax" pins one.
   */
  it('within one edition and claim code, with nothing withheld earlier in the year, tax never decreases when gross rises by a dollar or more', () => {
    fc.assert(
      fc.property(periodInputArb(), moneyArb(100, 500_000), (input, raise) => {
        const base = { ...input, bonus: undefined, retro: undefined };
        const low = computeDeductions(base);
        const high = computeDeductions({ ...base, gross: base.gross.plus(raise) });
        expect(high.federalTax.gte(low.federalTax)).toBe(true);
        expect(high.provincialTax.gte(low.provincialTax)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  /** The exception above, bounded: C and EI rounding can cost a raise at most one cent of tax, never more. */
  it('within one edition and claim code, a raise of any size lowers neither tax by more than one cent', () => {
    fc.assert(
      fc.property(periodInputArb(), moneyArb(1, 500_000), (input, raise) => {
        const base = { ...input, bonus: undefined, retro: undefined };
        const low = computeDeductions(base);
        const high = computeDeductions({ ...base, gross: base.gross.plus(raise) });
        const cent = Money.of('0.01');
        expect(high.federalTax.plus(cent).gte(low.federalTax)).toBe(true);
        expect(high.provincialTax.plus(cent).gte(low.provincialTax)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('F5A + F5B = F5: the enhanced CPP deduction is split between periodic and non-periodic pay without loss', () => {
    fc.assert(
      fc.property(periodInputArb(), (input) => {
        const r = computeDeductions({ ...input, trace: true });
        const value = (step: string) => dec(r.trace.find((s) => s.step === step)?.value ?? '0');
        const gap = value('F5A').plus(value('F5B')).minus(value('F5')).abs();
        expect(gap.lte(dec('0.000000000000000000000000000001'))).toBe(true);
      }),
    );
  });

  /**
   * For the same pay every period, Option 1 and Option 2 (cumulative averaging) withhold the same
   * annual tax but for two things. Rounding: Option 1 rounds each period's federal and provincial
   * tax (a cent a period at most). Mid-year changes: once the CPP and CPP2 maxima are reached, F5
   * and so Option 1's annualized A move, and where A straddles a threshold with a steep step (the
   * Ontario Health Premium's 25% tiers, the surtax) the average of the periods' annual taxes
   * exceeds the tax on the year's actual A; Option 2 re-averages it away. A sweep of 500–8,000 a
   * period, monthly and biweekly, ON and QC (federal), gave at most 0.14% of the annual tax (86.57 on
   * 63,328.82 at 7,719.71 biweekly in Ontario, where A crosses 200,000). Tolerance: one cent a
   * period plus 0.2% of the annual tax.
   */
  it('Option 1 and Option 2 agree on the annual total for constant pay, within rounding and 0.2%', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(12, 26),
        moneyArb(50_000, 800_000),
        // Option 2 is T4127's (ch. 5): Quebec's income tax follows TP-1015.F-V, so Quebec is left out here.
        fc.constantFrom<ProvinceCode>(...PROVINCES.filter((p) => p !== 'QC')),
        (periodsPerYear, gross, province) => {
          const input = {
            payDate: '2026-03-04',
            province,
            periodsPerYear,
            gross,
            federalClaim: code1,
            provincialClaim: code1,
          };
          const option1 = year(input).tax;
          const option2 = cumulativeYear(input);
          const tolerance = dec('0.01')
            .times(periodsPerYear)
            .plus(option1.toDecimal().times(dec('0.002')));
          expect(option1.minus(option2).abs().toDecimal().lte(tolerance)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** A year under Option 2: cumulative pay, F5, CPP and EI each period, tax withheld so far subtracted. */
function cumulativeYear(input: Omit<DeductionInput, 'ytd'>): Money {
  const sum = {
    taxable: Money.ZERO,
    f5: Money.ZERO,
    cpp: Money.ZERO,
    cpp2: Money.ZERO,
    ei: Money.ZERO,
    qpip: Money.ZERO,
    pensionable: Money.ZERO,
  };
  const withheld = { federal: Money.ZERO, provincial: Money.ZERO };
  for (let n = 1; n <= input.periodsPerYear; n += 1) {
    const r = computeDeductions({
      ...input,
      trace: true,
      ytd: { cpp: sum.cpp, cpp2: sum.cpp2, ei: sum.ei, qpip: sum.qpip, pensionable: sum.pensionable },
    });
    const f5 = Money.roundHalfUp(dec(r.trace.find((s) => s.step === 'F5')?.value ?? '0'));
    Object.assign(sum, {
      taxable: sum.taxable.plus(input.gross),
      f5: sum.f5.plus(f5),
      cpp: sum.cpp.plus(r.cpp),
      cpp2: sum.cpp2.plus(r.cpp2),
      ei: sum.ei.plus(r.ei),
      qpip: sum.qpip.plus(r.qpip),
      pensionable: sum.pensionable.plus(input.gross),
    });
    const t = option2Tax({ ...input, periodNumber: n, cumulative: sum, withheld });
    withheld.federal = withheld.federal.plus(t.federalTax);
    withheld.provincial = withheld.provincial.plus(t.provincialTax);
  }
  return withheld.federal.plus(withheld.provincial);
}
