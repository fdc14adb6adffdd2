import { canonicalPolicyJson } from '../../../src/domain/checks/canonical-policy';
import { compareStatements } from '../../../src/domain/checks/compare-statements';
import { parseTolerancePolicy, parseTolerancePolicyOrThrow } from '../../../src/domain/checks/parse-tolerance-policy';
import { DEFAULT_POLICY, severityOf, toleranceFor, withinTolerance } from '../../../src/domain/checks/tolerance-policy';
import { PayproofError } from '../../../src/domain/errors';
import { m, statement } from './helpers';

describe('tolerance policy', () => {
  it('is exact to the cent by default, with that default as its reason', () => {
    expect(withinTolerance(DEFAULT_POLICY, 'CPP', m('0.00'))).toBe(true);
    expect(withinTolerance(DEFAULT_POLICY, 'CPP', m('-0.01'))).toBe(false);
    expect(toleranceFor(DEFAULT_POLICY, 'CPP').reason).toBe('exact to the cent (default)');
  });

  it('reads a per-code tolerance with its reason and applies it to that code only', () => {
    const policy = parseTolerancePolicyOrThrow({
      tolerances: { FEDERAL_TAX: { amount: '0.02', reason: 'supplier rounds each bracket' } },
    });
    expect(toleranceFor(policy, 'FEDERAL_TAX')).toEqual({ amount: m('0.02'), reason: 'supplier rounds each bracket' });
    expect(withinTolerance(policy, 'FEDERAL_TAX', m('-0.02'))).toBe(true);
    expect(withinTolerance(policy, 'FEDERAL_TAX', m('0.03'))).toBe(false);
    expect(withinTolerance(policy, 'PROVINCIAL_TAX', m('0.01'))).toBe(false);
    const ref = statement('2026-01-28', [
      ['REGULAR', '1000.00'],
      ['FEDERAL_TAX', '100.00'],
    ]);
    const sup = statement(
      '2026-01-28',
      [
        ['REGULAR', '1000.00'],
        ['FEDERAL_TAX', '100.02'],
      ],
      { net: '899.98' },
    );
    const findings = compareStatements({
      scenarioId: 'S',
      expected: [{ statement: ref }],
      actual: [sup],
      policy,
    }).findings;
    // The line is within its tolerance; the net is exact by default, so the 0.02 still shows there.
    expect(findings.map((f) => f.kind)).toEqual(['net']);
  });

  it('refuses a tolerance without a reason, a misspelt code, a negative or fractional-cent amount: every problem named', () => {
    const r = parseTolerancePolicy({
      tolerances: {
        CPP: { amount: '0.01' },
        CCP: { amount: '0.01', reason: 'x' },
        EI: { amount: '-1.00', reason: 'x' },
        QPIP: { amount: '0.001', reason: 'x' },
      },
    });
    expect(r.ok).toBe(false);
    const errors = (r as { errors: string[] }).errors.join('\n');
    expect(errors).toMatch(/tolerances\.CPP\.reason: required/);
    expect(errors).toMatch(/tolerances\.CCP: unknown line code/);
    expect(errors).toMatch(/tolerances\.EI\.amount: must not be negative/);
    expect(errors).toMatch(/tolerances\.QPIP\.amount: "0.001" is not an amount of money/);
    expect(() => parseTolerancePolicyOrThrow({ tolerances: 3 })).toThrow(PayproofError);
  });

  it('grades severity by the size of the difference; a missed pay is always high', () => {
    expect(severityOf(DEFAULT_POLICY, 'different', m('0.99'))).toBe('low');
    expect(severityOf(DEFAULT_POLICY, 'different', m('-1.00'))).toBe('medium');
    expect(severityOf(DEFAULT_POLICY, 'net', m('100.00'))).toBe('high');
    expect(severityOf(DEFAULT_POLICY, 'missed-pay', m('0.01'))).toBe('high');
  });

  it('hashes the same policy to the same canonical text whatever the key order', () => {
    const a = parseTolerancePolicyOrThrow({
      severity: { medium: '1', high: '100.0' },
      tolerances: { EI: { reason: 'r', amount: '0.01' }, CPP: { amount: '0.01', reason: 'r' } },
    });
    const b = parseTolerancePolicyOrThrow({
      tolerances: { CPP: { amount: '0.01', reason: 'r' }, EI: { amount: '0.01', reason: 'r' } },
    });
    expect(canonicalPolicyJson(a)).toBe(canonicalPolicyJson(b));
    expect(canonicalPolicyJson(a)).not.toBe(canonicalPolicyJson(DEFAULT_POLICY));
  });
});
