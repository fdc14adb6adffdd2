/**
 * One-period statutory deductions per second on one core, trace off and trace on.
 * Build with `npm run build`, run with `npm run bench:deductions`.
 *
 * The inputs vary what changes the work done: pay (below the CPP exemption, ordinary, above the
 * YMPE and the top brackets), claim codes (0, 1, 2–10, E), province (Ontario, Quebec), pay
 * frequency, year-to-date amounts (none, mid-year, at the maxima), and a few bonuses.
 */
import { Money } from '../src/domain/money';
import { computeDeductions, type ClaimCode, type DeductionInput } from '../src/domain/reference/deductions';

const GROSSES = ['100.00', '1153.85', '2307.69', '4200.00', '12500.00'];
const CODES: ClaimCode[] = [0, 1, 2, 5, 10, 'E'];
const PERIODS = [12, 24, 26, 52];
const YTDS = [
  {},
  { cpp: Money.of('1500.00'), ei: Money.of('400.00'), pensionable: Money.of('30000.00') },
  { cpp: Money.of('4230.45'), cpp2: Money.of('200.00'), ei: Money.of('1123.07'), pensionable: Money.of('80000.00') },
];

function inputs(): DeductionInput[] {
  const list: DeductionInput[] = [];
  let i = 0;
  for (const gross of GROSSES) {
    for (const code of CODES) {
      for (const ytd of YTDS) {
        i += 1;
        list.push({
          payDate: '2026-03-04',
          province: i % 4 === 0 ? 'QC' : 'ON',
          periodsPerYear: PERIODS[i % PERIODS.length],
          gross: Money.of(gross),
          federalClaim: { kind: 'code', code },
          provincialClaim: { kind: 'code', code },
          ytd,
          ...(i % 10 === 0 ? { bonus: Money.of('1000.00') } : {}),
          ...(i % 7 === 0 ? { unionDues: Money.of('25.00'), rpp: Money.of('150.00') } : {}),
        });
      }
    }
  }
  return list;
}

function perSecond(list: DeductionInput[], trace: boolean, seconds: number): number {
  const cases = list.map((c) => ({ ...c, trace }));
  let done = 0;
  const start = process.hrtime.bigint();
  const stopAt = start + BigInt(Math.round(seconds * 1e9));
  let now = start;
  while (now < stopAt) {
    for (const c of cases) computeDeductions(c);
    done += cases.length;
    now = process.hrtime.bigint();
  }
  return (done * 1e9) / Number(now - start);
}

function main(): void {
  const list = inputs();
  perSecond(list, false, 0.5); // warm-up: let the JIT settle
  perSecond(list, true, 0.5);
  const off = perSecond(list, false, 3);
  const on = perSecond(list, true, 3);
  const fmt = (n: number) => Math.round(n).toLocaleString('en-CA');
  console.log(`deductions bench: ${list.length} varied inputs, one core, node ${process.version}`);
  console.log(`  trace off: ${fmt(off)} computations/s (${(1e6 / off).toFixed(1)} µs each)`);
  console.log(`  trace on:  ${fmt(on)} computations/s (${(1e6 / on).toFixed(1)} µs each)`);
}

main();
