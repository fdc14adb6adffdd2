import { Money } from '../../../src/domain/money';
import {
  LINE_CODES,
  LINE_CODE_LIST,
  isEarning,
  lineNature,
  parseStatement,
  parseStatementOrThrow,
  parseStatementText,
  statementToJson,
} from '../../../src/domain/scenario';

function statementJson(): Record<string, any> {
  return {
    employeeId: 'E-1001',
    payday: '2026-04-08',
    periodStart: '2026-03-12',
    periodEnd: '2026-03-25',
    lines: [
      { code: 'REGULAR', amount: '2639.11', description: 'Regular pay AS-02 step 1' },
      {
        code: 'ACTING',
        forPeriod: { start: '2026-03-12', end: '2026-03-25' },
        amount: '450.07',
        description: 'Acting AS-04',
      },
      {
        code: 'RETRO_ADJUSTMENT',
        forPeriod: { start: '2026-02-26', end: '2026-03-11' },
        amount: '450.07',
        description: 'Acting AS-04, late entry',
      },
      { code: 'OVERTIME', amount: '296.14', hours: '7.5', rate: '39.4852', description: 'Overtime 1.5x' },
      { code: 'LWOP', amount: '-263.91', hours: '-7.5', description: 'Leave without pay' },
      { code: 'FEDERAL_TAX', amount: '410.22', description: 'Federal tax' },
    ],
    gross: '3571.48',
    net: '3161.26',
  };
}

describe('statement line codes', () => {
  it('lists earnings first, then deductions, each documented', () => {
    expect(LINE_CODE_LIST).toEqual([
      'REGULAR',
      'ACTING',
      'OVERTIME',
      'ALLOWANCE_BILINGUALISM',
      'LWOP',
      'RETRO_ADJUSTMENT',
      'RECOVERY',
      'CPP',
      'CPP2',
      'EI',
      'QPP',
      'QPP2',
      'QPIP',
      'FEDERAL_TAX',
      'PROVINCIAL_TAX',
      'PENSION',
      'DISABILITY_INSURANCE',
      'DEATH_BENEFIT',
      'UNION_DUES',
    ]);
    expect(LINE_CODE_LIST.filter(isEarning)).toEqual([
      'REGULAR',
      'ACTING',
      'OVERTIME',
      'ALLOWANCE_BILINGUALISM',
      'LWOP',
      'RETRO_ADJUSTMENT',
    ]);
    expect(lineNature('RECOVERY')).toBe('deduction');
    for (const code of LINE_CODE_LIST) expect(LINE_CODES[code].description.length).toBeGreaterThan(10);
  });
});

describe('parseStatement', () => {
  it('parses money, hours and rates exactly, and drops a forPeriod equal to the current period', () => {
    const r = parseStatement(statementJson());
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const s = r.value;
    expect(s.gross.eq(Money.of('3571.48'))).toBe(true);
    expect(s.lines[1].forPeriod).toBeUndefined();
    expect(s.lines[2].forPeriod).toEqual({ start: '2026-02-26', end: '2026-03-11' });
    expect(s.lines[3].rate?.toString()).toBe('39.4852');
    expect(s.lines[4].amount.toString()).toBe('-263.91');
  });

  it('round-trips through its JSON form with money as two-decimal text', () => {
    const json = statementJson();
    json.lines[0].amount = '2639.1';
    const s = parseStatementOrThrow(json);
    const wire = JSON.parse(JSON.stringify(statementToJson(s)));
    expect(wire.lines[0].amount).toBe('2639.10');
    expect(parseStatementOrThrow(wire)).toEqual(s);
  });

  it.each<[string, (s: Record<string, any>) => void, string[]]>([
    [
      'an unknown code',
      (s) => {
        s.lines[0].code = 'BONUS';
      },
      [expect.stringMatching(/^lines\[0\]\.code: BONUS is not a pay line code \(expected one of REGULAR, /)] as never,
    ],
    [
      'money as a number',
      (s) => {
        s.net = 3161.26;
      },
      ['net: found the number 3161.26, expected an amount of money written as text, e.g. "-12.34"'],
    ],
    [
      'a period that ends before it starts',
      (s) => {
        s.periodEnd = '2026-03-01';
      },
      ['periodEnd: 2026-03-01 is before periodStart 2026-03-12 (expected a date on or after 2026-03-12)'],
    ],
    [
      'a retro period that ends before it starts',
      (s) => {
        s.lines[2].forPeriod.end = '2026-02-01';
      },
      ['lines[2].forPeriod.end: 2026-02-01 is before start 2026-02-26 (expected a date on or after 2026-02-26)'],
    ],
    [
      'a missing description',
      (s) => {
        delete s.lines[5].description;
      },
      ['lines[5].description: missing (expected a description, e.g. "Regular pay")'],
    ],
    [
      'an impossible payday',
      (s) => {
        s.payday = '2026-04-31';
      },
      ['payday: 2026-04-31 is not a date: April 2026 has only 30 days'],
    ],
  ])('refuses %s', (_name, change, expected) => {
    const json = statementJson();
    change(json);
    const r = parseStatement(json);
    expect(r.ok ? [] : r.errors).toEqual(expected);
  });

  it('leaves arithmetic to the checks: a wrong net is a finding, not a parse error', () => {
    expect(parseStatement({ ...statementJson(), net: '1.00' }).ok).toBe(true);
  });

  it('names the root and reads JSON text', () => {
    expect(parseStatement(null)).toEqual({
      ok: false,
      errors: ['statement: found null, expected an object ({ … })'],
      errorsFr: ['statement : trouvé null, attendu : un objet ({ … })'],
    });
    expect(parseStatementText(JSON.stringify(statementJson())).ok).toBe(true);
  });
});
