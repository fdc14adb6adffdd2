import { computeDeductions } from '../../../src/domain/reference/deductions';
import { Money } from '../../../src/domain/money';
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

  test('issue 15 #3: leave without pay of 5 days or less entered late is routine, recovered from the next pay (PSPC, Repay an overpayment)', () => {
    // PSPC: "recovered from first available funds, without an overpayment notice: … Leave Without Pay (LWOP) of 5 consecutive days or less".
    // AS-02 step 1, LWOP Mon 2026-03-02 .. Fri 03-06 entered 2026-03-30. The period 02-26..03-11 was paid in full on 03-25.
    // Overpaid: 5 × 68,849 / 260.88 = 1,319.553… → 1,319.55. First seen on 04-08 (cut-off 04-01): recovered there, same calendar year.
    const r = run({
      events: [{ id: 'lwop', kind: 'leaveWithoutPay', start: '2026-03-02', end: '2026-03-06', entered: '2026-03-30' }],
      from: '2026-03-25',
      to: '2026-06-03',
    });
    expect(amounts(pay(r, '2026-04-08'))['RETRO_ADJUSTMENT@2026-02-26']).toBe('-1319.55');
    for (const d of ['2026-04-22', '2026-05-06', '2026-05-20'])
      expect(amounts(pay(r, d))['RETRO_ADJUSTMENT@2026-02-26']).toBeUndefined();
    expect(r.notes).toEqual([]);
  });

  const sixDays = {
    id: 'lwop',
    kind: 'leaveWithoutPay',
    start: '2026-03-02',
    end: '2026-03-09',
    entered: '2026-03-30',
  };

  test('issue 15 #3: a larger overpayment whose notice is not acknowledged is recovered at once (PSPC, Flexible recovery: "the recovery at the default rate will start immediately")', () => {
    // 6 working days (Mar 2-6, 9): 6 × 68,849 / 260.88 = 1,583.464… → 1,583.46, over 10% of 2,639.11 and not a leave of 5 days or less.
    const r = run({ events: [sixDays], from: '2026-03-25', to: '2026-06-03' });
    expect(amounts(pay(r, '2026-04-08'))['RETRO_ADJUSTMENT@2026-02-26']).toBe('-1583.46');
  });

  test('issue 15 #3: with the notice acknowledged (recovery.flexible-acknowledged), it waits for 3 consecutive correct pays (PSPC, Flexible recovery)', () => {
    const r = run({
      events: [sixDays],
      conventions: ['recovery.flexible-acknowledged'],
      from: '2026-03-25',
      to: '2026-06-03',
    });
    for (const d of ['2026-04-08', '2026-04-22', '2026-05-06'])
      expect(amounts(pay(r, d))['RETRO_ADJUSTMENT@2026-02-26']).toBeUndefined();
    expect(amounts(pay(r, '2026-05-20'))['RETRO_ADJUSTMENT@2026-02-26']).toBe('-1583.46');
    const trace = run(
      { events: [sixDays], conventions: ['recovery.flexible-acknowledged'], from: '2026-05-20', to: '2026-05-20' },
      true,
    );
    const line = trace.pays[0].statement.lines.findIndex((l) => l.code === 'RETRO_ADJUSTMENT');
    expect(trace.pays[0].lineTraces![line].map((s) => s.citation).join(' ')).toMatch(/recovery\.flexible-acknowledged/);
  });

  test('issue 15 #3: an overpayment under 10% of gross biweekly pay is routine, recovered at once even when the notice was acknowledged', () => {
    // PSPC: "Overpayments of less than 10% of an employee's gross bi-weekly pay" come from first available funds.
    // A rate loaded too high: AS-02 step 1 corrected to 68,000 from 2026-03-12, entered 2026-04-20 (first seen 05-06, cut-off 04-29).
    // Two periods overpaid by 68,849 / 26.088 − 68,000 / 26.088 = 2,639.11 − 2,606.56 = 32.55 each: 65.10 < 10% of 2,606.56.
    const r = run({
      events: [
        {
          id: 'fix',
          kind: 'rateRevision',
          effective: '2026-03-12',
          signed: '2026-04-20',
          entered: '2026-04-20',
          appliesTo: 'AS-02',
          rates: [{ classification: 'AS-02', step: 1, annualRate: '68000' }],
        },
      ],
      conventions: ['recovery.flexible-acknowledged'],
      from: '2026-04-08',
      to: '2026-05-20',
    });
    const recovering = amounts(pay(r, '2026-05-06'));
    expect(recovering['RETRO_ADJUSTMENT@2026-03-12']).toBe('-32.55');
    expect(recovering['RETRO_ADJUSTMENT@2026-03-26']).toBe('-32.55');
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

  test('issue 15 #1 (calendar.payday-holiday-previous-business-day): the pay due 2025-01-01 was made 2024-12-31, so 2025 has 26 paydays and P = 26', () => {
    // Pay Centre calendar (r/CanadaPublicServants, Oct 2024): "31 December 2024 is a pay day".
    // AS-01 step 1: 2,368.37 a pay; CPP = 0.0595 × (2,368.37 − 3,500 / 26 = 134.61) = 132.908… → 132.91.
    const r = run({ employee: { classification: 'AS-01', step: 1 }, from: '2025-01-15', to: '2025-12-31' }, true);
    expect(r.pays).toHaveLength(26);
    expect(r.pays[0].statement.payday).toBe('2025-01-15');
    expect([...new Set(r.pays.map((p) => amounts(p.statement).CPP))]).toEqual(['132.91']);
    const trace = r.pays[0].lineTraces![r.pays[0].statement.lines.findIndex((l) => l.code === 'CPP')];
    expect(trace.find((s) => s.step === 'edition')?.inputs?.P).toBe('26');
    expect(trace.find((s) => s.step === 'C')?.inputs?.exemption).toBe('134.61');
  });

  test("issue 15 #1, the audit's number: a 2,639.11 pay on 2025-03-05 taxed with P = 27 nets 11.94 less than with the right P = 26", () => {
    const pay27 = (P: number) =>
      computeDeductions({
        payDate: '2025-03-05',
        province: 'ON',
        periodsPerYear: P,
        gross: Money.of('2639.11'),
        federalClaim: { kind: 'code', code: 1 },
        provincialClaim: { kind: 'code', code: 1 },
        rpp: Money.of('211.13'),
      });
    expect(pay27(26).net.minus(pay27(27).net).toString()).toBe('11.94');
    const r = run({ from: '2025-03-12', to: '2025-03-12' }, true);
    const cpp = r.pays[0].lineTraces![r.pays[0].statement.lines.findIndex((l) => l.code === 'CPP')];
    expect(cpp.find((s) => s.step === 'edition')?.inputs?.P).toBe('26');
  });
});
