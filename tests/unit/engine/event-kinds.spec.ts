import { Money } from '../../../src/domain/money';
import { amounts, pay, run } from './helpers';

/** One test per HR event kind, each checking what the kind changes (docs/reference-engine.md). */
describe('every event kind changes pay as documented', () => {
  test('hire entered after its first period was paid: the first pay is late and carries the missed days as a retroactive line', () => {
    // Hired Monday 2026-03-02 (AS-02 step 1), entered 2026-03-30: the run of 03-25 does not know the employee.
    const r = run({
      employee: { classification: undefined, step: undefined },
      events: [
        { id: 'hire', kind: 'hire', effective: '2026-03-02', entered: '2026-03-30', classification: 'AS-02', step: 1 },
      ],
      from: '2026-03-25',
      to: '2026-04-08',
    });
    expect(pay(r, '2026-03-25').lines).toEqual([]);
    // 8 working days (Mar 2–6, 9–11) × 68,849 / 260.88 = 2,111.28 for 02-26..03-11, and the full current period.
    expect(amounts(pay(r, '2026-04-08'))).toMatchObject({
      REGULAR: '2639.11',
      'RETRO_ADJUSTMENT@2026-02-26': '2111.28',
    });
  });

  test('step increment mid-period: days before at the old step, from the effective day at the new one', () => {
    // AS-02 step 1 → 2 on Monday 2026-03-16 (period 03-12..03-25): 2 days at 68,849 and 8 at 71,464:
    // (137,698 + 571,712) / 260.88 = 2,719.30…; → 2719.30.
    const r = run({
      events: [{ id: 'inc', kind: 'stepIncrement', effective: '2026-03-16', newStep: 2, entered: '2026-03-01' }],
      from: '2026-04-08',
      to: '2026-04-08',
    });
    expect(amounts(pay(r, '2026-04-08')).REGULAR).toBe('2719.30');
  });

  test('a step the classification lacks is refused with the event named', () => {
    expect(() =>
      run({
        events: [{ id: 'inc', kind: 'stepIncrement', effective: '2026-03-16', newStep: 4, entered: '2026-03-01' }],
        from: '2026-04-08',
        to: '2026-04-08',
      }),
    ).toThrow(/inc: AS-02 has no step 4/);
  });

  test('rate revision by table replaces the named cells from its effective date', () => {
    const r = run({
      events: [
        {
          id: 'rev',
          kind: 'rateRevision',
          effective: '2026-01-01',
          signed: '2025-12-01',
          entered: '2025-12-01',
          appliesTo: 'AS-02',
          rates: [{ classification: 'AS-02', step: 1, annualRate: '70000' }],
        },
      ],
      from: '2026-02-11',
      to: '2026-02-11',
    });
    // 70,000 / 26.088 = 2,683.23…
    expect(amounts(pay(r, '2026-02-11')).REGULAR).toBe('2683.23');
  });

  test('overtime with an explicit multiplier, and two entries on one workday paid as one', () => {
    // AS-02 step 1: 68,849 / 1,956.6 per hour. 4 h + 4 h on Tuesday 03-03 = 8 h: 7.5 × 1.5 + 0.5 × 2 = 12.25 → 431.06…
    // plus 2 h × 1.0 on 03-04: 2 × 68,849 / 1,956.6 = 70.37…; total (12.25 + 2) × 68,849 / 1,956.6 = 501.43 (one rounding per line).
    const r = run({
      events: [
        { id: 'a', kind: 'overtime', date: '2026-03-03', hours: '4', dayType: 'workday', entered: '2026-03-05' },
        { id: 'b', kind: 'overtime', date: '2026-03-03', hours: '4', dayType: 'workday', entered: '2026-03-05' },
        { id: 'c', kind: 'overtime', date: '2026-03-04', hours: '2', multiplier: '1.0', entered: '2026-03-05' },
      ],
      from: '2026-03-25',
      to: '2026-03-25',
    });
    expect(amounts(pay(r, '2026-03-25')).OVERTIME).toBe('501.43');
  });

  test('bilingualism bonus: 800 / 26.088 in a full period, by working days from a mid-period start', () => {
    // Starts Monday 2026-03-02: 8 working days × 800 / 260.88 = 24.53…; the next period 800 / 26.088 = 30.67.
    const r = run({
      events: [{ id: 'bb', kind: 'allowance', allowance: 'bilingualism', start: '2026-03-02', entered: '2026-02-20' }],
      from: '2026-03-25',
      to: '2026-04-08',
    });
    expect(amounts(pay(r, '2026-03-25')).ALLOWANCE_BILINGUALISM).toBe('24.53');
    expect(amounts(pay(r, '2026-04-08')).ALLOWANCE_BILINGUALISM).toBe('30.67');
  });

  test('a transfer between departments changes nothing in pay', () => {
    const base = run({ from: '2026-03-25', to: '2026-04-08' });
    const moved = run({
      events: [{ id: 't', kind: 'transfer', effective: '2026-03-16', toDepartment: 'ESDC', entered: '2026-03-30' }],
      from: '2026-03-25',
      to: '2026-04-08',
    });
    expect(moved.pays.map((p) => p.statement)).toEqual(base.pays.map((p) => p.statement));
  });

  test('a TD1 change applies from the first payday on or after its effective date that sees it', () => {
    // Claim code 0 (no basic personal amount) raises tax; entered before the 04-08 cut-off.
    const base = run({ from: '2026-03-25', to: '2026-04-08' });
    const r = run({
      events: [{ id: 'td1', kind: 'td1Change', effective: '2026-04-01', federal: { code: 0 }, entered: '2026-03-30' }],
      from: '2026-03-25',
      to: '2026-04-08',
    });
    expect(amounts(pay(r, '2026-03-25')).FEDERAL_TAX).toBe(amounts(pay(base, '2026-03-25')).FEDERAL_TAX);
    expect(Number(amounts(pay(r, '2026-04-08')).FEDERAL_TAX)).toBeGreaterThan(
      Number(amounts(pay(base, '2026-04-08')).FEDERAL_TAX),
    );
  });

  test('a move to Quebec switches CPP to QPP, adds QPIP, and the provincial line becomes Quebec income tax', () => {
    const r = run({
      events: [{ id: 'qc', kind: 'provinceChange', effective: '2026-04-01', province: 'QC', entered: '2026-03-30' }],
      from: '2026-03-25',
      to: '2026-04-08',
    });
    expect(Object.keys(amounts(pay(r, '2026-03-25')))).toEqual(expect.arrayContaining(['CPP', 'PROVINCIAL_TAX']));
    const qc = amounts(pay(r, '2026-04-08'));
    expect(qc).toMatchObject({ QPP: expect.any(String), QPIP: expect.any(String) });
    expect(qc.CPP).toBeUndefined();
    const line = pay(r, '2026-04-08').lines.find((l) => l.code === 'PROVINCIAL_TAX');
    expect(line?.description).toMatch(/Quebec income tax \(Revenu Québec TP-1015\.F-V\)/);
  });

  test('every province and territory is paid with its own tax (T4127 table 8.1): Alberta', () => {
    const r = run({ employee: { province: 'AB' }, from: '2026-03-25', to: '2026-03-25' });
    const line = pay(r, '2026-03-25').lines.find((l) => l.code === 'PROVINCIAL_TAX');
    expect(line?.description).toBe('AB income tax');
    expect(line?.amount.isPositive()).toBe(true);
  });

  test('issue 15 #2: a prior-year overpayment is recovered as a RECOVERY of its NET amount (PSPC, Overpayments and your income taxes)', () => {
    // PSPC: "If the overpayment is recorded in the pay system within 3 years of the payment date, the employee will only need to repay the net amount."
    // LWOP 2025-12-08..12 (5 days: routine) entered 2026-01-05; period 2025-12-04..12-17 was paid 2,639.11 on 2025-12-31.
    // Seen and recovered on 2026-01-14. Gross 5 × 68,849 / 260.88 = 1,319.55; withheld on it by the 2025-12-31 pay: CPP
    // 149.02 − 0.0595 × (1,319.56 − 134.61 = 1,184.95) = 149.02 − 70.50 = 78.52, EI 43.28 − 21.64 = 21.64, and tax.
    const r = run(
      {
        events: [
          { id: 'lwop', kind: 'leaveWithoutPay', start: '2025-12-08', end: '2025-12-12', entered: '2026-01-05' },
        ],
        from: '2026-01-14',
        to: '2026-03-11',
      },
      true,
    );
    const recovering = r.pays[0];
    const i = recovering.statement.lines.findIndex((l) => l.code === 'RECOVERY');
    const step = recovering.lineTraces![i].find((s) => s.step === 'RECOVERY')!;
    expect(step.inputs).toMatchObject({ gross: '1319.55', pensionGivenBack: '0.00' });
    const withheld = Money.of(step.inputs!.withheldOnIt);
    // CPP and EI are part of what was withheld on it; the rest is income tax.
    expect(withheld.gt(Money.of('100.16'))).toBe(true);
    expect(recovering.statement.lines[i].amount.toString()).toBe(Money.of('1319.55').minus(withheld).toString());
    expect(recovering.statement.lines.some((l) => l.code === 'RETRO_ADJUSTMENT')).toBe(false);
    expect(r.pays.slice(1).every((p) => p.statement.lines.every((l) => l.code !== 'RECOVERY'))).toBe(true);
  });

  test('an overpayment with no later pay to take it from is left in the notes, not invented as a line', () => {
    // Last day 2026-03-13 entered 2026-04-06: the 04-08 run (cut-off 04-01) paid the whole period 03-12..03-25.
    const r = run({
      events: [{ id: 'leaves', kind: 'termination', lastDay: '2026-03-13', entered: '2026-04-06' }],
      from: '2026-04-08',
      to: '2026-05-20',
    });
    expect(pay(r, '2026-04-22').lines).toEqual([]);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/Overpayment of .* for 2026-03-12 to 2026-03-25 .* outside pay/);
  });
});
