import { parseScenarioOrThrow, Scenario } from '../../../src/domain/scenario';

/**
 * The scenarios the contract suite pays. They test the PROTOCOL, not the pay: several
 * employees share one profile id (so an answer keyed by the wrong id shows), one run spans a
 * 27-payday year into a 26-payday year, and one event is entered after the last cut-off.
 */
const employee = (patch: object = {}) => ({
  id: 'E-1001',
  province: 'ON',
  td1: { federal: { code: 1 }, provincial: { code: 1 } },
  pensionGroup: 'PSSA-2',
  unionDues: '28.50',
  ...patch,
});

export function contractScenarios(): Scenario[] {
  return [
    {
      id: 'contract-hire-on',
      title: 'AS-02 step 1 hired 2026-01-05 in Ontario, two pays',
      employee: employee(),
      events: [
        { id: 'hire', kind: 'hire', effective: '2026-01-05', entered: '2025-12-15', classification: 'AS-02', step: 1 },
      ],
      payRuns: { from: '2026-01-28', to: '2026-02-11' },
    },
    {
      id: 'contract-year-end-bc',
      title: 'CR-04 step 2 in British Columbia across the 2025/2026 year end',
      employee: employee({
        province: 'BC',
        pensionGroup: 'PSSA-1',
        classification: 'CR-04',
        step: 2,
        unionDues: '0.00',
      }),
      payRuns: { from: '2025-12-17', to: '2026-01-14' },
    },
    {
      id: 'contract-late-td1',
      title: 'AS-01 step 3 with a TD1 change entered after the last cut-off',
      employee: employee({ classification: 'AS-01', step: 3 }),
      events: [
        {
          id: 'td1',
          kind: 'td1Change',
          effective: '2026-01-15',
          entered: '2026-02-20',
          federal: { amount: '16452.00' },
        },
      ],
      payRuns: { from: '2026-01-28', to: '2026-02-11' },
    },
  ].map(parseScenarioOrThrow);
}
