import { compareStatements } from '../../../src/domain/checks/compare-statements';
import { directionOf, harmOf, netEffectOf } from '../../../src/domain/checks/harm';
import { m, statement } from './helpers';

describe('harm: which way a difference hurts the person', () => {
  it('an earning paid short, or a deduction over-withheld, leaves the person under-paid', () => {
    expect(directionOf(netEffectOf('REGULAR', m('-10.00')))).toBe('under');
    expect(directionOf(netEffectOf('FEDERAL_TAX', m('10.00')))).toBe('under');
  });

  it('an earning paid too much, or a deduction under-withheld, leaves the person over-paid', () => {
    expect(directionOf(netEffectOf('OVERTIME', m('0.01')))).toBe('over');
    expect(directionOf(netEffectOf('CPP', m('-0.01')))).toBe('over');
    expect(directionOf(netEffectOf('CPP', m('0.00')))).toBe('none');
  });

  it('counts dollars from net findings only, payday by payday, without offsetting one payday against another', () => {
    const ref = [
      statement('2026-01-28', [
        ['REGULAR', '1000.00'],
        ['CPP', '50.00'],
      ]),
      statement('2026-02-11', [['REGULAR', '1000.00']]),
    ];
    const sup = [
      statement('2026-01-28', [
        ['REGULAR', '500.00'],
        ['CPP', '50.00'],
      ]), // short 500.00 (REGULAR, gross and net findings)
      statement('2026-02-11', [['REGULAR', '1500.00']]), // 500.00 too much
    ];
    const { findings } = compareStatements({
      scenarioId: 'S',
      expected: ref.map((statement) => ({ statement })),
      actual: sup,
    });
    const harm = harmOf(findings);
    expect(harm.underPaid.toString()).toBe('500.00');
    expect(harm.overPaid.toString()).toBe('500.00');
    expect(harm.balance.toString()).toBe('0.00');
  });
});
