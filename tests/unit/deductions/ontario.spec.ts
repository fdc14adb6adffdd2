import { dec } from '../../../src/domain/money';
import { computeDeductions } from '../../../src/domain/reference/deductions';
import {
  ontarioHealthPremium,
  ontarioReduction,
  ontarioSurtax,
} from '../../../src/domain/reference/deductions/ontario';
import { T4127_2025_01, T4127_2026_01 } from '../../../src/domain/rules/t4127';
import { headline, m, stepOf } from './helpers';

const on = T4127_2026_01.ontario;

describe('Ontario surtax V1, health premium V2 and tax reduction S (T4127 Jan 2026, ch. 4, step 5)', () => {
  it('V1 = 20% of T4 over 5,818 plus 36% of T4 over 7,446 (2025: 5,710 and 7,307)', () => {
    expect(ontarioSurtax(on, dec('5818')).toString()).toBe('0');
    expect(ontarioSurtax(on, dec('7000')).toString()).toBe('236.4');
    expect(ontarioSurtax(on, dec('10000')).toString()).toBe('1755.84');
    expect(ontarioSurtax(T4127_2025_01.ontario, dec('10000')).toString()).toBe('1827.48');
  });

  it.each([
    ['20000', '0'],
    ['25000', '300'],
    ['36500', '330'],
    ['38000', '420'],
    ['48000', '450'],
    ['48400', '550'],
    ['60000', '600'],
    ['72500', '725'],
    ['150000', '750'],
    ['200400', '850'],
    ['250000', '900'],
  ])('V2 on A = %s is %s', (a, v2) => {
    expect(ontarioHealthPremium(on, dec(a)).toString()).toBe(v2);
  });

  it('S = min(T4 + V1, 2 × 300 − (T4 + V1)), floor 0', () => {
    expect(ontarioReduction(on, dec('250')).toString()).toBe('250');
    expect(ontarioReduction(on, dec('400')).toString()).toBe('200');
    expect(ontarioReduction(on, dec('700')).toString()).toBe('0');
    expect(ontarioReduction(T4127_2025_01.ontario, dec('400')).toString()).toBe('188');
  });

  it('a low income gets the reduction: weekly 392.76 pays 0.59 Ontario tax (T4 − S + V2, / 52)', () => {
    const r = computeDeductions(headline({ periodsPerYear: 52, gross: m('392.76'), trace: true }));
    const t4 = dec(stepOf(r, 'T4').value);
    const s = dec(stepOf(r, 'S').value);
    expect(s.eq(dec('600').minus(t4))).toBe(true);
    expect(r.provincialTax.toString()).toBe('0.59');
  });

  it('a high income pays the surtax: 150,000 a year monthly (vector ON_MONTHLY_150K)', () => {
    const r = computeDeductions(headline({ periodsPerYear: 12, gross: m('12500.00'), trace: true }));
    const t4 = dec(stepOf(r, 'T4').value);
    const v1 = t4
      .minus(dec('5818'))
      .times(dec('0.20'))
      .plus(t4.minus(dec('7446')).times(dec('0.36')));
    expect(dec(stepOf(r, 'V1').value).eq(v1)).toBe(true);
    expect(v1.gt(dec('2400'))).toBe(true);
    expect(stepOf(r, 'V2').value).toBe('750');
  });
});
