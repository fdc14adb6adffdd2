import { DefectLedger } from '../../../../src/domain/checks/defects';
import { Money } from '../../../../src/domain/money';
import { judge, plantInput, scenario, withEarnings } from './person';

/** Defects across people: counts and sums per signature, the smallest example, ranked by harm. */
const overtime = (date: string, hours: string) => ({
  id: `ot-${date}`,
  kind: 'overtime',
  date,
  hours,
  dayType: 'workday',
  entered: date,
});
const people = [
  scenario({
    events: [overtime('2026-03-04', '7.5'), overtime('2026-03-18', '4')],
    from: '2026-03-25',
    to: '2026-04-22',
  }),
  scenario({ events: [overtime('2026-03-04', '3')], from: '2026-03-25', to: '2026-03-25' }),
  scenario({ from: '2026-03-25', to: '2026-04-08' }),
];

/** Overtime 5% short, deductions withheld again on it. */
const short = (s: ReturnType<typeof scenario>) =>
  withEarnings(s, (_st, lines) =>
    lines.map(({ line }) =>
      line.code === 'OVERTIME' ? { ...line, amount: Money.roundHalfUp(line.amount.toDecimal().times('0.95')) } : line,
    ),
  );

describe('the defect ledger', () => {
  const ledger = new DefectLedger();
  const judged = people.map((s) => ({ s, p: judge(s, short(s)) }));
  for (const { s, p } of judged)
    ledger.add({
      supplierId: 'acme',
      scenario: { ...s, id: `${s.id}-${s.events.length}` },
      reference: p.reference.pays,
      actual: p.actual,
      result: p.result,
      explanation: p.x,
    });
  ledger.add({
    supplierId: 'acme',
    scenario: people[2],
    reference: plantInput(people[2]).reference,
    result: {
      scenarioId: 'gone',
      findings: [],
      violations: [],
      elapsedMs: 0,
      expectedPaydays: 2,
      error: { kind: 'timeout', message: 'late' },
    },
    explanation: {
      scenarioId: 'gone',
      findings: [],
      violations: [],
      occurrences: [],
      failure: { kind: 'timeout', message: 'no answer in 30000 ms', scenarioId: 'gone', missedPays: 2 },
    },
  });
  const { defects, failures, signatureVersion } = ledger.defects('acme');

  it('groups the same root across people into one defect: occurrences, people, pays and dollars', () => {
    expect(signatureVersion).toBe(2);
    expect(defects.map((d) => d.id)).toEqual(['v2:line:OVERTIME:under:amount:-:-:-']);
    const [d] = defects;
    // Person 0 has overtime on two paydays (two occurrences), person 1 on one; person 2 none.
    expect([d.occurrences, d.people, d.pays, d.codes, d.families]).toEqual([3, 2, 3, ['OVERTIME'], ['(no family)']]);
    const net = judged.flatMap(({ p }) => p.result.findings.filter((f) => f.kind === 'net').map((f) => f.netEffect));
    expect(d.underPaid.toString()).toBe(Money.sum(net).negated().toString());
    expect(d.overPaid.toString()).toBe('0.00');
    expect(d.consequences).toBeGreaterThan(0);
  });

  it('keeps the smallest scenario as the example, with both statements and the trace of the root line', () => {
    const [d] = defects;
    expect(d.example.scenarioId).toBe('person-1');
    expect(d.example.size).toBe(2);
    expect(d.example.supplier?.payday).toBe('2026-03-25');
    expect(d.example.reference?.payday).toBe('2026-03-25');
    expect(d.example.trace.map((t) => t.step)).toEqual(['OVERTIME']);
    expect(d.example.messages[0]).toMatch(/^OVERTIME on 2026-03-25: supplier paid /);
  });

  it('counts a supplier failure as errors and missed pays, never dollars', () => {
    expect(failures).toEqual([
      {
        id: 'v2:failure:timeout:-:-:-:-:-',
        kind: 'timeout',
        title: { en: 'No answer in time (timeout)', fr: 'Aucune réponse à temps (délai dépassé)' },
        errors: 1,
        missedPays: 2,
        families: ['(no family)'],
        example: { scenarioId: 'gone', message: 'no answer in 30000 ms' },
      },
    ]);
  });

  it('ranks defects by harm', () => {
    const other = new DefectLedger();
    const [a] = judged;
    other.add({
      supplierId: 'x',
      scenario: a.s,
      reference: a.p.reference.pays,
      actual: a.p.actual,
      result: a.p.result,
      explanation: a.p.x,
    });
    const cpp = plantInput(people[2]).reference.map((r) => ({
      ...r.statement,
      lines: r.statement.lines.map((l) => (l.code === 'CPP' ? { ...l, amount: l.amount.plus(Money.of('0.50')) } : l)),
      net: r.statement.net.minus(Money.of('0.50')),
    }));
    const c = judge(people[2], cpp);
    other.add({
      supplierId: 'x',
      scenario: people[2],
      reference: c.reference.pays,
      actual: c.actual,
      result: c.result,
      explanation: c.x,
    });
    expect(other.defects('x').defects.map((d) => d.id)).toEqual([
      'v2:line:OVERTIME:under:amount:-:-:-',
      'v2:line:CPP:under:amount:-:-:-',
    ]);
  });
});
