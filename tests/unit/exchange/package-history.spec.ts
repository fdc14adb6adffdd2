import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { payRunFor } from '../../../src/domain/calendar';
import { parseScenarioOrThrow } from '../../../src/domain/scenario';
import { planPackage } from '../../../src/exchange/outbound/package-plan';

/**
 * An exchange package sends each pay run alone; its `history` must then hold every run before
 * it (docs/vendor-protocol.md, section 3, rule 5, and section 9), and "new since the previous
 * cut-off" must use the pay calendar's payday before, which a holiday can move
 * (calendar.payday-holiday-previous-business-day: the pay of 2025-01-01 is made on 2024-12-31).
 */
const example = JSON.parse(readFileSync(path.resolve(__dirname, '../../../docs/exchange/scenario.json'), 'utf8'));
const capabilities = { provinces: ['ON' as const], eventKinds: ['acting' as const], payYears: [2025, 2026] };

it('gives each pay run every earlier run as history, from the first the reference works out', () => {
  const plan = planPackage({ vendorId: 'acme', scenarios: [parseScenarioOrThrow(example)], capabilities });
  expect(plan.paydays).toEqual(['2026-03-25', '2026-04-08']);
  const history = (payday: string) =>
    plan.view(payday).request.employees[0].history.payRuns.map((r: { payday: string }) => r.payday);
  const before = ['2026-01-14', '2026-01-28', '2026-02-11', '2026-02-25', '2026-03-11'];
  expect(history('2026-03-25')).toEqual(before);
  expect(history('2026-04-08')).toEqual([...before, '2026-03-25']);
  expect(plan.view('2026-04-08').request.employees[0].history.deductionsFrom).toBe('2026-01-14');
});

it('takes the previous cut-off from the payday before on the calendar, across a moved payday', () => {
  const scenario = parseScenarioOrThrow({ ...example, events: [], payRuns: { from: '2025-01-15', to: '2025-01-29' } });
  const plan = planPackage({ vendorId: 'acme', scenarios: [scenario], capabilities });
  expect(plan.view('2025-01-15').previousCutoff).toBe(payRunFor('2024-12-31').cutoff);
  expect(plan.view('2025-01-29').previousCutoff).toBe(payRunFor('2025-01-15').cutoff);
});
