import { dec } from '../../../src/domain/money';
import { computeDeductions } from '../../../src/domain/reference/deductions';
import { code, m, stepOf } from './helpers';

/**
 * A move between Quebec and another province during the year, with one employer (T4127 Jan 2026,
 * ch. 4 step 2, K2R and K2RQ; ch. 6, C after a transfer). The employee of T4127's Appendix 1
 * scenario 2: 4,200.00 semi-monthly, Ontario for periods 1–12, Quebec for 13–20, Ontario again.
 */
const semiMonthly = {
  payDate: '2026-06-15',
  periodsPerYear: 24,
  gross: m('4200.00'),
  federalClaim: code(1),
  provincialClaim: code(1),
  trace: true,
};

describe('into Quebec: QPP counts the CPP already paid, and the K2RQ cap', () => {
  // Period 18 of scenario 2: D = 2,894.64 of CPP (Ontario), DQ = 1,277.05 of QPP so far.
  const r = computeDeductions({
    ...semiMonthly,
    province: 'QC',
    ytd: { cpp: m('1277.05'), cppOtherPlan: m('2894.64'), pensionable: m('71400.00') },
  });

  it('C = 4,479.30 − (2,894.64 × 0.0630/0.0595 + 1,277.05) = 137.34 (ch. 6, QPP after a transfer to Quebec)', () => {
    expect(r.cpp.toString()).toBe('137.34');
  });

  it('the QPP maximum is reached this period, so the base credit is the K2RQ cap: 3,768.30 − D × 0.0530/0.0595 + D × 0.0495/0.0595', () => {
    const d = dec('2894.64');
    const cap = dec('3768.30')
      .minus(d.times(dec('0.0530')).dividedBy(dec('0.0595')))
      .plus(d.times(dec('0.0495')).dividedBy(dec('0.0595')));
    expect(dec(stepOf(r, 'K2').inputs?.['QPP base (annual, capped)'] ?? '0').eq(cap)).toBe(true);
  });
});

describe('out of Quebec: CPP counts the QPP already paid, and the K2R cap', () => {
  // Period 21 of scenario 2, back in Ontario: D = 2,894.64, DQ = 1,414.39 (QPP reached its converted maximum in period 18).
  const r = computeDeductions({
    ...semiMonthly,
    province: 'ON',
    ytd: { cpp: m('2894.64'), cppOtherPlan: m('1414.39'), cpp2: m('376.00'), pensionable: m('84000.00') },
  });

  it('C = 4,230.45 − (1,414.39 × 0.0595/0.0630 + 2,894.64) = 0 and C2 = 416 − 376 = 40.00 (ch. 6)', () => {
    expect([r.cpp.toString(), r.cpp2.toString()]).toEqual(['0.00', '40.00']);
  });

  it('the base credit is the K2R cap: 3,519.45 − DQ × 0.0495/0.0630 + DQ × 0.0530/0.0630', () => {
    const dq = dec('1414.39');
    const cap = dec('3519.45')
      .minus(dq.times(dec('0.0495')).dividedBy(dec('0.0630')))
      .plus(dq.times(dec('0.0530')).dividedBy(dec('0.0630')));
    expect(dec(stepOf(r, 'K2').inputs?.['CPP base (annual, capped)'] ?? '0').eq(cap)).toBe(true);
    // The provincial credit uses the same cap (K2RP, ch. 4 step 4).
    expect(stepOf(r, 'K2P').inputs?.['CPP base (annual, capped)']).toBe(
      stepOf(r, 'K2').inputs?.['CPP base (annual, capped)'],
    );
  });

  it('both caps give the year the same base credit, whichever way the move goes (3,598.03)', () => {
    const into = computeDeductions({
      ...semiMonthly,
      province: 'QC',
      ytd: { cpp: m('1277.05'), cppOtherPlan: m('2894.64') },
    });
    const k2rq = dec(stepOf(into, 'K2').inputs?.['QPP base (annual, capped)'] ?? '0');
    const k2r = dec(stepOf(r, 'K2').inputs?.['CPP base (annual, capped)'] ?? '0');
    expect([k2rq.toFixed(2), k2r.toFixed(2)]).toEqual(['3598.03', '3598.03']);
  });
});

describe('a move between two T4127 provinces keeps one CPP and EI year to date', () => {
  it('Alberta to British Columbia: CPP stops at the one maximum, and BC tax replaces Alberta tax', () => {
    const ytd = { cpp: m('4200.00'), ei: m('1100.00'), pensionable: m('70500.00') };
    const bc = computeDeductions({ ...semiMonthly, province: 'BC', ytd });
    expect([bc.cpp.toString(), bc.ei.toString()]).toEqual(['30.45', '23.07']);
    expect(stepOf(bc, 'T4').citation).toMatch(/table 8\.1 p\. 32.*table 8\.11/);
  });
});
