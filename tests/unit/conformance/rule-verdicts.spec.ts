import type { ScenarioResult } from '../../../src/domain/checks/score.types';
import { compareStatements } from '../../../src/domain/checks/compare-statements';
import { Money } from '../../../src/domain/money';
import { runReference } from '../../../src/domain/reference/engine';
import { parseScenarioOrThrow, type Statement } from '../../../src/domain/scenario';
import { conformanceText } from '../../../src/conformance/conformance-text';
import { conformanceReport, ruleVerdicts, type JudgedScenario } from '../../../src/conformance/rule-verdicts';

/** An AS-02 with a bilingualism bonus from 2026-03-18 (March qualifies: 10 days), paid 2026-04-08. */
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
  payRuns: { from: '2026-04-08', to: '2026-04-22' },
});
const reference = runReference(scenario, { trace: true });

function judged(change: (s: Statement) => Statement): JudgedScenario {
  const statements = reference.pays.map((p) => change(p.statement));
  const c = compareStatements({ scenarioId: scenario.id, expected: reference.pays, actual: statements });
  const result: ScenarioResult = {
    scenarioId: scenario.id,
    findings: c.findings,
    violations: [],
    elapsedMs: 0,
    expectedPaydays: reference.pays.length,
    lines: c.lines,
  };
  return { scenario, reference, statements, result };
}

const withLine = (code: string, amount: (m: Money) => Money) => (s: Statement) =>
  s.payday !== '2026-04-08'
    ? s
    : { ...s, lines: s.lines.map((l) => (l.code === code ? { ...l, amount: amount(l.amount) } : l)) };

describe('conformance, rule by rule (issue 15, Build 6)', () => {
  it('passes every rule the set exercises when the supplier pays as the reference', () => {
    const rules = ruleVerdicts([judged((s) => s)]);
    expect(rules.filter((r) => r.status === 'fail')).toEqual([]);
    expect(rules.find((r) => r.id === 'allowance.bilingualism-monthly')).toMatchObject({
      status: 'pass',
      scenarios: ['bonus'],
    });
    expect(rules.find((r) => r.id === 'benefit.cash-or-non-cash')?.status).toBe('not-exercised');
  });

  it('charges a wrong bonus to the bonus rule, not to the deductions that follow it, with both statements side by side', () => {
    const rules = ruleVerdicts([judged(withLine('ALLOWANCE_BILINGUALISM', () => Money.of('18.40')))]);
    expect(rules.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['allowance.bilingualism-monthly']);
    const example = rules.find((r) => r.id === 'allowance.bilingualism-monthly')!.example!;
    expect(example.payday).toBe('2026-04-08');
    expect(example.lines.find((l) => l.code === 'ALLOWANCE_BILINGUALISM')).toEqual({
      code: 'ALLOWANCE_BILINGUALISM',
      reference: '30.67',
      supplier: '18.40',
    });
  });

  it('passes no rule on a scenario without a usable answer: only the answering rule is judged, and fails', () => {
    const j = judged((s) => s);
    const failed = {
      ...j,
      result: { ...j.result, findings: [], error: { kind: 'crash' as const, message: 'exit 3' } },
    };
    const rules = ruleVerdicts([failed]);
    expect(rules.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['protocol.answers']);
    expect(rules.filter((r) => r.status === 'pass')).toEqual([]);
    expect(rules.find((r) => r.id === 'allowance.bilingualism-monthly')?.status).toBe('not-exercised');
  });

  it('charges a one-cent difference on an earning line to rounding', () => {
    const rules = ruleVerdicts([judged(withLine('REGULAR', (m) => m.minus(Money.of('0.01'))))]);
    expect(rules.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['lines.round-half-up']);
  });

  it('charges a CPP difference to T4127, and prints the verdict in English and French', () => {
    const report = conformanceReport({
      vendorId: 'acme',
      vendorName: 'Acme',
      judged: [judged(withLine('CPP', (m) => m.plus(Money.of('0.30'))))],
    });
    expect(report.passed).toBe(false);
    expect(report.rules.filter((r) => r.status === 'fail').map((r) => r.id)).toEqual(['deductions.t4127']);
    expect(conformanceText(report, 'en')).toMatch(/FAIL +deductions\.t4127: CPP, EI and income tax by CRA T4127/);
    const fr = conformanceText(report, 'fr');
    expect(fr).toMatch(/ÉCHEC +deductions\.t4127: RPC, AE et impôt selon la T4127/);
    expect(fr).toContain('Résultat : des règles échouent.');
    expect(fr).toMatch(/≠ CPP +\d+\.\d\d +\d+\.\d\d/);
  });
});
