/**
 * Reference engine throughput: employee-pay-periods per second on one core, for a year of
 * biweekly pay (2026, 26 paydays) with typical events: a step increment, a late acting
 * assignment, overtime, a bilingualism bonus, a late LWOP, and a retroactive revision reaching
 * into 2025 for some employees. Build with `npm run build`, run with `npm run bench:engine`.
 */
import { runReference } from '../src/domain/reference/engine';
import { parseScenarioOrThrow, type Scenario } from '../src/domain/scenario';

const LEVELS: Array<[string, number]> = [
  ['AS-01', 4],
  ['AS-02', 3],
  ['AS-03', 3],
  ['CR-04', 4],
  ['AS-05', 3],
  ['AS-07', 5],
];

function scenario(i: number): Scenario {
  const [classification, steps] = LEVELS[i % LEVELS.length];
  const step = 1 + (i % (steps - 1));
  const events: unknown[] = [
    { id: 'inc', kind: 'stepIncrement', effective: '2026-04-06', newStep: step + 1, entered: '2026-03-20' },
    {
      id: 'ot1',
      kind: 'overtime',
      date: '2026-02-07',
      hours: String(3 + (i % 6)),
      dayType: 'firstDayOfRest',
      entered: '2026-02-09',
    },
    { id: 'ot2', kind: 'overtime', date: '2026-09-15', hours: '2.5', dayType: 'workday', entered: '2026-10-20' },
    { id: 'bb', kind: 'allowance', allowance: 'bilingualism', start: '2026-05-04', entered: '2026-05-01' },
    { id: 'lwop', kind: 'leaveWithoutPay', start: '2026-08-10', end: '2026-08-14', entered: '2026-09-01' },
  ];
  if (i % 3 === 0)
    events.push({
      id: 'acting',
      kind: 'acting',
      start: '2026-06-01',
      end: '2026-07-31',
      entered: '2026-06-25',
      classification: 'AS-07',
      step: 1,
    });
  if (i % 4 === 0)
    events.push({
      id: 'rev',
      kind: 'rateRevision',
      effective: '2025-06-21',
      signed: '2026-03-01',
      entered: '2026-03-15',
      appliesTo: 'PA',
      percent: '2',
    });
  return parseScenarioOrThrow({
    id: `bench-${i}`,
    title: 'bench',
    employee: {
      id: `E-${i}`,
      province: i % 10 === 0 ? 'QC' : 'ON',
      td1: { federal: { code: 1 }, provincial: { code: 1 } },
      pensionGroup: i % 2 ? 'PSSA-2' : 'PSSA-1',
      unionDues: '25.00',
      classification,
      step,
    },
    events,
    payRuns: { from: '2026-01-14', to: '2026-12-30' },
  });
}

function measure(label: string, trace: boolean, scenarios: Scenario[], seconds: number): void {
  let periods = 0;
  let n = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  while (process.hrtime.bigint() - start < budget) {
    periods += runReference(scenarios[n % scenarios.length], { trace }).pays.length;
    n += 1;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `${label}: ${Math.round(periods / elapsed).toLocaleString('en-CA')} employee-pay-periods/s (${n} scenario-years in ${elapsed.toFixed(1)} s)`,
  );
}

const scenarios = Array.from({ length: 24 }, (_, i) => scenario(i));
for (let i = 0; i < 24; i += 1) runReference(scenarios[i]); // warm-up
measure('reference engine, trace off', false, scenarios, Number(process.env.BENCH_SECONDS ?? 5));
measure('reference engine, trace on ', true, scenarios, Number(process.env.BENCH_SECONDS ?? 5));
