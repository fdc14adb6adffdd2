import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import type { RoundComparison } from '../../../src/pilots/compare-rounds';
import { PilotService, type PilotView } from '../../../src/pilots/pilot.service';
import { PilotEvaluationModule } from '../../../src/pilots/pilots.module';
import { supplierFolder } from './switchy';

/**
 * Issue 22, "Done when": a simulated supplier whose defects are switched off one by one across
 * rounds, and one switched back on, shows fixed, still open, new and regressed. Each round is a
 * real evaluation on a throwaway database (the defects the run stores), recorded as the pilot's
 * next round; the switches are the simulated engine's own (vendors/_sim-core/README.md).
 */

const REPO = path.resolve(__dirname, '../../..');
const SCENARIOS = path.join(REPO, 'test-payrolls/allowances-and-premiums.csv');

/** The switches of each round: overtime and bonus defects fixed one by one, the bonus one back on, truncation new in round 4. */
const ROUNDS: Array<{ switches: Record<string, unknown>; more?: boolean }> = [
  { switches: { overtimeDivisor: '2080', bonusByDay: true } },
  { switches: { bonusByDay: true } },
  { switches: {} },
  { switches: { bonusByDay: true, truncate: true } },
  // Round 5: the same supplier on a larger catalogue (acting pay added): only shared scenarios compare.
  { switches: { bonusByDay: true, truncate: true }, more: true },
];

describe('a pilot over five rounds of one supplier', () => {
  let app: INestApplicationContext;
  let dir: string;
  let view: PilotView;
  const runs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'payproof-pilot-'));
    process.env.PAYPROOF_DB = path.join(dir, 'runs.sqlite');
    app = await NestFactory.createApplicationContext(PilotEvaluationModule, { logger: ['error'] });
    const evaluation = app.get(EvaluationService);
    const pilots = app.get(PilotService);
    await pilots.create({ name: 'switchy-2027', description: 'defects switched off one by one' });
    const larger = path.join(dir, 'larger-catalogue');
    mkdirSync(larger);
    for (const file of [SCENARIOS, path.join(REPO, 'test-payrolls/acting-pay.csv')])
      copyFileSync(file, path.join(larger, path.basename(file)));
    for (const [i, { switches, more }] of ROUNDS.entries()) {
      const vendorsRoot = supplierFolder(path.join(dir, `vendors-${i + 1}`), {
        switchy: { name: 'Switchy Payroll (test fixture)', switches },
      });
      const run = await evaluation.start({
        scenarios: more ? larger : SCENARIOS,
        vendorsRoot,
        workers: 0,
        reportsDir: path.join(dir, 'reports'),
      });
      runs.push(run.id);
      await pilots.recordRound('switchy-2027', run.id);
    }
    view = await pilots.show('switchy-2027');
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const byStatus = (c: RoundComparison) => {
    const out: Record<string, string[]> = {};
    for (const x of c.suppliers.find((s) => s.vendorId === 'switchy')!.changes)
      (out[x.status] ??= []).push(x.defect.title.en);
    for (const list of Object.values(out)) list.sort();
    return out;
  };
  const titles = (round: number) =>
    view.comparisons
      .find((c) => c.round === round)!
      .suppliers[0].changes.filter((x) => x.status !== 'fixed')
      .map((x) => x.defect.title.en)
      .sort();

  it('records the five runs as rounds 1 to 5, each compared with the one before', () => {
    expect(view.rounds.map((r) => [r.round, r.runId, r.status, r.defectsStored])).toEqual(
      runs.map((id, i) => [i + 1, id, 'finished', true]),
    );
    expect(view.comparisons.map((c) => [c.round, c.previousRound, c.changed])).toEqual([
      [1, null, []],
      [2, 1, []],
      [3, 2, []],
      [4, 3, []],
      [5, 4, ['catalogue']],
    ]);
  });

  /** The overtime defects (switched off in round 2) and the bonus defects (off in round 3, back on in round 4). */
  const overtime = () => titles(1).filter((t) => !titles(2).includes(t));
  const bonus = () => titles(2);

  it('round 1: every planted defect is new, overtime and bilingualism bonus', () => {
    expect(overtime().length).toBeGreaterThan(0);
    expect(overtime().every((t) => t.startsWith('Overtime'))).toBe(true);
    expect(bonus().length).toBeGreaterThan(0);
    expect(bonus().every((t) => t.startsWith('Bilingualism bonus'))).toBe(true);
    expect(byStatus(view.comparisons[0])).toEqual({ new: [...overtime(), ...bonus()].sort() });
  });

  it('round 2: the overtime defects are fixed, the bonus defects still open', () => {
    expect(byStatus(view.comparisons[1])).toEqual({ fixed: overtime(), open: bonus() });
  });

  it('round 3: the bonus defects are fixed too, nothing is left', () => {
    expect(byStatus(view.comparisons[2])).toEqual({ fixed: bonus() });
    expect(titles(3)).toEqual([]);
  });

  it('round 4: the bonus defects came back (last seen in round 2) and truncation is new', () => {
    const c = view.comparisons[3].suppliers[0];
    const regressed = c.changes.filter((x) => x.status === 'regressed');
    expect(regressed.map((x) => x.defect.title.en).sort()).toEqual(bonus());
    expect(regressed.map((x) => x.lastSeenRound)).toEqual(bonus().map(() => 2));
    const fresh = c.changes.filter((x) => x.status === 'new').map((x) => x.defect.title.en);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((t) => /rounding|truncat/i.test(t))).toBe(true);
    expect(c.changes.filter((x) => x.status === 'fixed' || x.status === 'open')).toEqual([]);
  });

  it('the trend follows: harm falls to zero in round 3 and rises again in round 4', () => {
    const [trend] = view.trends;
    const harm = trend.points.map((p) => p.harm);
    expect(trend.points.map((p) => p.round)).toEqual([1, 2, 3, 4, 5]);
    expect(harm[2]).toBe('0.00');
    expect(harm[0]).not.toBe('0.00');
    expect(harm[3]).not.toBe('0.00');
    expect(trend.points.slice(0, 4).map((p) => p.defects)).toEqual([
      overtime().length + bonus().length,
      bonus().length,
      0,
      titles(4).length,
    ]);
  });

  it('round 5, a larger catalogue: defects on the scenarios both rounds ran identically are compared, still open', () => {
    const c = view.comparisons[4].suppliers[0];
    expect(c.changes.filter((x) => x.status !== 'open')).toEqual([]);
    expect(c.changes.map((x) => x.defect.title.en).sort()).toEqual(titles(4));
    // Defects seen only on the new scenarios (acting pay) are not compared, and say why.
    expect(c.notComparable.every((n) => n.round === 'current' && n.reason === 'scenarios')).toBe(true);
  });
});
