import { amounts, pay, run, sumOf } from './helpers';

/**
 * The worked cases of issue 3, with the arithmetic written out. Rules: docs/reference-engine.md.
 * Daily rate = annual / 260.88; biweekly = annual / 26.088; hourly = annual / 1956.6; half-up to the cent per line.
 */
describe('worked cases of the reference engine', () => {
  test('a new hire starting on the 7th working day of a period is paid for the days worked', () => {
    // Period 2026-01-15 (Thu) .. 2026-01-28 (Wed), paid 2026-02-11. Working days: Jan 15, 16, 19, 20, 21, 22, 23 (7th), 26, 27, 28.
    // Hired Friday Jan 23 at AS-01 step 1 (61,786): 4 working days (23, 26, 27, 28) × 61,786 / 260.88 = 947.347… → 947.35.
    const r = run({
      employee: { classification: undefined, step: undefined },
      events: [
        { id: 'hire', kind: 'hire', effective: '2026-01-23', entered: '2026-01-10', classification: 'AS-01', step: 1 },
      ],
      from: '2026-01-28',
      to: '2026-02-25',
    });
    expect(pay(r, '2026-01-28').lines).toEqual([]);
    expect(amounts(pay(r, '2026-02-11')).REGULAR).toBe('947.35');
    // The next period is full: 61,786 / 26.088 = 2,368.369… → 2,368.37.
    expect(amounts(pay(r, '2026-02-25')).REGULAR).toBe('2368.37');
  });

  test('an acting assignment entered four weeks after it began arrives as acting pay plus a retroactive line', () => {
    // AS-02 step 1 (68,849) acting AS-04 from Monday 2026-03-02, entered 2026-03-30.
    // Placement: 68,849 + AS-04's lowest increment (83,675 − 80,612 = 3,063) = 71,912 → lowest AS-04 step ≥ it: 80,612.
    // Acting pay per working day = (80,612 − 68,849) / 260.88 = 11,763 / 260.88.
    const r = run({
      events: [
        {
          id: 'acting',
          kind: 'acting',
          start: '2026-03-02',
          end: '2026-05-29',
          entered: '2026-03-30',
          classification: 'AS-04',
          step: 1,
        },
      ],
      from: '2026-03-25',
      to: '2026-04-22',
    });
    // The run of 2026-03-25 (cut-off 03-18) does not see it: no acting at all.
    expect(amounts(pay(r, '2026-03-25')).ACTING).toBeUndefined();
    // The run of 2026-04-08 (cut-off 04-01) sees it: its own period 03-12..03-25 has 10 acting days: 117,630 / 260.88 = 450.896… → 450.90;
    // and the period 02-26..03-11 paid on 03-25 gets 8 acting days (Mar 2–6, 9–11): 94,104 / 260.88 = 360.717… → 360.72.
    expect(amounts(pay(r, '2026-04-08'))).toMatchObject({
      REGULAR: '2639.11',
      ACTING: '450.90',
      'RETRO_ADJUSTMENT@2026-02-26': '360.72',
    });
    expect(Object.keys(amounts(pay(r, '2026-04-22'))).some((k) => k.startsWith('RETRO'))).toBe(false);
  });

  test('a rate revision signed in 2026 and effective 2025-06-21 pays retroactive lines across the year end, taxed as non-periodic pay', () => {
    // AS-01 step 1: 61,786 × 1.025 = 63,330.65 → 63,331 (rounded to the dollar, as the PA rate chains are).
    const r = run(
      {
        employee: { classification: 'AS-01', step: 1 },
        events: [
          {
            id: 'pa-2025',
            kind: 'rateRevision',
            effective: '2025-06-21',
            signed: '2026-01-20',
            entered: '2026-02-02',
            appliesTo: 'PA',
            percent: '2.5',
          },
        ],
        from: '2026-01-28',
        to: '2026-02-25',
      },
      true,
    );
    const seen = pay(r, '2026-02-11');
    const retro = seen.lines.filter((l) => l.code === 'RETRO_ADJUSTMENT');
    // Every period paid before 2026-02-11 from the one holding June 21 (2025-06-19..07-02) to 2026-01-01..01-14 is corrected:
    // 15 periods. The period 2026-01-15..01-28 is the current one of the 2026-02-11 run.
    expect(retro[0].forPeriod).toEqual({ start: '2025-06-19', end: '2025-07-02' });
    expect(retro[retro.length - 1].forPeriod).toEqual({ start: '2026-01-01', end: '2026-01-14' });
    expect(retro).toHaveLength(15);
    // A full period: 63,331 / 26.088 = 2,427.59 minus 61,786 / 26.088 = 2,368.37 → 59.22.
    expect(retro[1].amount.toString()).toBe('59.22');
    // The first period: June 19–20 at the old rate, 8 days from Monday June 23 at the new: 8 × 1,545 / 260.88 = 47.378… → 47.38.
    expect(retro[0].amount.toString()).toBe('47.38');
    // The current period is paid at the new rate.
    expect(amounts(seen).REGULAR).toBe('2427.59');
    // Tax on it uses the non-periodic (bonus) method in the payday's year (2026).
    const taxTrace = r.pays.find((p) => p.statement.payday === '2026-02-11')!;
    const i = seen.lines.findIndex((l) => l.code === 'FEDERAL_TAX');
    expect(taxTrace.lineTraces![i].some((s) => s.step === 'TB' && s.citation.includes('non-periodic'))).toBe(true);
    expect(taxTrace.lineTraces![i].some((s) => s.step === 'edition' && s.value === 'T4127-2026-01')).toBe(true);
    // CPP on the pay: 0.0595 × (2,427.59 + retro total − 134.61), under the 2026 maximum.
    const retroTotal = retro.reduce((s, l) => s + Number(l.amount.toCents()), 0) / 100;
    expect(amounts(seen).CPP).toBe((Math.round(0.0595 * (2427.59 + retroTotal - 134.61) * 100) / 100).toFixed(2));
  });

  test('leave without pay entered after the pay is an overpayment, recovered after three correct pays', () => {
    // AS-02 step 1, LWOP Mon 2026-03-02 .. Fri 03-06 entered 2026-03-30. The period 02-26..03-11 was paid in full on 03-25.
    // Overpaid: 5 × 68,849 / 260.88 = 1,319.553… → 1,319.55. First seen on 04-08 (cut-off 04-01): pays 04-08, 04-22, 05-06 are the
    // three correct pays; 05-20 recovers it as a negative retroactive line (same calendar year).
    const r = run({
      events: [{ id: 'lwop', kind: 'leaveWithoutPay', start: '2026-03-02', end: '2026-03-06', entered: '2026-03-30' }],
      from: '2026-03-25',
      to: '2026-06-03',
    });
    for (const d of ['2026-04-08', '2026-04-22', '2026-05-06'])
      expect(amounts(pay(r, d))['RETRO_ADJUSTMENT@2026-02-26']).toBeUndefined();
    expect(amounts(pay(r, '2026-05-20'))['RETRO_ADJUSTMENT@2026-02-26']).toBe('-1319.55');
    expect(amounts(pay(r, '2026-06-03'))['RETRO_ADJUSTMENT@2026-02-26']).toBeUndefined();
    expect(r.notes).toEqual([]);
  });

  test('a termination mid-period pays up to the last day and nothing after', () => {
    // AS-01 step 2 (64,135), last day Wednesday 2026-03-18. Period 03-12..03-25: Mar 12, 13, 16, 17, 18 = 5 days:
    // 5 × 64,135 / 260.88 = 1,229.197… → 1,229.20.
    const r = run({
      employee: { classification: 'AS-01', step: 2 },
      events: [{ id: 'leaves', kind: 'termination', lastDay: '2026-03-18', entered: '2026-03-01' }],
      from: '2026-03-25',
      to: '2026-04-22',
    });
    expect(amounts(pay(r, '2026-04-08')).REGULAR).toBe('1229.20');
    expect(pay(r, '2026-04-22').lines).toEqual([]);
    expect(pay(r, '2026-04-22').net.toString()).toBe('0.00');
  });

  test('overtime on a day of rest while acting is paid at the acting rate', () => {
    // AS-02 step 1 acting AS-04 (placed at 80,612) from 2026-03-02; 9 h on Saturday 03-07 (first day of rest):
    // 7.5 h × 1.5 + 1.5 h × 2.0 = 14.25 weighted hours × 80,612 / 1,956.6 = 587.098… → 587.10.
    const r = run({
      events: [
        {
          id: 'acting',
          kind: 'acting',
          start: '2026-03-02',
          end: '2026-03-27',
          entered: '2026-02-20',
          classification: 'AS-04',
          step: 1,
        },
        {
          id: 'ot',
          kind: 'overtime',
          date: '2026-03-07',
          hours: '9',
          dayType: 'firstDayOfRest',
          entered: '2026-03-09',
        },
      ],
      from: '2026-03-25',
      to: '2026-03-25',
    });
    expect(amounts(pay(r, '2026-03-25')).OVERTIME).toBe('587.10');
  });

  test('an employee crossing the YMPE, the YAMPE and the EI maximum withholds each annual maximum exactly', () => {
    // 150,000 a year: 150,000 / 26.088 = 5,749.77 a pay. Insurable earnings pass 68,900 on the 12th pay (11 × 5,749.77 = 63,247.47);
    // pensionable earnings pass 74,600 (YMPE) on the 13th pay (12 × 5,749.77 = 68,997.24), then 85,000 (YAMPE) on the 15th.
    const r = run({
      employee: { classification: 'EC-07', step: undefined, annualRate: '150000' },
      from: '2026-01-14',
      to: '2026-12-30',
    });
    expect(r.pays).toHaveLength(26);
    expect(sumOf(r, 'CPP')).toBe('4230.45');
    expect(sumOf(r, 'CPP2')).toBe('416.00');
    expect(sumOf(r, 'EI')).toBe('1123.07');
    const first = (code: string) => r.pays.findIndex((p) => p.statement.lines.some((l) => l.code === code));
    const last = (code: string) => r.pays.map((p) => p.statement.lines.some((l) => l.code === code)).lastIndexOf(true);
    expect(last('EI')).toBe(11);
    expect(first('CPP2')).toBe(12);
    expect(last('CPP2')).toBe(14);
    // 14 × 5,749.77 = 80,496.78 is under the YAMPE; the 15th pay reaches it: CPP2 = 416 − what was withheld before.
  });

  test('2025 is a 27-payday year: 27 statements, P = 27 and the basic exemption 3,500 / 27 = 129.62', () => {
    // AS-01 step 1: 2,368.37 a pay; CPP = 0.0595 × (2,368.37 − 129.62) = 133.205… → 133.21 until the maximum.
    const r = run({ employee: { classification: 'AS-01', step: 1 }, from: '2025-01-01', to: '2025-12-31' }, true);
    expect(r.pays).toHaveLength(27);
    expect(r.pays.every((p) => amounts(p.statement).CPP === '133.21')).toBe(true);
    const trace = r.pays[0].lineTraces![r.pays[0].statement.lines.findIndex((l) => l.code === 'CPP')];
    expect(trace.find((s) => s.step === 'edition')?.inputs?.P).toBe('27');
    expect(trace.find((s) => s.step === 'C')?.inputs?.exemption).toBe('129.62');
  });
});
