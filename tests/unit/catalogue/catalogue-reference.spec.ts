import { paydaysBetween } from '../../../src/domain/calendar';
import { CONVENTIONS, ReferenceResult, runReference } from '../../../src/domain/reference/engine';
import type { ExpectedLine, Scenario, Statement } from '../../../src/domain/scenario';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { CATALOGUE } from './catalogue-fixtures';

/** Every convention a scenario may name: the reference engine's, and the calendar's two. */
const KNOWN_CONVENTIONS = new Set<string>([...Object.values(CONVENTIONS), 'cutoff.pay-run-lock', 'calendar.working-day-mon-fri']);

function lineFor(statement: Statement, want: ExpectedLine): string {
  const matches = statement.lines.filter((l) => l.code === want.code
    && (l.forPeriod?.start ?? statement.periodStart) === (want.forPeriod?.start ?? statement.periodStart)
    && (l.forPeriod?.end ?? statement.periodEnd) === (want.forPeriod?.end ?? statement.periodEnd));
  if (matches.length === 0) return 'no such line';
  return matches.map((l) => l.amount.toString()).join(' + ');
}

function describeExpected(e: ExpectedLine): string {
  return `${e.payday} ${e.code}${e.forPeriod ? ` for ${e.forPeriod.start}..${e.forPeriod.end}` : ''}`;
}

describe('the reference engine on the test-payrolls catalogue', () => {
  const results = new Map<string, { scenario: Scenario; result?: ReferenceResult; error?: string }>();

  beforeAll(async () => {
    const load = await new ScenarioCatalog().load(CATALOGUE);
    if (load.errors.length > 0) throw new Error(load.errors.map(formatLoadError).join('\n'));
    for (const { scenario } of load.scenarios) {
      try {
        results.set(scenario.id, { scenario, result: runReference(scenario) });
      } catch (err) {
        results.set(scenario.id, { scenario, error: (err as Error).message });
      }
    }
  });

  it('produces a statement for every requested payday of every scenario, without error', () => {
    const problems = [...results.values()].flatMap(({ scenario, result, error }) => {
      if (error !== undefined) return [`${scenario.id}: ${error}`];
      const paydays = paydaysBetween(scenario.payRuns.from, scenario.payRuns.to);
      const got = result!.pays.map((p) => p.statement.payday);
      return got.join() === paydays.join() ? [] : [`${scenario.id}: paydays ${got.join()} (expected ${paydays.join()})`];
    });
    expect(problems).toEqual([]);
  });

  it('matches every expected-amount row to the cent (same payday, code and period)', () => {
    const rows = [...results.values()].flatMap(({ scenario, result }) => scenario.expected.map((e) => {
      const pay = result?.pays.find((p) => p.statement.payday === e.payday);
      const got = pay ? lineFor(pay.statement, e) : 'no statement';
      return { at: `${scenario.id} ${describeExpected(e)}`, expected: e.amount.toString(), got };
    }));
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.got !== r.expected)).toEqual([]);
  });

  it('names only conventions the reference knows', () => {
    const unknown = [...results.values()].flatMap(({ scenario }) => scenario.conventions.filter((c) => !KNOWN_CONVENTIONS.has(c)).map((c) => `${scenario.id}: ${c}`));
    expect(unknown).toEqual([]);
  });
});
