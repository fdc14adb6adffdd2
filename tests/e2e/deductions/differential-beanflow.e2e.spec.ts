import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { dec, Money, type Dec } from '../../../src/domain/money';
import { computeDeductions, type ProvinceCode } from '../../../src/domain/reference/deductions';
import { EDITIONS, T4127_PROVINCES } from '../../../src/domain/rules/t4127';
import { itUnless } from '../../setup/skip';

/**
 * Differential test against an independent open-source T4127 implementation: Beanflow-Payroll
 * (github.com/beanflowai/Beanflow-Payroll, Python, its own transcription of the January 2025,
 * July 2025 and January 2026 editions for the twelve T4127 jurisdictions). Random periodic pays
 * go through both; every disagreement is listed. Its code is never copied: tests/tools/
 * beanflow-driver.py feeds it inputs from a checkout given by BEANFLOW_PAYROLL_GIT (a git
 * directory), by default the copy fetched on the development machine. Without it, or without
 * python3, this test is skipped and says so.
 */
const GIT_DIR = process.env.BEANFLOW_PAYROLL_GIT ?? '/work/.mirror/beanflowai+Beanflow-Payroll/repo';
const DRIVER = path.resolve(__dirname, '../../tools/beanflow-driver.py');
const python = spawnSync('python3', ['-c', 'import pydantic'], { encoding: 'utf8' }).status === 0;
const whyNot = !fs.existsSync(GIT_DIR)
  ? `no Beanflow-Payroll checkout at ${GIT_DIR} (set BEANFLOW_PAYROLL_GIT)`
  : !python
    ? 'no python3 with pydantic to run Beanflow-Payroll'
    : undefined;
const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 400);
const SEED = Number(process.env.DIFFERENTIAL_SEED ?? 17);

interface Case {
  id: string;
  province: Exclude<ProvinceCode, 'QC'>;
  payDate: string;
  periods: number;
  gross: string;
  federalClaim: string;
  provincialClaim: string;
  rpp: string;
  rrsp: string;
  unionDues: string;
}

/** Pay dates in each edition, periodic pay from nothing to 400,000 a year, claims at the basic amounts or above. */
const caseArb: fc.Arbitrary<Omit<Case, 'id'>> = fc
  .record({
    province: fc.constantFrom(...T4127_PROVINCES),
    payDate: fc.constantFrom('2025-02-14', '2025-05-16', '2025-08-15', '2025-11-14', '2026-02-13', '2026-09-18'),
    periods: fc.constantFrom(52, 26, 24, 12),
    annual: fc.integer({ min: 0, max: 40_000_000 }),
    extraFederal: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 })),
    extraProvincial: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 })),
    rpp: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 800 })),
    rrsp: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 })),
    unionDues: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
  })
  .map((r) => {
    const e = [...EDITIONS].reverse().find((x) => x.effective <= r.payDate)!;
    const gross = Money.fromCents(BigInt(Math.round(r.annual / r.periods)));
    const pct = (n: number) => gross.toDecimal().times(n).dividedBy(1000);
    return {
      province: r.province,
      payDate: r.payDate,
      periods: r.periods,
      gross: gross.toString(),
      federalClaim: e.federal.bpa.max.plus(r.extraFederal / 100).toFixed(2),
      provincialClaim: e.provinces[r.province].bpa.plus(r.extraProvincial / 100).toFixed(2),
      rpp: Money.roundHalfUp(pct(r.rpp)).toString(),
      rrsp: Money.roundHalfUp(pct(r.rrsp)).toString(),
      unionDues: Money.roundHalfUp(pct(r.unionDues)).toString(),
    };
  });

function theirs(cases: Case[]): Map<string, Record<string, string>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beanflow-'));
  try {
    const tar = path.join(dir, 'backend.tar');
    execFileSync('git', ['--git-dir', GIT_DIR, 'archive', '-o', tar, 'HEAD', 'backend/app', 'backend/config']);
    execFileSync('tar', ['-x', '-C', dir, '-f', tar]);
    const out = execFileSync('python3', [DRIVER, path.join(dir, 'backend')], {
      input: cases.map((c) => JSON.stringify(c)).join('\n'),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    return new Map(rows.map((r) => [r.id, r]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface Ours {
  values: Record<string, string>;
  a: Dec;
  s: Dec;
  k4p: Dec;
}

function ours(c: Case): Ours {
  const r = computeDeductions({
    payDate: c.payDate,
    province: c.province,
    periodsPerYear: c.periods,
    gross: Money.of(c.gross),
    federalClaim: { kind: 'amount', amount: Money.of(c.federalClaim) },
    provincialClaim: { kind: 'amount', amount: Money.of(c.provincialClaim) },
    rpp: Money.of(c.rpp),
    rrsp: Money.of(c.rrsp),
    unionDues: Money.of(c.unionDues),
    trace: true,
  });
  const step = (name: string) => dec(r.trace.find((t) => t.step === name)?.value ?? '0');
  const values = {
    cpp: r.cpp.toString(),
    ei: r.ei.toString(),
    federalTax: r.federalTax.toString(),
    provincialTax: r.provincialTax.toString(),
  };
  return { values, a: step('A'), s: step('S'), k4p: step('K4P') };
}

const CENT = dec('0.01');

/**
 * Why Beanflow-Payroll differs on one amount, each checked against T4127 (who is right is said in
 * each), or null when nothing explains it, which fails the test.
 */
function explain(c: Case, us: Ours, them: Record<string, string>, field: string): string | null {
  const d = dec(them[field]).minus(dec(us.values[field]));
  // Beanflow rounds K1, K2 and K4 to the cent before T3 (federal_tax_calculator.py) and the annual
  // T2 before dividing by P, and keeps KP unrounded (1,431.08 where table 8.1 prints 1,431): a few
  // cents a period. T4127 rounds only the period's tax (ch. 1) and prints KP to the dollar; PDOC
  // agrees with payproof to the cent (provinces-pdoc.spec.ts).
  if (field === 'federalTax')
    return d.abs().lte(CENT) ? 'a cent of federal rounding (K1, K2, K4 rounded): payproof follows T4127 ch. 1' : null;
  if (field !== 'provincialTax') return null;
  // Its KP are within a dollar of table 8.1's (NS 2025: 1,878.23 for 1,879): 1.00 / P a period, and a cent.
  if (d.abs().lte(dec('1').dividedBy(c.periods).plus(dec('0.02'))))
    return 'provincial rounding (T2 rounded, KP unrounded, within a dollar): payproof follows T4127 ch. 1 and table 8.1';
  const e = [...EDITIONS].reverse().find((x) => x.effective <= c.payDate)!;
  const top = e.provinces[c.province].brackets.at(-1)!.from;
  // Beanflow adds a PEI surtax; T4127 2025 and 2026 have V1 for Ontario only (glossary, V1).
  if (c.province === 'PE' && d.isPositive()) return 'PEI surtax that T4127 no longer has: payproof right';
  // Beanflow's 2026 PEI KP from the second bracket up are 1,348.94 (at run time) / 3,409.05 /
  // 4,499.33 / 6,466.38, not table 8.1's 1,347 / 3,407 / 4,497 / 6,460 (T4127 Jan 2026 p. 32).
  if (c.province === 'PE' && e.taxYear === 2026 && d.isNegative() && us.a.gte(dec('33928')))
    return '2026 PEI KP differ from table 8.1: payproof right';
  // Beanflow's 2026 BC reduction S is smaller or nil: it keeps 2025's 562 / 25,020 / 40,807 where
  // T4127 Jan 2026 (ch. 4 step 5, p. 21) has 575 / 25,570 / 41,722.
  if (c.province === 'BC' && e.taxYear === 2026 && d.isPositive() && d.lte(us.s.dividedBy(c.periods).plus(dec('0.05'))))
    return "BC 2026 reduction S with 2025's amounts: payproof right";
  // Beanflow leaves out Ontario's tax reduction S (T4127 ch. 4, step 5).
  if (c.province === 'ON' && d.isPositive() && us.s.isPositive()) return 'Ontario reduction S omitted: payproof right';
  // Beanflow leaves out Yukon's K4P in 2026 (T4127 ch. 4, step 5: the lesser of 0.064 × A and 0.064 × CEA).
  const k4p = us.k4p.dividedBy(c.periods);
  if (c.province === 'YT' && d.minus(k4p).abs().lte(dec('0.05'))) return 'Yukon K4P omitted: payproof right';
  // Above 181,440 (2026) it also phases BPAYT out on the TD1 claim. T4127 ch. 2 lets an employer that
  // already had the BPAF/BPAYT formulas keep them; payproof, like PDOC, takes the TD1 claim as given.
  const yt = e.provinces.YT.bpaNoTd1;
  if (c.province === 'YT' && yt && us.a.gt(yt.from) && d.gt(k4p))
    return 'Yukon K4P omitted and BPAYT phased out on a TD1 claim: payproof right on K4P; the phase-out is an allowed option';
  // Beanflow's 2025 top bracket of NB, NT and NU is not table 8.1's (NT 169,264 for 168,967; NU
  // 178,174 for 177,881; NB KP 11,071.46 for 11,064; T4127 Jan 2025 p. 31, Jul 2025 p. 18).
  if (['NB', 'NT', 'NU'].includes(c.province) && e.taxYear === 2025 && us.a.gte(top.minus(400)))
    return '2025 top bracket differs from table 8.1: payproof right';
  return null;
}

describe('differential: payproof against Beanflow-Payroll', () => {
  const cases: Case[] = fc.sample(caseArb, { numRuns: RUNS, seed: SEED }).map((c, i) => ({ ...c, id: `c${i}` }));
  itUnless(whyNot)(
    'agrees on CPP, EI and federal tax, and on provincial tax but for differences each explained',
    () => {
      const got = theirs(cases);
      const explained = new Map<string, number>();
      const unexplained = cases.flatMap((c) => {
        const them = got.get(c.id) ?? { error: 'no answer' };
        const us = ours(c);
        const differing = ['cpp', 'ei', 'federalTax', 'provincialTax'].filter((f) => them[f] !== us.values[f]);
        const whys = them.error ? [null] : differing.map((f) => explain(c, us, them, f));
        for (const why of whys) if (why) explained.set(why, (explained.get(why) ?? 0) + 1);
        return whys.every((w) => w !== null) ? [] : [{ case: c, payproof: us.values, beanflow: them }];
      });
      console.log(
        `Beanflow-Payroll vs payproof on ${cases.length} random pays: ${[...explained].map(([w, n]) => `${n} × ${w}`).join('; ') || 'no difference'}`,
      );
      if (unexplained.length > 0) console.log(JSON.stringify(unexplained));
      expect(unexplained).toEqual([]);
    },
    600_000,
  );
});
