import { describeRequest, payRunRequest, payRunRequestJson, vendorRequestJson } from '../../../src/vendors/protocol';
import { exampleJson, exampleScenario } from './helpers';

describe('building requests from scenarios', () => {
  const late = {
    id: 'late-td1',
    kind: 'td1Change',
    effective: '2026-01-15',
    entered: '2026-03-02',
    federal: { amount: '16452.00' },
  };
  const scenario = exampleScenario({ id: 'as02-late-td1', events: [late, ...exampleJson('scenario.json').events] });

  it('a describe request is the envelope and nothing else', () => {
    expect(describeRequest('acme-1')).toEqual({ protocol: 'payproof-vendor/1', type: 'describe', requestId: 'acme-1' });
    expect(vendorRequestJson.safeParse(describeRequest('acme-1')).success).toBe(true);
  });

  it('answers are keyed by the scenario id; the profile carries the same id, not its own', () => {
    const request = payRunRequest({ requestId: 'r1', scenarios: [scenario] });
    expect(request.employees.map((e) => [e.id, e.profile.id])).toEqual([['as02-late-td1', 'as02-late-td1']]);
    expect(scenario.employee.id).toBe('E-1001');
  });

  it('sends every event, also one entered after the last cut-off, in canonical order with `entered`', () => {
    const [employee] = payRunRequest({ requestId: 'r1', scenarios: [scenario] }).employees;
    expect(employee.events.map((e) => [e.id, e.entered])).toEqual([
      ['hire', '2025-12-15'],
      ['late-td1', '2026-03-02'],
    ]);
    expect(employee.payRuns.at(-1)!.cutoff).toBe('2026-02-04');
  });

  it('lists every payday from payRuns.from to payRuns.to with its period, cut-off and P', () => {
    const longer = exampleScenario({ id: 'year-end', payRuns: { from: '2025-12-17', to: '2026-01-14' } });
    const [employee] = payRunRequest({ requestId: 'r1', scenarios: [longer] }).employees;
    expect(employee.payRuns).toEqual([
      {
        payday: '2025-12-17',
        periodStart: '2025-11-20',
        periodEnd: '2025-12-03',
        cutoff: '2025-12-10',
        periodsInYear: 26,
      },
      {
        payday: '2025-12-31',
        periodStart: '2025-12-04',
        periodEnd: '2025-12-17',
        cutoff: '2025-12-24',
        periodsInYear: 26,
      },
      {
        payday: '2026-01-14',
        periodStart: '2025-12-18',
        periodEnd: '2025-12-31',
        cutoff: '2026-01-07',
        periodsInYear: 26,
      },
    ]);
  });

  it('carries several employees, and validates against the strict request schema', () => {
    const request = payRunRequest({ requestId: 'batch-7', scenarios: [scenario, exampleScenario()] });
    expect(request.employees.map((e) => e.id)).toEqual(['as02-late-td1', 'as02-on-first-pays']);
    expect(payRunRequestJson.safeParse(request).error).toBeUndefined();
  });
});
