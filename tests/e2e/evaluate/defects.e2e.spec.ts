import { INestApplicationContext } from '@nestjs/common';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import type { FindingView } from '../../../src/evaluation/evaluation.types';
import { CATALOGUE, evaluate, Evaluated, evaluationApp, REPO } from './evaluation-app';

/** The defect ids each simulated supplier documents as ground truth: the first column of the table under "## Defects". */
function documentedDefects(): Map<string, string[]> {
  const root = path.join(REPO, 'vendors');
  const out = new Map<string, string[]>();
  for (const id of readdirSync(root).filter((d) => existsSync(path.join(root, d, 'vendor.json')))) {
    const readme = readFileSync(path.join(root, id, 'README.md'), 'utf8');
    const section = readme.split(/^## Defects.*$/m)[1] ?? '';
    out.set(
      id,
      [...section.matchAll(/^\| ([A-Z]{2}-\d+) \|/gm)].map((m) => m[1]),
    );
  }
  return out;
}

const amount = (text: string | null): number => Number(text ?? '0');
const lineCodes =
  (...codes: string[]) =>
  (f: FindingView) =>
    f.code !== null && codes.includes(f.code);

/**
 * How each documented defect shows in the report (vendors/<id>/README.md, "revealed by" and
 * "line codes"): a finding of that supplier with this shape.
 */
const SIGNATURES: Record<string, { vendor: string; finding: (f: FindingView) => boolean }> = {
  // Rounds late on corrections: retro lines a cent off.
  'FW-1': {
    vendor: 'floatwise',
    finding: (f) => f.code === 'RETRO_ADJUSTMENT' && Math.abs(amount(f.difference)) === 0.01,
  },
  // P counted as 27 in 2025 (the pay due 2025-01-01 was made 2024-12-31: P = 26): CPP 0.30 too high on 2025 paydays.
  'FW-2': {
    vendor: 'floatwise',
    finding: (f) => f.code === 'CPP' && f.payday!.startsWith('2025') && f.difference === '0.30',
  },
  // Bilingualism bonus prorated by the day, not earned by the month.
  'FW-4': { vendor: 'floatwise', finding: (f) => f.code === 'ALLOWANCE_BILINGUALISM' && f.kind === 'different' },
  // Overtime rate annual / 2,080: overtime under-paid.
  'FW-3': { vendor: 'floatwise', finding: (f) => f.code === 'OVERTIME' && amount(f.difference) < 0 },
  // Calendar-day proration: partial-period lines wrong (leave without pay, or a mid-period hire's first pay).
  'DC-1': {
    vendor: 'daycount',
    finding: (f) =>
      f.kind === 'different' &&
      f.forPeriod === null &&
      (f.code === 'LWOP' || (f.code === 'REGULAR' && f.family === 'new hires and transfers')),
  },
  // Late changes paid as current regular pay: the retro line for an earlier period is missing.
  'DC-2': {
    vendor: 'daycount',
    finding: (f) => f.code === 'RETRO_ADJUSTMENT' && f.kind === 'missing' && amount(f.expected) > 0,
  },
  // Recovers overpayments at once, also acknowledged ones: a negative retro line (or a recovery) the reference has not made yet.
  'DC-3': {
    vendor: 'daycount',
    finding: (f) =>
      (f.code === 'RETRO_ADJUSTMENT' && amount(f.actual) < 0 && amount(f.expected) === 0) ||
      (f.code === 'RECOVERY' && f.kind === 'unexpected'),
  },
  // Recovers a prior-year overpayment gross, not net: the RECOVERY differs (its size also carries DC-1's proration).
  'DC-4': { vendor: 'daycount', finding: (f) => f.code === 'RECOVERY' && f.kind === 'different' },
  // Truncates variable earnings: a cent off on allowance, overtime, acting, leave, partial regular or retro lines.
  'QP-1': {
    vendor: 'quickpay-cli',
    finding: (f) =>
      lineCodes('ALLOWANCE_BILINGUALISM', 'OVERTIME', 'ACTING', 'LWOP', 'REGULAR', 'RETRO_ADJUSTMENT')(f) &&
      f.kind === 'different' &&
      Math.abs(amount(f.difference)) === 0.01,
  },
  // Ignores CPP2.
  'QP-2': { vendor: 'quickpay-cli', finding: (f) => f.code === 'CPP2' && f.kind === 'missing' },
  // No pension owed for leave without pay: the instalments after a leave are missing (or a late leave's pension given back).
  'QP-4': { vendor: 'quickpay-cli', finding: (f) => f.code === 'PENSION' && f.direction === 'over' },
  // Acting paid from the day it was entered: acting pay (or its retro) short by more than rounding.
  'QP-3': {
    vendor: 'quickpay-cli',
    finding: (f) =>
      lineCodes('ACTING', 'RETRO_ADJUSTMENT')(f) &&
      f.direction === 'under' &&
      Math.abs(amount(f.difference)) > 1 &&
      f.family === 'acting pay',
  },
};

describe('evaluate on the bundled catalogue rediscovers every documented defect of every simulated supplier', () => {
  let app: INestApplicationContext;
  let run: Evaluated;
  const documented = documentedDefects();

  beforeAll(async () => {
    const { app: a, service, dir } = await evaluationApp();
    app = a;
    run = await evaluate(service, dir, { scenarios: CATALOGUE });
  });
  afterAll(() => app.close());

  it('knows how every documented defect shows (a defect documented without a signature here fails)', () => {
    const ids = [...documented.values()].flat().sort();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !(id in SIGNATURES))).toEqual([]);
  });

  it.each(Object.entries(SIGNATURES))('%s is in the report', (id, signature) => {
    expect(documented.get(signature.vendor)).toContain(id);
    const found = run.findings.filter((f) => f.vendorId === signature.vendor && signature.finding(f));
    expect(found.length).toBeGreaterThan(0);
  });

  it('charges the defect-specific findings to the defective supplier only (CPP2 ignored, P counted as 27 in 2025)', () => {
    for (const id of ['QP-2', 'FW-2']) {
      const others = run.findings.filter((f) => f.vendorId !== SIGNATURES[id].vendor && SIGNATURES[id].finding(f));
      expect({ id, others: others.length }).toEqual({ id, others: 0 });
    }
  });

  it('ranks every supplier it could ask (an exchange supplier with no import yet is left out, and says so) and finds no invariant broken by suppliers whose statements add up', () => {
    const summary = run.run.summary!;
    const leftOut = summary.notes.flatMap((n) => /^([\w-]+): not in this run: /.exec(n)?.[1] ?? []);
    expect(leftOut).toEqual(['quickpay-exchange']);
    expect([...summary.ranking.map((r) => r.vendorId), ...leftOut].sort()).toEqual([...documented.keys()].sort());
    for (const card of Object.values(run.run.summary!.scorecards)) expect(card.invariantViolations).toBe(0);
  });
});
