import { amounts, pay, run } from './helpers';

/**
 * Issue 15, "Why" 4 to 6: the reference follows the published rule, each test naming its source
 * (#1 to #3 are in worked-cases.spec.ts and event-kinds.spec.ts). Arithmetic in the comments.
 */
describe('pension during leave without pay (issue 15 #4; TBS, Taking a leave of absence – Pension)', () => {
  // TBS: "You continue to contribute to the pension plan for the first three months of your leave without pay."
  // AS-01 step 4 (69,106 a year: 2,648.96 a pay at 8.00 % = 211.92), PSSA group 2.
  const lwop = (start: string, end: string, entered: string) => ({
    id: 'lwop',
    kind: 'leaveWithoutPay',
    start,
    end,
    entered,
  });

  test('a leave known in time: the pay carries the contribution on what it pays, the rest is owed and collected after the leave', () => {
    // LWOP Mon 2026-04-13 .. Fri 04-17 (5 days), entered 2026-03-02. Period 04-09..04-22 paid 05-06: salary paid
    // 2,648.96 − 5 × 69,106 / 260.88 (1,324.48) = 1,324.48, pension 0.08 × 1,324.48 = 105.96; owed on the full period 211.92:
    // deficiency 105.96, collected in ceiling(2 × 5 / 10) = 1 instalment, on the first pay after the leave (05-20: 211.92 + 105.96).
    const r = run({
      employee: { classification: 'AS-01', step: 4 },
      events: [lwop('2026-04-13', '2026-04-17', '2026-03-02')],
      from: '2026-05-06',
      to: '2026-06-03',
    });
    expect(amounts(pay(r, '2026-05-06')).PENSION).toBe('105.96');
    expect(amounts(pay(r, '2026-05-20')).PENSION).toBe('317.88');
    expect(amounts(pay(r, '2026-06-03')).PENSION).toBe('211.92');
  });

  test('a leave entered late: the contribution the earlier pay deducted for those days stays (it is owed)', () => {
    const r = run({
      employee: { classification: 'AS-01', step: 4 },
      events: [lwop('2026-04-13', '2026-04-17', '2026-05-11')],
      from: '2026-05-06',
      to: '2026-06-03',
    });
    // Seen on 05-20 (cut-off 05-13): the 5 days are recovered (routine), the pension is not given back.
    expect(amounts(pay(r, '2026-05-20'))['RETRO_ADJUSTMENT@2026-04-09']).toBe('-1324.48');
    expect(amounts(pay(r, '2026-05-20')).PENSION).toBe('211.92');
  });

  test('only the first three months count: days after them owe nothing', () => {
    // LWOP 2026-02-02 .. 2026-07-31 known in time. Owed: working days 02-02 .. 05-01 (the day before 05-02): 65 days,
    // 0.08 × 65 × 69,106 / 260.88 = 1,377.47; instalments: ceiling(2 × 65 / 10) = 13, from the first pay after the leave.
    const r = run({
      employee: { classification: 'AS-01', step: 4 },
      events: [lwop('2026-02-02', '2026-07-31', '2026-01-05')],
      from: '2026-08-26',
      to: '2026-12-30',
    });
    const extra = r.pays.map((p) => Number(amounts(p.statement).PENSION ?? '0') - 211.92).filter((x) => x > 0.001);
    expect(extra).toHaveLength(9); // 08-26 pays the period 07-30..08-12 (leave ends 07-31): instalments from 09-09
    const total = extra.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(9 * 105.9);
    expect(total).toBeLessThan(9 * 106);
  });
});

describe('the bilingualism bonus is earned by the month (issue 15 #5; TBS, Bilingualism bonus; ESDC)', () => {
  // TBS: "an annual payment of $800, calculated monthly and paid on the same basis as regular pay";
  // ESDC: "Eligible full-time employees must work a minimum of ten (10) days in a month to receive the bonus".
  const bonus = (start: string, end?: string) => ({
    id: 'bb',
    kind: 'allowance',
    allowance: 'bilingualism',
    start,
    ...(end && { end }),
    entered: '2026-01-02',
  });

  test('a month with 10 days worked with the bonus earns the whole month', () => {
    // Bonus from Wed 2026-03-18: March 18..31 = 10 working days. Period 03-12..03-25 is all March: 10 × 800 / 260.88 = 30.67.
    const r = run({ events: [bonus('2026-03-18')], from: '2026-04-08', to: '2026-04-08' });
    expect(amounts(pay(r, '2026-04-08')).ALLOWANCE_BILINGUALISM).toBe('30.67');
  });

  test('a month with fewer than 10 days worked with it earns nothing', () => {
    // Bonus from Thu 2026-03-19: March 19..31 = 9 working days: March earns nothing; the period 03-26..04-08 pays
    // only its April days (Apr 1-3, 6-8: 6 × 800 / 260.88 = 18.40).
    const r = run({ events: [bonus('2026-03-19')], from: '2026-04-08', to: '2026-04-22' });
    expect(amounts(pay(r, '2026-04-08')).ALLOWANCE_BILINGUALISM).toBeUndefined();
    expect(amounts(pay(r, '2026-04-22')).ALLOWANCE_BILINGUALISM).toBe('18.40');
  });

  test('a part-time employee is paid pro rata by the day, without the 10-day rule', () => {
    // 25 h a week from Thu 2026-03-19: period 03-12..03-25 pays 5 days × 800 / 260.88 × 25 / 37.5 = 10.22.
    const r = run({
      employee: { weeklyHours: '25' },
      events: [bonus('2026-03-19')],
      from: '2026-04-08',
      to: '2026-04-08',
    });
    expect(amounts(pay(r, '2026-04-08')).ALLOWANCE_BILINGUALISM).toBe('10.22');
  });
});

describe('Quebec income tax: judged, never a silent zero (issue 15 #6; T4127 ch. 1: Quebec tax follows TP-1015.F)', () => {
  test('a Quebec pay has its PROVINCIAL_TAX line (Revenu Québec TP-1015.F-V, issue 17) and nothing left unjudged', () => {
    const r = run({ employee: { province: 'QC' }, from: '2026-03-11', to: '2026-03-11' });
    const p = r.pays[0];
    const line = p.statement.lines.find((l) => l.code === 'PROVINCIAL_TAX');
    expect(line?.description).toBe('Quebec income tax (Revenu Québec TP-1015.F-V)');
    expect(line?.amount.isPositive()).toBe(true);
    expect(p.notJudged).toBeUndefined();
  });
});
