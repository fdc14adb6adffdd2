import fc from 'fast-check';
import { fuzzScenarioArb } from '../../fixtures/arbitraries';
import { payRunSeeing, paydayForPeriod, periodContaining } from '../../../src/domain/calendar';
import { Money } from '../../../src/domain/money';
import { runReference } from '../../../src/domain/reference/engine';
import { parseScenarioOrThrow, type Scenario, type Statement } from '../../../src/domain/scenario';
import { higherSalary, lateEntryPair, splitOvertime } from '../../../src/fuzz/relation-variants';
import { relationPlans } from '../../../src/fuzz/relations';

const base = {
  id: 's',
  title: 't',
  employee: {
    id: 'E',
    province: 'ON',
    td1: { federal: { code: 1 }, provincial: { code: 1 } },
    pensionGroup: 'PSSA-2',
    classification: 'AS-02',
    step: 1,
  },
  payRuns: { from: '2026-02-11', to: '2026-04-08' },
};
const scenario = (events: unknown[], extra: object = {}): Scenario =>
  parseScenarioOrThrow({ ...base, ...extra, events });
const overtime = {
  id: 'ot',
  kind: 'overtime',
  date: '2026-02-03',
  hours: '7.5',
  dayType: 'workday',
  entered: '2026-02-03',
};
const statements = (s: Scenario) => runReference(s).pays.map((p) => p.statement);
const answers = (list: Scenario[], tamper: (s: Scenario, st: Statement[]) => Statement[] = (_s, st) => st) =>
  new Map(list.map((s) => [s.id, tamper(s, statements(s))]));

describe('relation variants', () => {
  it('splits the first overtime entry in two entries on the same day that add up to it', () => {
    const split = splitOvertime(scenario([overtime]))!;
    expect(split.events.map((e) => (e.kind === 'overtime' ? [e.id, e.date, e.hours.toString()] : []))).toEqual([
      ['ot-a', '2026-02-03', '3.75'],
      ['ot-b', '2026-02-03', '3.75'],
    ]);
    expect(splitOvertime(scenario([]))).toBeUndefined();
  });

  it('enters the event late: after the cut-off of the run paying it, so the next run sees it', () => {
    const pair = lateEntryPair(scenario([overtime]))!;
    const paying = paydayForPeriod(periodContaining('2026-02-03'));
    const late = pair.late.events[0].entered;
    expect(pair.onTime.events[0].entered).toBe('2026-02-03');
    expect(payRunSeeing(late).payday > paying).toBe(true);
    expect(pair.paydays[0]).toBe('2026-02-11');
    expect(
      lateEntryPair(
        scenario([overtime, { id: 'end', kind: 'termination', lastDay: '2026-03-20', entered: '2026-03-01' }]),
      ),
    ).toBeUndefined();
  });

  it('raises the salary one step, or by 5,000 for an annual rate; not past the top step', () => {
    expect(higherSalary(scenario([]))!.employee.position).toEqual({ kind: 'table', classification: 'AS-02', step: 2 });
    const annual = higherSalary(
      parseScenarioOrThrow({
        ...base,
        employee: { ...base.employee, classification: 'EC-05', step: undefined, annualRate: '100000' },
        events: [],
      }),
    );
    expect(annual!.employee.position).toMatchObject({ kind: 'annual', classification: 'EC-05' });
    expect(
      higherSalary(parseScenarioOrThrow({ ...base, employee: { ...base.employee, step: 3 }, events: [] })),
    ).toBeUndefined();
  });
});

describe('relations', () => {
  it('the reference keeps every relation on generated scenarios', () => {
    fc.assert(
      fc.property(fuzzScenarioArb(), (s) => {
        for (const plan of relationPlans(s)) expect(plan.judge(answers(plan.variants), statements(s))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('a supplier paying split overtime a cent more breaks split-overtime, naming the line', () => {
    const s = scenario([overtime]);
    const [plan] = relationPlans(s);
    const cent = Money.of('0.01');
    const paysOvertime = (x: Statement) => x.lines.some((l) => l.code === 'OVERTIME');
    const bump = (v: Scenario, st: Statement[]) =>
      v.id !== 's.split'
        ? st
        : st.map((x) =>
            !paysOvertime(x)
              ? x
              : {
                  ...x,
                  gross: x.gross.plus(cent),
                  lines: x.lines.map((l) => (l.code === 'OVERTIME' ? { ...l, amount: l.amount.plus(cent) } : l)),
                },
          );
    const breaks = plan.judge(answers(plan.variants, bump), statements(s));
    expect(breaks).toEqual([expect.objectContaining({ relation: 'split-overtime', detail: 'OVERTIME' })]);
  });

  it('a supplier that never pays late-entered overtime breaks late-entry', () => {
    const s = scenario([overtime]);
    const plan = relationPlans(s).find((p) => p.variants.some((v) => v.id === 's.late'))!;
    const drop = (v: Scenario, st: Statement[]) =>
      v.id !== 's.late'
        ? st
        : st.map((x) => ({
            ...x,
            gross: x.gross.minus(Money.sum(x.lines.filter((l) => l.code === 'RETRO_ADJUSTMENT').map((l) => l.amount))),
          }));
    expect(plan.judge(answers(plan.variants, drop), statements(s))).toEqual([
      expect.objectContaining({ relation: 'late-entry', detail: 'overtime:less' }),
    ]);
  });
});
