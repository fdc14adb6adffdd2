import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DisputesService } from '../../../src/audit/disputes/disputes.service';
import type { Principal } from '../../../src/auth/roles';
import { EvaluationService } from '../../../src/evaluation/evaluation.service';
import { shownStatus } from '../../../src/pilots/carry-rulings';
import { PilotBriefService } from '../../../src/pilots/pilot-brief.service';
import { PilotService, type PilotView } from '../../../src/pilots/pilot.service';
import { PilotEvaluationModule } from '../../../src/pilots/pilots.module';
import { supplierFolder } from './switchy';

/**
 * Issue 22, "with rulings carried over": a ruling an auditor makes on round 2's defect, after
 * round 2, shows on the same defect (matched by signature) in round 3's comparison, with its
 * outcome, date, who and the round it was made in; "reference wrong" shows as such, not as
 * still open. Real evaluations on a throwaway database, the dispute and ruling through the
 * audit's own service.
 */

const REPO = path.resolve(__dirname, '../../..');
const SCENARIOS = path.join(REPO, 'test-payrolls/allowances-and-premiums.csv');
const SUPPLIER: Principal = { tokenId: 'tok-s', name: 'Switchy support', role: 'supplier', vendorId: 'switchy' };
const AUDITOR: Principal = { tokenId: 'tok-a', name: 'A. Auditor', role: 'auditor' };

describe('a ruling made after round 2 is carried over to round 3', () => {
  let app: INestApplicationContext;
  let dir: string;
  let view: PilotView;
  let ruled: string;
  const runs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'payproof-pilot-rulings-'));
    process.env.PAYPROOF_DB = path.join(dir, 'runs.sqlite');
    app = await NestFactory.createApplicationContext(PilotEvaluationModule, { logger: ['error'] });
    const evaluation = app.get(EvaluationService);
    const pilots = app.get(PilotService);
    await pilots.create({ name: 'ruled-2027' });
    const round = async (i: number, switches: object) => {
      const vendorsRoot = supplierFolder(path.join(dir, `vendors-${i}`), {
        switchy: { name: 'Switchy Payroll (test fixture)', switches },
      });
      const run = await evaluation.start({ scenarios: SCENARIOS, vendorsRoot, workers: 0, reportsDir: dir });
      runs.push(run.id);
      await pilots.recordRound('ruled-2027', run.id);
    };
    await round(1, { overtimeDivisor: '2080', bonusByDay: true });
    await round(2, { bonusByDay: true });
    // After round 2: the supplier disputes one of its bonus defects, an auditor rules the reference wrong.
    const round2 = (await pilots.show('ruled-2027')).comparisons[1].suppliers[0].changes;
    ruled = round2.find((x) => x.status === 'open')!.defect.defectId;
    const disputes = app.get(DisputesService);
    const dispute = await disputes.open(SUPPLIER, { runId: runs[1], signature: ruled, reason: 'we pay by the day' });
    await disputes.rule(AUDITOR, dispute.id, {
      outcome: 'reference-wrong',
      explanation: 'the agreement pays the bonus by the day here',
      rule: 'bilingualism-bonus.proration',
      evidence: [{ title: 'Collective agreement (test)', quote: 'paid by the day', retrieved: '2026-11-30' }],
    });
    await round(3, { bonusByDay: true });
    view = await pilots.show('ruled-2027');
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const change = (round: number) =>
    view.comparisons.find((c) => c.round === round)!.suppliers[0].changes.find((x) => x.defect.defectId === ruled)!;

  it('round 3: the same defect carries the ruling, made on round 2, and is out of the score, not still open', () => {
    const x = change(3);
    expect(x.status).toBe('open');
    expect(x.ruling).toMatchObject({ outcome: 'reference-wrong', by: 'A. Auditor', round: 2, inScore: true });
    expect(x.ruling!.at >= view.rounds[1].recordedAt && x.ruling!.at <= view.rounds[2].recordedAt).toBe(true);
    expect(shownStatus(x)).toBe('reference-wrong');
    // The other bonus defects, not ruled on, stay still open.
    const others = view.comparisons[2].suppliers[0].changes.filter((c) => c.defect.defectId !== ruled);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((c) => c.ruling === undefined && shownStatus(c) === 'open')).toBe(true);
  });

  it('round 2 shows the ruling made on it, which its score did not yet apply; round 1 has none', () => {
    expect(change(2).ruling).toMatchObject({ outcome: 'reference-wrong', round: 2, inScore: false });
    expect(change(1).ruling).toBeUndefined();
  });

  it.each([
    ['en', 'Ruled “reference wrong” by an auditor, so out of the score', 'ruled reference wrong on'],
    [
      'fr',
      'Jugés « la référence a tort » par un vérificateur, donc hors du score',
      'décision : la référence a tort, le',
    ],
  ] as const)('[%s] round 3’s brief says so', async (lang, list, ruling) => {
    const { html } = await app.get(PilotBriefService).html('ruled-2027', 3, lang);
    expect(html).toContain(list);
    expect(html).toContain(ruling);
    expect(html).toContain('A. Auditor');
  });
});
