import { compareStatements } from '../../../src/domain/checks/compare-statements';
import { nearestRank } from '../../../src/domain/checks/percentile';
import { scoreSupplier } from '../../../src/domain/checks/score-supplier';
import type { ScenarioResult } from '../../../src/domain/checks/score.types';
import { computeScore, SCORING } from '../../../src/domain/checks/scoring-weights';
import { Money } from '../../../src/domain/money';
import { statement } from './helpers';

const REF = [
  statement('2026-01-28', [
    ['REGULAR', '1000.00'],
    ['CPP', '50.00'],
  ]),
  statement('2026-02-11', [
    ['REGULAR', '1000.00'],
    ['CPP', '50.00'],
  ]),
];

function result(
  id: string,
  family: string,
  actual: ReturnType<typeof statement>[],
  elapsedMs: number,
  error?: ScenarioResult['error'],
): ScenarioResult {
  const c = compareStatements({ scenarioId: id, expected: REF.map((s) => ({ statement: s })), actual });
  return {
    scenarioId: id,
    family,
    findings: c.findings,
    violations: [],
    elapsedMs,
    expectedPaydays: 2,
    lines: c.lines,
    ...(error && { error }),
  };
}

describe('scoring arithmetic', () => {
  const short = [
    statement('2026-01-28', [
      ['REGULAR', '990.00'],
      ['CPP', '50.00'],
    ]),
    REF[1],
  ];
  const results = [
    result('A', 'acting pay', REF, 10),
    result('B', 'acting pay', short, 20),
    result('C', 'leave', [], 30, { kind: 'timeout', message: 'supplier did not answer within 10 ms' }),
    result('D', 'leave', REF, 40),
  ];
  const card = scoreSupplier(results);

  it('counts scenarios correct, lines, dollars, people, missed pays and errors', () => {
    expect(card.scenarios).toBe(4);
    expect(card.scenariosCorrect).toBe(2);
    expect(card.correctShare).toBe('50.00');
    expect(card.lines).toEqual({ total: 12, matched: 11 }); // B: REGULAR differs; C failed: nothing compared
    expect(card.underPaid.toString()).toBe('10.00'); // B only: C's failure is an error and missed pays, not dollars
    expect(card.overPaid.toString()).toBe('0.00');
    expect(card.peopleAffected).toBe(1);
    expect(card.paysMissed).toBe(2);
    expect(card.errors).toEqual({ total: 1, byKind: { timeout: 1 } });
    expect(card.harmPerPerson.toString()).toBe('2.50');
  });

  it('never charges dollars for a failed scenario, even when the caller passes findings with the error', () => {
    // C's result carries the missed-pay findings of an empty answer (net 950.00 × 2): they are not harm.
    expect(results[2].findings.filter((f) => f.kind === 'missed-pay')).toHaveLength(2);
    const alone = scoreSupplier([results[2]]);
    expect([alone.underPaid.toString(), alone.overPaid.toString(), alone.paysMissed, alone.peopleAffected]).toEqual([
      '0.00',
      '0.00',
      2,
      0,
    ]);
  });

  it('tallies each family on its own', () => {
    expect(Object.keys(card.families)).toEqual(['acting pay', 'leave']);
    expect(card.families['acting pay']).toMatchObject({ scenarios: 2, scenariosCorrect: 1, paysMissed: 0 });
    expect(card.families['acting pay'].underPaid.toString()).toBe('10.00');
    expect(card.families.leave).toMatchObject({ scenarios: 2, scenariosCorrect: 1, paysMissed: 2 });
  });

  it('median and p95 response times are observed values (nearest rank)', () => {
    expect(card.responseMs).toEqual({ median: 20, p95: 40 });
    expect(nearestRank([5, 1, 3, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 95)).toBe(19);
    expect(nearestRank([], 50)).toBeNull();
  });

  it('the score is the weighted sum of its components, the weights adding to 100', () => {
    const total = Object.values(SCORING.weights).reduce((s, w) => s + w.weight, 0);
    expect(total).toBe(100);
    // correct 2/4 → 50%; harm 2.50/person → 100/(100+2.50) = 97.561%; pays on time 6/8 → 75%; no error 3/4 → 75%.
    expect(card.score.components).toEqual({
      correctlyPaid: '50.00',
      harmPerPerson: '97.56',
      paysOnTime: '75.00',
      noErrors: '75.00',
    });
    // 40×0.5 + 30×0.975609… + 20×0.75 + 10×0.75 = 20 + 29.26829… + 15 + 7.5 = 71.77
    expect(card.score.value).toBe('71.77');
  });

  it('a supplier that pays everyone exactly right on time scores 100.00', () => {
    const perfect = computeScore({
      scenarios: 3,
      scenariosCorrect: 3,
      harm: Money.ZERO,
      paysMissed: 0,
      expectedPaydays: 6,
      scenariosWithErrors: 0,
    });
    expect(perfect.value).toBe('100.00');
  });
});

describe("a scenario outside the supplier's declared scope", () => {
  it('counts as an error and every pay as missed, with no dollars of harm', () => {
    const unsupported: ScenarioResult = {
      scenarioId: 'Q',
      family: 'quebec',
      findings: [],
      violations: [],
      elapsedMs: 0,
      expectedPaydays: 13,
      error: { kind: 'unsupported', message: 'not sent: the supplier does not declare province QC' },
    };
    const card = scoreSupplier([unsupported]);
    expect(card).toMatchObject({
      scenariosCorrect: 0,
      paysMissed: 13,
      expectedPaydays: 13,
      errors: { total: 1, byKind: { unsupported: 1 } },
    });
    expect(card.underPaid.toString()).toBe('0.00');
    // correct 0, harm 0 → 30, on time 0, no error 0: declaring out of scope scores 30.00, below attempting well.
    expect(card.score.value).toBe('30.00');
  });
});
