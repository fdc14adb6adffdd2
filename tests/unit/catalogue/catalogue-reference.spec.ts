import { paydaysBetween } from '../../../src/domain/calendar';
import { REGISTRY } from '../../../src/domain/conventions';
import { ReferenceResult, runReference } from '../../../src/domain/reference/engine';
import type { ExpectedLine, Scenario, Statement } from '../../../src/domain/scenario';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { CATALOGUE } from './catalogue-fixtures';

/** Every convention a scenario may name: the registry's (src/domain/conventions). */
const KNOWN_CONVENTIONS = new Set<string>(REGISTRY.map((c) => c.id));

function lineFor(statement: Statement, want: ExpectedLine): string {
  const matches = statement.lines.filter(
    (l) =>
      l.code === want.code &&
      (l.forPeriod?.start ?? statement.periodStart) === (want.forPeriod?.start ?? statement.periodStart) &&
      (l.forPeriod?.end ?? statement.periodEnd) === (want.forPeriod?.end ?? statement.periodEnd),
  );
  if (matches.length === 0) return 'no such line';
  return matches.map((l) => l.amount.toString()).join(' + ');
}

type Lines = Array<Statement['lines'][number] & { payday: string }>;
const has = (lines: Lines, code: string) => lines.some((l) => l.code === code);
const corrects = (lines: Lines) => lines.some((l) => l.forPeriod !== undefined);
const recovers = (lines: Lines, notes: string[]) =>
  has(lines, 'RECOVERY') ||
  notes.length > 0 ||
  lines.some((l) => l.code === 'RETRO_ADJUSTMENT' && l.amount.isNegative());

/** What the reference's statements must show for a scenario carrying each tag: the tags say what a scenario tests, so they must be true. */
const TAG_SHOWS: Record<string, (lines: Lines, notes: string[]) => boolean> = {
  'late-entry': (lines, notes) => corrects(lines) || recovers(lines, notes),
  retro: (lines) => corrects(lines),
  control: (lines) => !corrects(lines),
  overpayment: (lines, notes) => recovers(lines, notes),
  recovery: (lines, notes) => recovers(lines, notes),
  'net-recovery': (lines) => has(lines, 'RECOVERY'),
  // A scenario tagged not-paid tests an entitlement that must NOT be paid (too short an acting, a lateral move, too few hours).
  'not-paid': (lines) => !['ACTING', 'ALLOWANCE_BILINGUALISM', 'OVERTIME'].some((code) => has(lines, code)),
  acting: (lines) => has(lines, 'ACTING') || corrects(lines),
  overtime: (lines) => has(lines, 'OVERTIME') || corrects(lines),
  bilingualism: (lines) => has(lines, 'ALLOWANCE_BILINGUALISM') || corrects(lines),
  lwop: (lines, notes) => has(lines, 'LWOP') || recovers(lines, notes) || corrects(lines),
  cpp2: (lines) => has(lines, 'CPP2'),
  qpp2: (lines) => has(lines, 'QPP2'),
  quebec: (lines) => has(lines, 'QPP'),
  // calendar.payday-holiday-previous-business-day: the pay due 2025-01-01 is made 2024-12-31, so 2025 has 26 paydays.
  'holiday-payday': (lines) =>
    new Set(lines.filter((l) => l.payday.startsWith('2025')).map((l) => l.payday)).size === 26 &&
    !lines.some((l) => l.payday === '2025-01-01'),
};

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
      return got.join() === paydays.join()
        ? []
        : [`${scenario.id}: paydays ${got.join()} (expected ${paydays.join()})`];
    });
    expect(problems).toEqual([]);
  });

  it('matches every expected-amount row to the cent (same payday, code and period)', () => {
    const rows = [...results.values()].flatMap(({ scenario, result }) =>
      scenario.expected.map((e) => {
        const pay = result?.pays.find((p) => p.statement.payday === e.payday);
        const got = pay ? lineFor(pay.statement, e) : 'no statement';
        return { at: `${scenario.id} ${describeExpected(e)}`, expected: e.amount.toString(), got };
      }),
    );
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.got !== r.expected)).toEqual([]);
  });

  it("shows in the statements what each scenario's tags claim", () => {
    const untrue = [...results.values()].flatMap(({ scenario, result }) => {
      const lines: Lines = (result?.pays ?? []).flatMap((p) =>
        p.statement.lines.map((l) => ({ ...l, payday: p.statement.payday })),
      );
      const claims = scenario.tags.includes('not-paid') ? ['not-paid'] : scenario.tags;
      return claims
        .filter((t) => TAG_SHOWS[t] && !TAG_SHOWS[t](lines, result?.notes ?? []))
        .map((t) => `${scenario.id}: ${t}`);
    });
    expect(untrue).toEqual([]);
  });

  it('names only conventions the reference knows', () => {
    const unknown = [...results.values()].flatMap(({ scenario }) =>
      scenario.conventions.filter((c) => !KNOWN_CONVENTIONS.has(c)).map((c) => `${scenario.id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });
});
