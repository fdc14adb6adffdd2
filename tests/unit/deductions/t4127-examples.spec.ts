import { dec, Money } from '../../../src/domain/money';
import {
  computeDeductions,
  convertPremium,
  premium,
  type DeductionInput,
  type ProvinceCode,
} from '../../../src/domain/reference/deductions';
import { T4127_2026_01 } from '../../../src/domain/rules/t4127';
import { cents, code, m, stepOf } from './helpers';

/** The worked examples of shared/domain/t4127-examples-2026.md (T4127 January 2026), period by period. */

interface Year {
  cpp: Money;
  qpp: Money;
  cpp2: Money;
  ei: Money;
  eiQuebec: Money;
  pensionable: Money;
}

const start = (): Year => ({
  cpp: Money.ZERO,
  qpp: Money.ZERO,
  cpp2: Money.ZERO,
  ei: Money.ZERO,
  eiQuebec: Money.ZERO,
  pensionable: Money.ZERO,
});

/** One period, with year-to-date amounts carried as an employer would (CPP and QPP kept apart). */
function period(
  y: Year,
  province: ProvinceCode,
  over: Partial<DeductionInput> & { gross: Money; periodsPerYear: number },
) {
  const qc = province === 'QC';
  const r = computeDeductions({
    payDate: '2026-06-15',
    province,
    federalClaim: code(1),
    provincialClaim: code(1),
    trace: true,
    ytd: {
      cpp: qc ? y.qpp : y.cpp,
      cppOtherPlan: qc ? y.cpp : y.qpp,
      cpp2: y.cpp2,
      ei: qc ? y.eiQuebec : y.ei,
      eiOtherRate: qc ? y.ei : y.eiQuebec,
      pensionable: y.pensionable,
    },
    ...over,
  });
  const next: Year = {
    cpp: qc ? y.cpp : y.cpp.plus(r.cpp),
    qpp: qc ? y.qpp.plus(r.cpp) : y.qpp,
    cpp2: y.cpp2.plus(r.cpp2),
    ei: qc ? y.ei : y.ei.plus(r.ei),
    eiQuebec: qc ? y.eiQuebec.plus(r.ei) : y.eiQuebec,
    pensionable: over.cppExempt ? y.pensionable : y.pensionable.plus(over.gross),
  };
  return { r, next };
}

describe('T4127 Jan 2026 example 1: CPP2, semi-monthly 4,200.00, Ontario', () => {
  const periods: Array<{ c: string; c2: string; f5?: string }> = [];
  let y = start();
  for (let n = 1; n <= 24; n += 1) {
    const { r, next } = period(y, 'ON', { periodsPerYear: 24, gross: m('4200.00') });
    periods.push({ c: r.cpp.toString(), c2: r.cpp2.toString(), f5: cents(stepOf(r, 'F5')) });
    y = next;
  }

  it('periods 1–17: CPP 241.22 each, F5 40.54, no CPP2', () => {
    for (const p of periods.slice(0, 17)) expect(p).toEqual({ c: '241.22', c2: '0.00', f5: '40.54' });
  });

  it('period 18: CPP 129.71 reaches the maximum; CPP2 = (71,400 + 4,200 − 74,600) × 4% = 40.00', () => {
    expect(periods[17]).toMatchObject({ c: '129.71', c2: '40.00' });
  });

  it('periods 19–20: CPP2 168.00; period 21: CPP2 40.00 reaches 416.00; then nothing', () => {
    expect(periods.slice(18, 21).map((p) => [p.c, p.c2])).toEqual([
      ['0.00', '168.00'],
      ['0.00', '168.00'],
      ['0.00', '40.00'],
    ]);
    for (const p of periods.slice(21)) expect([p.c, p.c2]).toEqual(['0.00', '0.00']);
  });

  it('year totals: CPP 4,230.45, CPP2 416.00', () => {
    expect(y.cpp.toString()).toBe('4230.45');
    expect(y.cpp2.toString()).toBe('416.00');
  });
});

describe('T4127 Jan 2026 example 2: Ontario periods 1–12, Quebec 13–20, Ontario from 21', () => {
  const seen: Array<{ c: string; c2: string }> = [];
  let y = start();
  for (let n = 1; n <= 24; n += 1) {
    const province: ProvinceCode = n >= 13 && n <= 20 ? 'QC' : 'ON';
    const { r, next } = period(y, province, { periodsPerYear: 24, gross: m('4200.00') });
    seen.push({ c: r.cpp.toString(), c2: r.cpp2.toString() });
    y = next;
  }

  it('Ontario periods 1–12: CPP 241.22 each (2,894.64)', () => {
    for (const p of seen.slice(0, 12)) expect(p).toEqual({ c: '241.22', c2: '0.00' });
    expect(y.cpp.toString()).toBe('2894.64');
  });

  it('Quebec: QPP 6.30% gives C = 255.41 in periods 13–17', () => {
    for (const p of seen.slice(12, 17)) expect(p).toEqual({ c: '255.41', c2: '0.00' });
  });

  /**
   * Period 18 reaches the QPP maximum. Revenu Québec (TP-1015.G-V 4.5.9) counts the CPP already
   * withheld at the QPP rate: 4,479.30 − (2,894.64 × 6.30/5.95 + 5 × 255.41) = 137.34, so QPP for
   * the year is 1,414.39. The md states 208.44 and 1,485.49, which no stated rule reproduces
   * (see the report). QPP2 = (71,400 + 4,200 − 74,600) × 4% = 40.00 as the md says.
   */
  it('period 18: QPP 137.34 (reaching the converted maximum), QPP2 40.00', () => {
    expect(seen[17]).toEqual({ c: '137.34', c2: '40.00' });
    expect(y.qpp.toString()).toBe('1414.39');
  });

  it('periods 19–20 in Quebec: QPP2 168.00 each (376.00 in all)', () => {
    expect(seen.slice(18, 20)).toEqual([
      { c: '0.00', c2: '168.00' },
      { c: '0.00', c2: '168.00' },
    ]);
  });

  it('back in Ontario: no CPP (the QPP counts at the CPP rate), CPP2 = 416 − 376 = 40.00', () => {
    expect(seen[20]).toEqual({ c: '0.00', c2: '40.00' });
    for (const p of seen.slice(21)) expect(p).toEqual({ c: '0.00', c2: '0.00' });
    expect(y.cpp.toString()).toBe('2894.64');
    expect(y.cpp2.toString()).toBe('416.00');
  });
});

describe('T4127 Jan 2026 example 3: turning 18 in March (PM = 9), semi-monthly 4,200.00', () => {
  const seen: Array<{ c: string; c2: string }> = [];
  let y = start();
  for (let n = 1; n <= 24; n += 1) {
    const before18 = n < 7;
    const { r, next } = period(y, 'ON', {
      periodsPerYear: 24,
      gross: m('4200.00'),
      pensionableMonths: 9,
      cppExempt: before18,
    });
    seen.push({ c: r.cpp.toString(), c2: r.cpp2.toString() });
    y = next;
  }

  it('no contributions before period 7, then 241.22', () => {
    for (const p of seen.slice(0, 6)) expect(p).toEqual({ c: '0.00', c2: '0.00' });
    for (const p of seen.slice(6, 19)) expect(p).toEqual({ c: '241.22', c2: '0.00' });
  });

  it('period 20: C 36.98, C2 114.00 (W = max(PIYTD, 74,600 × 9/12 = 55,950))', () => {
    expect(seen[19]).toEqual({ c: '36.98', c2: '114.00' });
  });

  it('period 21: C2 168.00; period 22: C2 = 416 × 9/12 − 282 = 30.00', () => {
    expect(seen[20]).toEqual({ c: '0.00', c2: '168.00' });
    expect(seen[21]).toEqual({ c: '0.00', c2: '30.00' });
  });

  it('totals: C 3,172.84, C2 312.00', () => {
    expect(y.cpp.toString()).toBe('3172.84');
    expect(y.cpp2.toString()).toBe('312.00');
  });
});

describe('T4127 Jan 2026 example 4: a bonus, weekly', () => {
  // 29 periods of 1,000.00 passed, and an earlier bonus B1 of 1,500.00 paid with a regular pay:
  // C on that pay 144.74 (55.50 of it periodic), EI 40.75 (16.30 periodic), F5B 14.60.
  const r = computeDeductions({
    payDate: '2026-07-22',
    province: 'ON',
    periodsPerYear: 52,
    gross: m('1000.00'),
    federalClaim: code(1),
    provincialClaim: code(1),
    bonus: m('2500.00'),
    trace: true,
    ytd: {
      cpp: m('1698.74'),
      ei: m('497.15'),
      pensionable: m('30500.00'),
      nonPeriodic: m('1500.00'),
      f5bNonPeriodic: m('14.60'),
      cppOnNonPeriodic: m('89.24'),
      eiOnNonPeriodic: m('24.45'),
    },
  });
  const tb = stepOf(r, 'TB');
  const inputs = tb.inputs ?? {};
  const near = (actual: string, expected: string, tolerance: string) =>
    expect(dec(actual).minus(dec(expected)).abs().lte(dec(tolerance))).toBe(true);

  it('CPP on the bonus period (PI = 3,500) = 0.0595 × (3,500 − 67.30) = 204.25; F5 34.33, F5A 9.81, F5B 24.52', () => {
    expect(r.cpp.toString()).toBe('204.25');
    expect(cents(stepOf(r, 'F5'))).toBe('34.33');
    expect(cents(stepOf(r, 'F5A'))).toBe('9.81');
    expect(cents(stepOf(r, 'F5B'))).toBe('24.52');
  });

  it('T1 with the bonus 4,758.06 and without it 4,434.52, within the ±0.03 the md allows', () => {
    near(inputs['T1 with'], '4758.06', '0.03');
    near(inputs['T1 without'], '4434.52', '0.03');
  });

  /**
   * T4127's example rounds F5A and F5B to the cent before using them (9.81, 24.52); the reference
   * keeps them exact (T4127 ch. 1: ratios are not rounded), so A differs by exactly
   * 52 × (9.81 − F5A) and by F5B − 24.52 — about 0.11.
   */
  it('A with 55,450.76 and without 52,975.28, up to T4127 rounding F5A and F5B in its example', () => {
    const f5a = dec(stepOf(r, 'F5A').value);
    const f5b = dec(stepOf(r, 'F5B').value);
    const without = dec('52975.28').plus(dec('9.81').minus(f5a).times(52));
    expect(dec(inputs['A without']).toDecimalPlaces(20).eq(without.toDecimalPlaces(20))).toBe(true);
    const withBonus = dec('55450.76').plus(dec('9.81').minus(f5a).times(52)).plus(dec('24.52').minus(f5b));
    expect(dec(inputs['A with']).toDecimalPlaces(20).eq(withBonus.toDecimalPlaces(20))).toBe(true);
  });

  it('federal tax on the bonus TB = 323.54', () => {
    expect(r.federalTaxOnBonus?.toString()).toBe('323.54');
  });
});

describe('T4127 Jan 2026 example 5: EI across a move from Ontario to Quebec', () => {
  it('the EI function: 30,000 × 1.63% = 489.00 in Ontario leaves 38,900 × 1.30% = 505.70 in Quebec', () => {
    const e = T4127_2026_01;
    expect(premium(e.ei, dec('0'), dec('30000')).toFixed(2)).toBe('489.00');
    const counted = convertPremium(dec('489.00'), e.ei, e.eiQuebec);
    expect(premium(e.eiQuebec, counted, dec('38900')).toFixed(2)).toBe('505.70');
    expect(premium(e.eiQuebec, counted, dec('50000')).toFixed(2)).toBe('505.70');
  });

  it('period by period: 12 × 2,500 in Ontario, then 3,000 a period in Quebec, 994.70 for the year', () => {
    let y = start();
    const quebec: string[] = [];
    for (let n = 1; n <= 26; n += 1) {
      const province: ProvinceCode = n <= 12 ? 'ON' : 'QC';
      const { r, next } = period(y, province, { periodsPerYear: 26, gross: m(n <= 12 ? '2500.00' : '3000.00') });
      if (province === 'QC') quebec.push(r.ei.toString());
      y = next;
    }
    expect(y.ei.toString()).toBe('489.00');
    expect(quebec.slice(0, 12)).toEqual(Array(12).fill('39.00'));
    expect(quebec.slice(12)).toEqual(['37.70', '0.00']);
    expect(y.eiQuebec.toString()).toBe('505.70');
    expect(y.ei.plus(y.eiQuebec).toString()).toBe('994.70');
  });
});
