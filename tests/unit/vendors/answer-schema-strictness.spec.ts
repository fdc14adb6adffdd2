import { statementJson } from '../../../src/domain/scenario/statement';
import { employeeResultJson } from '../../../src/vendors/protocol/response.schema';

/**
 * read-statements.ts checks a supplier's statement with the response schema only, not with the
 * statement schema again (issue 13). That is right only while the response schema refuses
 * everything the statement schema refuses: each change below breaks one field of a valid
 * statement, and both schemas must refuse it.
 */
const valid = {
  employeeId: 'E-1',
  payday: '2026-01-28',
  periodStart: '2026-01-01',
  periodEnd: '2026-01-14',
  lines: [
    {
      code: 'REGULAR',
      amount: '2639.11',
      hours: '75',
      rate: '35.1881',
      description: 'Regular pay',
    },
    {
      code: 'RETRO_ADJUSTMENT',
      forPeriod: { start: '2025-12-04', end: '2025-12-17' },
      amount: '-10.50',
      description: 'Retro',
    },
  ],
  gross: '2628.61',
  net: '2628.61',
};

type Statement = typeof valid;
const line0 = (s: Statement, patch: Record<string, unknown>) => ({
  ...s,
  lines: [{ ...s.lines[0], ...patch }, s.lines[1]],
});
const line1 = (s: Statement, patch: Record<string, unknown>) => ({
  ...s,
  lines: [s.lines[0], { ...s.lines[1], ...patch }],
});

const BROKEN: Array<[string, (s: Statement) => unknown]> = [
  ['no employee id', ({ employeeId: _, ...s }) => s],
  ['employee id blank', (s) => ({ ...s, employeeId: '' })],
  ['payday not a date', (s) => ({ ...s, payday: '2026-02-30' })],
  ['period start a number', (s) => ({ ...s, periodStart: 20260101 })],
  ['period end missing', ({ periodEnd: _, ...s }) => s],
  ['an unknown field', (s) => ({ ...s, extra: 1 })],
  ['lines not a list', (s) => ({ ...s, lines: {} })],
  ['gross a number', (s) => ({ ...s, gross: 2628.61 })],
  ['net with three decimals', (s) => ({ ...s, net: '1.234' })],
  ['net with a thousands separator', (s) => ({ ...s, net: '2,628.61' })],
  ['amount an exponent', (s) => line0(s, { amount: '1e3' })],
  ['amount blank', (s) => line0(s, { amount: '' })],
  ['hours not a number', (s) => line0(s, { hours: 'seven' })],
  ['rate negative', (s) => line0(s, { rate: '-1' })],
  ['description blank', (s) => line0(s, { description: '   ' })],
  ['description missing', (s) => line0(s, { description: undefined })],
  ['a line field unknown', (s) => line0(s, { note: 'x' })],
  ['period end not a date', (s) => line1(s, { forPeriod: { start: '2025-12-04', end: '2025-13-01' } })],
  ['period without its end', (s) => line1(s, { forPeriod: { start: '2025-12-04' } })],
];

const asAnswer = (statement: unknown) => ({ employeeId: 'E-1', status: 'ok', statements: [statement] });

describe("a supplier's statement: the response schema is at least as strict as the statement schema", () => {
  it('accepts the valid statement both ways', () => {
    expect(statementJson.safeParse(valid).success).toBe(true);
    expect(employeeResultJson.safeParse(asAnswer(valid)).success).toBe(true);
  });

  it.each(BROKEN)('%s: refused by both', (_, breakIt) => {
    const broken = breakIt(valid);
    expect(statementJson.safeParse(broken).success).toBe(false);
    expect(employeeResultJson.safeParse(asAnswer(broken)).success).toBe(false);
  });
});
