import { checkExpectedLines } from '../../../src/domain/checks/expected-lines';
import { Money } from '../../../src/domain/money';
import { runReference } from '../../../src/domain/reference/engine';
import type { ExpectedLine, LineCode, Scenario } from '../../../src/domain/scenario';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';

const CSV = `scenario,record,id,title,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,effective,end,entered,payday,line_code,amount,source,period_start,period_end
S1,scenario,,AS-02 acting AS-04 entered late,2026-03-11,2026-04-22,,,,,,,,,,,,,,,,
S1,employee,,,,,E-1,ON,1,1,PSSA-2,AS-02,1,,,,,,,,,
S1,acting,acting-1,,,,,,,,,AS-04,1,2026-03-02,2026-05-29,2026-03-30,,,,,,
S1,expected,,,,,,,,,,,,,,,2026-04-08,REGULAR,2639.11,stub,,
S1,expected,,,,,,,,,,,,,,,2026-04-08,RETRO_ADJUSTMENT,360.72,stub,2026-02-26,2026-03-11
`;

function scenario(): Scenario {
  const parsed = new ScenarioCatalog().parseFile('s.csv', CSV);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenarios[0];
}

const line = (payday: string, code: LineCode, amount: string): ExpectedLine => ({
  payday,
  code,
  amount: Money.of(amount),
  source: 'stub',
});

describe('stub lines checked against the reference', () => {
  const s = scenario();
  const pays = runReference(s, { trace: true }).pays;
  const correct = (code: LineCode) =>
    pays.find((p) => p.statement.payday === '2026-04-08')!.statement.lines.find((l) => l.code === code && !l.forPeriod)!
      .amount;

  it("confirms lines that match the reference to the cent, a retro line by its period, each with the reference's trace", () => {
    const checks = checkExpectedLines(s.expected, pays);
    expect(checks.map((c) => [c.code, c.verdict, c.correct?.toString(), c.direction])).toEqual([
      ['REGULAR', 'matches', '2639.11', 'none'],
      ['RETRO_ADJUSTMENT', 'matches', '360.72', 'none'],
    ]);
    expect(checks[1].forPeriod).toEqual({ start: '2026-02-26', end: '2026-03-11' });
    expect(checks.every((c) => c.trace.length > 0)).toBe(true);
  });

  it('an earning paid short: under-paid by the difference', () => {
    const [c] = checkExpectedLines([line('2026-04-08', 'REGULAR', '2483.03')], pays);
    expect(c).toMatchObject({ verdict: 'differs', referenceHasLine: true, direction: 'under' });
    expect(c.difference.toString()).toBe('-156.08');
    expect(c.netEffect.toString()).toBe('156.08');
  });

  it('a deduction over-withheld leaves the person short (under-paid); under-withheld, over-paid', () => {
    const cpp = correct('CPP');
    const [over, under] = checkExpectedLines(
      [
        line('2026-04-08', 'CPP', cpp.plus(Money.of('10.00')).toString()),
        line('2026-04-08', 'CPP', cpp.minus(Money.of('2.50')).toString()),
      ],
      pays,
    );
    expect([over.direction, over.netEffect.toString()]).toEqual(['under', '10.00']);
    expect([under.direction, under.netEffect.toString()]).toEqual(['over', '2.50']);
  });

  it('a line the reference does not pay is compared with 0.00 and says so', () => {
    const [c] = checkExpectedLines([line('2026-04-08', 'OVERTIME', '100.00')], pays);
    expect(c).toMatchObject({ verdict: 'differs', referenceHasLine: false, direction: 'over', trace: [] });
    expect(c.correct?.toString()).toBe('0.00');
  });

  it('a stub payday outside the scenario cannot be judged: not produced, no amount', () => {
    const [c] = checkExpectedLines([line('2026-06-03', 'REGULAR', '2639.11')], pays);
    expect(c).toMatchObject({ verdict: 'not-produced', correct: null, direction: 'none' });
  });

  it('without a trace, the checks are the same and carry no steps', () => {
    const plain = checkExpectedLines(s.expected, runReference(s).pays);
    expect(plain.map((c) => c.verdict)).toEqual(['matches', 'matches']);
    expect(plain.every((c) => c.trace.length === 0)).toBe(true);
  });
});
