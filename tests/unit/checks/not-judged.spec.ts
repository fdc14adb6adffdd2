import { Money } from '../../../src/domain/money';
import { compareStatements } from '../../../src/domain/checks/compare-statements';
import { runReference } from '../../../src/domain/reference/engine';
import { parseScenarioOrThrow, type Statement } from '../../../src/domain/scenario';
import { statement } from './helpers';

const PAYDAY = '2026-03-11';
/** The rule the mechanism was built for (Quebec tax before issue 17 modelled it), as an example. */
const QUEBEC_TAX = {
  code: 'PROVINCIAL_TAX' as const,
  convention: 'not-judged.quebec-income-tax',
  reason: 'Quebec income tax (Revenu Québec TP-1015.F) is not modelled by the reference',
};

describe('lines the reference does not judge (issue 15 #6 and reference-engine.md section 6: never a silent zero)', () => {
  const reference = statement(PAYDAY, [
    ['REGULAR', '2639.11'],
    ['QPP', '156.62'],
  ]);

  it("shows the supplier's line as not judged: no finding, no harm, net compared without it", () => {
    const c = compareStatements({
      scenarioId: 'QC-1',
      expected: [{ statement: reference, notJudged: [QUEBEC_TAX] }],
      actual: [
        statement(PAYDAY, [
          ['REGULAR', '2639.11'],
          ['QPP', '156.62'],
          ['PROVINCIAL_TAX', '250.00'],
        ]),
      ],
    });
    expect(c.findings).toEqual([]);
    expect(c.lines).toEqual({ total: 2, matched: 2 });
    expect(c.notJudged).toHaveLength(1);
    expect(c.notJudged[0]).toMatchObject({ payday: PAYDAY, code: 'PROVINCIAL_TAX' });
    expect(c.notJudged[0].actual.toString()).toBe('250.00');
    expect(c.notes.join('\n')).toContain(
      '2026-03-11: PROVINCIAL_TAX not judged (supplier withheld 250.00): Quebec income tax (Revenu Québec TP-1015.F) is not modelled by the reference (convention not-judged.quebec-income-tax); net compared without it',
    );
  });

  it('still judges every other line and the rest of net', () => {
    const c = compareStatements({
      scenarioId: 'QC-1',
      expected: [{ statement: reference, notJudged: [QUEBEC_TAX] }],
      actual: [
        statement(PAYDAY, [
          ['REGULAR', '2639.11'],
          ['QPP', '157.62'],
          ['PROVINCIAL_TAX', '250.00'],
        ]),
      ],
    });
    expect(c.findings.map((f) => [f.kind, f.code, f.difference.toString()])).toEqual([
      ['different', 'QPP', '1.00'],
      ['net', null, '-1.00'],
    ]);
  });

  it('the same supplier line on an Ontario pay is judged (a finding: the reference has none)', () => {
    const c = compareStatements({
      scenarioId: 'ON-1',
      expected: [{ statement: reference }],
      actual: [
        statement(PAYDAY, [
          ['REGULAR', '2639.11'],
          ['QPP', '156.62'],
          ['PROVINCIAL_TAX', '250.00'],
        ]),
      ],
    });
    expect(c.findings.map((f) => f.kind)).toEqual(['unexpected', 'net']);
    expect(c.notJudged).toEqual([]);
  });
});

describe('a finding names the conventions that shaped the expected amount (issue 15, Build 3)', () => {
  it('carries the ids its reference trace names', () => {
    const scenario = parseScenarioOrThrow({
      id: 'bonus',
      title: 'bonus',
      employee: {
        id: 'E-1',
        province: 'ON',
        td1: { federal: { code: 1 }, provincial: { code: 1 } },
        pensionGroup: 'PSSA-2',
        classification: 'AS-02',
        step: 1,
      },
      events: [{ id: 'bb', kind: 'allowance', allowance: 'bilingualism', start: '2026-03-18', entered: '2026-01-02' }],
      payRuns: { from: '2026-04-08', to: '2026-04-08' },
    });
    const expected = runReference(scenario, { trace: true }).pays;
    const actual: Statement = {
      ...expected[0].statement,
      lines: expected[0].statement.lines.map((l) =>
        l.code === 'ALLOWANCE_BILINGUALISM' ? { ...l, amount: l.amount.minus(Money.of('12.27')) } : l,
      ),
    };
    const finding = compareStatements({ scenarioId: 'bonus', expected, actual: [actual] }).findings.find(
      (f) => f.code === 'ALLOWANCE_BILINGUALISM',
    );
    expect(finding?.conventions).toEqual(['allowance.bilingualism-monthly', 'pay.daily-proration']);
  });
});
