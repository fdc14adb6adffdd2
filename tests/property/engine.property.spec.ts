import fc from 'fast-check';
import { addDays, paydayForPeriod, paydayOnOrAfter, periodContaining } from '../../src/domain/calendar';
import { Money } from '../../src/domain/money';
import { runReference, type ReferenceResult } from '../../src/domain/reference/engine';
import { editionFor } from '../../src/domain/rules/t4127';
import {
  effectiveDateOf,
  isEarning,
  parseScenarioOrThrow,
  statementToJson,
  type HrEvent,
} from '../../src/domain/scenario';
import { fuzzScenarioJsonArb, FUZZ_LAST_PAYDAY } from '../fixtures/arbitraries';

type Json = Record<string, any>;
const RUNS = { numRuns: 60 };

function reference(json: Json, trace = false): ReferenceResult {
  return runReference(parseScenarioOrThrow(json), { trace });
}

const statements = (r: ReferenceResult) => r.pays.map((p) => statementToJson(p.statement));

/**
 * The same scenario with every event entered in time for every pay it changes: on the first day
 * of the month it takes effect (a revision: once signed, too). Not later: the bilingualism bonus
 * is earned by the month (allowance.bilingualism-monthly), so a bonus or a leave can change the
 * pay of earlier days of its month.
 */
function onTime(json: Json): Json {
  const effective = (e: Json) => effectiveDateOf(e as HrEvent);
  // Events taking effect the same day keep the order of their entry (canonical order: effective, entered, id).
  const ties = (e: Json) =>
    json.events
      .filter((o: Json) => effective(o) === effective(e))
      .sort((a: Json, b: Json) => (a.entered < b.entered ? -1 : a.entered > b.entered ? 1 : a.id < b.id ? -1 : 1));
  const at = (e: Json) => {
    const same = ties(e);
    return addDays(`${effective(e).slice(0, 7)}-01`, same.indexOf(e) - same.length + 1);
  };
  return {
    ...json,
    events: json.events.map((e: Json) => ({
      ...e,
      entered: at(e),
      ...(e.kind === 'rateRevision' ? { signed: at(e) } : {}),
    })),
  };
}

/**
 * Σ earnings over every pay, less prior-year overpayments recovered from net (they reverse
 * earnings too: at their GROSS amount, which the RECOVERY line's trace gives, the line itself
 * being the net amount: recovery.prior-year-net). Needs a traced result.
 */
function earningsTotal(r: ReferenceResult): Money {
  let total = Money.ZERO;
  for (const { statement, lineTraces } of r.pays) {
    statement.lines.forEach((l, i) => {
      if (isEarning(l.code)) total = total.plus(l.amount);
      else if (l.code === 'RECOVERY')
        for (const step of lineTraces![i].filter((t) => t.step === 'RECOVERY'))
          total = total.minus(Money.of(step.inputs?.gross ?? step.value));
    });
  }
  return total;
}

describe('reference engine properties', () => {
  test('the same scenario always gives the same statements', () => {
    fc.assert(
      fc.property(fuzzScenarioJsonArb(), (json) => {
        expect(statements(reference(json))).toEqual(statements(reference(json)));
      }),
      RUNS,
    );
  });

  test('the order of events in the input does not change the result', () => {
    fc.assert(
      fc.property(
        fuzzScenarioJsonArb().chain((json) =>
          fc
            .shuffledSubarray(json.events as Json[], { minLength: (json.events as Json[]).length })
            .map((events) => ({ json, events })),
        ),
        ({ json, events }) => {
          expect(statements(reference({ ...json, events }))).toEqual(statements(reference(json)));
        },
      ),
      RUNS,
    );
  });

  test('when every event is entered in time (by the first day of its month) there are no adjustment lines', () => {
    fc.assert(
      fc.property(fuzzScenarioJsonArb(), (json) => {
        for (const { statement } of reference(onTime(json)).pays) {
          expect(statement.lines.filter((l) => l.code === 'RETRO_ADJUSTMENT' || l.code === 'RECOVERY')).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  test('entering events late moves money between pays but not the total earned', () => {
    // Pays run until well after the last entry (corrections and recoveries land in range); no termination,
    // whose overpayment has no later pay to be recovered from.
    const arb = fuzzScenarioJsonArb()
      .map((json) => {
        const events = (json.events as Json[]).filter((e) => e.kind !== 'termination');
        const lastEntry = events.reduce((m, e) => (e.entered > m ? e.entered : m), json.payRuns.to);
        const to = paydayOnOrAfter(addDays(lastEntry, 70));
        // From the first pay any event touches (from the first day of its month: allowance.bilingualism-monthly),
        // so that no correction falls on a pay before the range.
        const from = events.reduce((m, e) => {
          const p = paydayForPeriod(periodContaining(`${effectiveDateOf(e as HrEvent).slice(0, 7)}-01`));
          return p < m ? p : m;
        }, json.payRuns.from);
        return { ...json, events, payRuns: { from, to } };
      })
      .filter((json) => json.payRuns.to <= FUZZ_LAST_PAYDAY);
    fc.assert(
      fc.property(arb, (json) => {
        const late = reference(json, true);
        fc.pre(late.notes.length === 0);
        expect(earningsTotal(late).toString()).toBe(earningsTotal(reference(onTime(json), true)).toString());
      }),
      RUNS,
    );
  });

  test('net equals gross minus every deduction, and gross the sum of earnings, on every statement', () => {
    fc.assert(
      fc.property(fuzzScenarioJsonArb(), (json) => {
        for (const { statement: s } of reference(json).pays) {
          const earnings = Money.sum(s.lines.filter((l) => isEarning(l.code)).map((l) => l.amount));
          const deductions = Money.sum(s.lines.filter((l) => !isEarning(l.code)).map((l) => l.amount));
          expect(s.gross.toString()).toBe(earnings.toString());
          expect(s.net.toString()).toBe(s.gross.minus(deductions).toString());
        }
      }),
      RUNS,
    );
  });

  test("CPP, CPP2 and EI withheld in a year never exceed the year's maxima", () => {
    const yearArb = fuzzScenarioJsonArb().map((json) => ({
      ...json,
      payRuns: { from: '2026-01-14', to: '2026-12-30' },
    }));
    fc.assert(
      fc.property(yearArb, (json) => {
        const e = editionFor('2026-12-30');
        const sums = new Map<string, Money>();
        for (const { statement } of reference(json).pays)
          for (const l of statement.lines) sums.set(l.code, (sums.get(l.code) ?? Money.ZERO).plus(l.amount));
        const at = (code: string) => (sums.get(code) ?? Money.ZERO).toDecimal();
        expect(at('CPP').lte(e.cpp.max)).toBe(true);
        expect(at('QPP').lte(e.qpp.max)).toBe(true);
        expect(at('CPP2').plus(at('QPP2')).lte(e.cpp.max2)).toBe(true);
        expect(at('EI').lte(e.ei.max)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
