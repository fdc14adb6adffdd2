import { compareStatements } from '../../../src/domain/checks/compare-statements';
import type { TraceStep } from '../../../src/domain/reference/trace';
import { statement } from './helpers';

const PAYDAY = '2026-01-28';
const REF = [
  statement(PAYDAY, [
    ['REGULAR', '2639.11'],
    ['CPP', '149.02'],
    ['UNION_DUES', '28.50'],
  ]),
];
const compare = (actual: ReturnType<typeof statement>[], expected = REF) =>
  compareStatements({ scenarioId: 'S1', expected: expected.map((s) => ({ statement: s })), actual });

describe('compareStatements: line by line, by code and period', () => {
  it('finds nothing when the supplier sends the reference statements, and counts every line as matched', () => {
    const c = compare(REF);
    expect(c.findings).toEqual([]);
    expect(c.lines).toEqual({ total: 3, matched: 3 });
  });

  it('reports a different line with its difference, direction and the reference trace of that line', () => {
    const trace: TraceStep[] = [
      { step: 'C', label: 'CPP contribution', value: '149.02', citation: 'T4127 Jan 2026, ch. 6, C' },
    ];
    const c = compareStatements({
      scenarioId: 'S1',
      expected: [{ statement: REF[0], lineTraces: [[], trace, []] }],
      actual: [
        statement(PAYDAY, [
          ['REGULAR', '2639.11'],
          ['CPP', '150.02'],
          ['UNION_DUES', '28.50'],
        ]),
      ],
    });
    const cpp = c.findings.find((f) => f.code === 'CPP');
    expect(cpp).toMatchObject({
      kind: 'different',
      expected: expect.anything(),
      direction: 'under',
      severity: 'medium',
      trace,
    });
    expect(cpp!.difference.toString()).toBe('1.00');
    expect(cpp!.netEffect.toString()).toBe('-1.00');
    expect(cpp!.message).toBe('CPP on 2026-01-28: supplier withheld 150.02, reference 149.02 (1.00 more)');
    // The over-withheld CPP lowers net by 1.00: one net finding carries the harm.
    const net = c.findings.find((f) => f.kind === 'net');
    expect(net!.difference.toString()).toBe('-1.00');
    expect(c.lines).toEqual({ total: 3, matched: 2 });
  });

  it('names a line the supplier left out as missing and one it added as unexpected', () => {
    const c = compare([
      statement(PAYDAY, [
        ['REGULAR', '2639.11'],
        ['CPP', '149.02'],
        ['PENSION', '211.13'],
      ]),
    ]);
    const kinds = c.findings.filter((f) => f.code !== null).map((f) => [f.kind, f.code, f.difference.toString()]);
    expect(kinds).toEqual([
      ['unexpected', 'PENSION', '211.13'],
      ['missing', 'UNION_DUES', '-28.50'],
    ]);
    expect(c.findings.find((f) => f.code === 'UNION_DUES')!.direction).toBe('over');
  });

  it('keeps a retro line for another period apart from the current period line of the same code', () => {
    const period = { start: '2025-12-04', end: '2025-12-17' };
    const expected = [
      statement(PAYDAY, [
        ['REGULAR', '2639.11'],
        ['RETRO_ADJUSTMENT', '120.00', period],
      ]),
    ];
    const actual = [
      statement(PAYDAY, [
        ['REGULAR', '2639.11'],
        ['RETRO_ADJUSTMENT', '100.00', period],
      ]),
    ];
    const retro = compare(actual, expected).findings.find((f) => f.code === 'RETRO_ADJUSTMENT');
    expect(retro).toMatchObject({ kind: 'different', forPeriod: period, direction: 'under' });
    expect(retro!.difference.toString()).toBe('-20.00');
  });

  it('a payday the reference pays and the supplier has no statement for is a missed pay of the whole net', () => {
    const c = compare([]);
    expect(c.findings).toHaveLength(1);
    expect(c.findings[0]).toMatchObject({ kind: 'missed-pay', severity: 'high', direction: 'under', code: null });
    expect(c.findings[0].netEffect.toString()).toBe('-2461.59');
    expect(c.lines).toEqual({ total: 3, matched: 0 });
  });

  it('a reference pay of nothing (no lines, net 0.00) that the supplier leaves out is not a missed pay', () => {
    const c = compare([], [statement(PAYDAY, [])]);
    expect(c.findings).toEqual([]);
    expect(c.lines).toEqual({ total: 0, matched: 0 });
  });

  it('a supplier statement on a payday the reference does not pay is an unexpected pay', () => {
    const c = compare([...REF, statement('2026-02-11', [['REGULAR', '100.00']])]);
    expect(c.findings).toHaveLength(1);
    expect(c.findings[0]).toMatchObject({ kind: 'unexpected-pay', payday: '2026-02-11', direction: 'over' });
  });

  it('sums lines sharing a code and period, and says so', () => {
    const c = compare([
      statement(PAYDAY, [
        ['REGULAR', '2000.00'],
        ['REGULAR', '639.11'],
        ['CPP', '149.02'],
        ['UNION_DUES', '28.50'],
      ]),
    ]);
    expect(c.findings).toEqual([]);
    expect(c.notes.join('\n')).toMatch(/2 supplier and 1 reference REGULAR line\(s\).*compared as sums/);
  });
});
