/**
 * A valid scenario with every event kind, in the JSON form a volunteer would upload.
 * The same example is in docs/scenario-format.md; the 2.5% revision is hypothetical (no
 * 2025 PA agreement was found), as its description says.
 */
export function fullScenarioJson(): Record<string, any> {
  return {
    id: 'as02-full-year-2026',
    title: 'AS-02 hired in January, acting entered late, LWOP and termination entered late',
    description:
      'One employee through 2026 with every kind of HR event. Both rate revisions are hypothetical (no PA agreement after June 20, 2025 was found).',
    family: 'late HR entries',
    tags: ['acting', 'late-entry', 'retro'],
    conventions: ['cutoff.pay-run-lock', 'calendar.working-day-mon-fri'],
    employee: {
      id: 'E-1001',
      province: 'ON',
      td1: { federal: { code: 1 }, provincial: { code: 1 } },
      pensionGroup: 'PSSA-2',
      weeklyHours: '37.5',
      unionDues: '28.50',
    },
    events: [
      {
        id: 'hire',
        kind: 'hire',
        effective: '2026-01-05',
        entered: '2025-12-15',
        classification: 'AS-02',
        step: 1,
        department: 'Statistics Canada',
      },
      { id: 'bilingual', kind: 'allowance', allowance: 'bilingualism', start: '2026-02-02', entered: '2026-02-02' },
      {
        id: 'acting-as04',
        kind: 'acting',
        start: '2026-03-02',
        end: '2026-05-29',
        classification: 'AS-04',
        step: 1,
        entered: '2026-03-25',
      },
      {
        id: 'ot-saturday',
        kind: 'overtime',
        date: '2026-03-07',
        hours: '7.5',
        dayType: 'firstDayOfRest',
        entered: '2026-03-10',
      },
      { id: 'ot-evening', kind: 'overtime', date: '2026-03-10', hours: '2', multiplier: '1.5', entered: '2026-03-11' },
      { id: 'step-2', kind: 'stepIncrement', effective: '2026-04-06', newStep: 2, entered: '2026-03-20' },
      {
        id: 'pa-2025-hypothetical',
        kind: 'rateRevision',
        effective: '2025-06-21',
        signed: '2026-05-15',
        entered: '2026-07-01',
        appliesTo: 'PA',
        percent: '2.5',
      },
      {
        id: 'as02-2026-table',
        kind: 'rateRevision',
        effective: '2026-06-21',
        signed: '2026-05-15',
        entered: '2026-07-01',
        appliesTo: 'AS-02',
        rates: [
          { classification: 'AS-02', step: 1, annualRate: '71600' },
          { classification: 'AS-02', step: 2, annualRate: '74320' },
          { classification: 'AS-02', step: 3, annualRate: '77140' },
        ],
      },
      { id: 'lwop-june', kind: 'leaveWithoutPay', start: '2026-06-15', end: '2026-06-19', entered: '2026-07-20' },
      {
        id: 'to-esdc',
        kind: 'transfer',
        effective: '2026-07-02',
        toDepartment: 'Employment and Social Development Canada',
        entered: '2026-06-25',
      },
      {
        id: 'td1-august',
        kind: 'td1Change',
        effective: '2026-08-01',
        federal: { amount: '16452.00' },
        entered: '2026-07-28',
      },
      { id: 'move-qc', kind: 'provinceChange', effective: '2026-09-01', province: 'QC', entered: '2026-09-15' },
      { id: 'leaves', kind: 'termination', lastDay: '2026-10-30', entered: '2026-11-20' },
    ],
    payRuns: { from: '2026-01-28', to: '2026-12-30' },
    expected: [
      {
        payday: '2026-01-28',
        code: 'REGULAR',
        amount: '2111.28',
        source: 'pay stub 2026-01-28 (illustrative)',
        description: '8 working days at 68,849 / 260.88',
      },
      { payday: '2026-02-11', code: 'REGULAR', amount: '2639.11', source: 'pay stub 2026-02-11 (illustrative)' },
    ],
  };
}
