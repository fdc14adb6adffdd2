import { explainPerson } from '../../../src/domain/checks/defects';
import { compareStatements } from '../../../src/domain/checks/compare-statements';
import { Money } from '../../../src/domain/money';
import { DEFAULT_POLICY } from '../../../src/domain/checks/tolerance-policy';
import { runReference } from '../../../src/domain/reference/engine';
import { parseScenarioOrThrow } from '../../../src/domain/scenario';
import {
  defectFindings,
  failureFinding,
  isFailureSignature,
  relationFindings,
  signatureSlug,
} from '../../../src/fuzz/signatures';
import { settle } from '../../../src/selftest/rebuild-statements';

const scenario = parseScenarioOrThrow({
  id: 'ot',
  title: 'AS-02 with overtime',
  employee: {
    id: 'E-1',
    province: 'ON',
    td1: { federal: { code: 1 }, provincial: { code: 1 } },
    pensionGroup: 'PSSA-2',
    classification: 'AS-02',
    step: 1,
  },
  events: [
    { id: 'ot-1', kind: 'overtime', date: '2026-03-04', hours: '7.5', dayType: 'workday', entered: '2026-03-05' },
  ],
  payRuns: { from: '2026-03-25', to: '2026-03-25' },
});

describe('fuzz signatures are the defect core signatures', () => {
  it('a wrong overtime line is one signature, its deductions and totals are not signatures of their own', () => {
    const reference = runReference(scenario, { trace: true });
    const [pay] = reference.pays;
    // The supplier pays overtime 10.00 short and withholds the reference's deductions: only the
    // overtime line, gross and net differ from the reference.
    const lines = pay.statement.lines.map((l) =>
      l.code === 'OVERTIME' ? { ...l, amount: l.amount.minus(Money.of('10.00')) } : l,
    );
    const actual = [settle(pay.statement, lines)];
    const c = compareStatements({ scenarioId: 'ot', expected: reference.pays, actual });
    const result = { scenarioId: 'ot', findings: c.findings, violations: [], elapsedMs: 0, expectedPaydays: 1 };
    expect(c.findings.map((f) => f.kind).sort()).toEqual(['different', 'gross', 'net']);
    const x = explainPerson({ scenario, reference: reference.pays, actual, result, policy: DEFAULT_POLICY });
    expect(defectFindings(x, result).map((f) => f.signature)).toEqual(['v2:line:OVERTIME:under:amount:-:-:-']);
    expect(defectFindings(x, result)[0].message).toMatch(/^Overtime: paid too little: OVERTIME on 2026-03-25/);
  });

  it('a supplier failure and a relation keep signatures of their own kind', () => {
    const failure = failureFinding({ kind: 'timeout', message: 'no answer in 30000 ms' });
    expect(failure.signature).toBe('v2:failure:timeout:-:-:-:-:-');
    expect(isFailureSignature(failure.signature)).toBe(true);
    expect(failure.title?.fr).toBe('Aucune réponse à temps (délai dépassé)');
    const [relation] = relationFindings([{ relation: 'late-entry', detail: 'acting:less', message: 'm' }]);
    expect(relation.signature).toBe('relation:late-entry:acting:less');
    expect(isFailureSignature(relation.signature)).toBe(false);
  });

  it('makes file-name slugs', () => {
    expect(signatureSlug('v1:line:RETRO_ADJUSTMENT:under:amount:-:late-entry')).toBe(
      'v1-line-retro-adjustment-under-amount-late-entry',
    );
  });
});
