import { Injectable } from '@nestjs/common';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Clock } from '../../common/clock';
import type { Counts } from '../../domain/checks/score-parts';
import type { RunSummary } from '../../evaluation/evaluation.types';
import { RunRecorder } from '../../evaluation/ports/run-recorder.port';
import { ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import type { SealRecord } from '../audit-records';
import { AuditStore } from '../audit-store.port';
import { countsOf, negate } from '../disputes/rescore';
import { isSealedFile, sealCommitment, SEALED_FOLDER } from './commitment';
import { P_LIMIT, SCORE_GAP, sealedLowerP } from './gap-test';
import { addCounts, emptyCounts, sealedCounts, tally } from './sealed-scores';
import { saidError } from '../../submissions/refusal-text';

export interface SealedPart {
  commitment: string;
  scenarios: number;
  /** The recorded commitment this run's sealed set equals, recorded before the run started; null: none does. */
  matches: SealRecord | null;
  /** Recorded commitments, when none matches (the run's sealed set is not the one committed to). */
  recorded: number;
  suppliers: Record<
    string,
    {
      public: { score: string; correctShare: string | null; scenarios: number };
      sealed: { score: string; correctShare: string | null; scenarios: number };
      gap: string;
      p: number;
      flagged: boolean;
    }
  >;
  threshold: { scoreGap: number; pLimit: number };
}

const PAGE = 1000;

/** Sealed evaluation (issue 18, Build 6): the commitment before the pilot, the proof and the scores apart after. */
@Injectable()
export class SealService {
  constructor(
    private readonly catalog: ScenarioCatalog,
    private readonly recorder: RunRecorder,
    private readonly store: AuditStore,
    private readonly clock: Clock,
  ) {}

  /** The commitment to `dir`'s sealed part (its sealed/ folder, or the folder itself when it has none). */
  async commit(dir: string): Promise<{ commitment: string; scenarios: number; folder: string }> {
    const folder = existsSync(path.join(dir, SEALED_FOLDER)) ? path.join(dir, SEALED_FOLDER) : dir;
    const loaded = await this.catalog.load(folder);
    if (loaded.errors.length > 0)
      throw saidError('INVALID_INPUT', 'error.audit.sealProblems', { folder, count: loaded.errors.length });
    const scenarios = loaded.scenarios.map((s) => ({ id: s.scenario.id, hash: s.hash }));
    return { commitment: sealCommitment(scenarios), scenarios: scenarios.length, folder };
  }

  async record(by: string, body: Record<string, unknown> | undefined): Promise<SealRecord> {
    const commitment = body?.commitment;
    if (typeof commitment !== 'string' || !/^[0-9a-f]{64}$/.test(commitment))
      throw saidError('INVALID_INPUT', 'error.audit.commitment', { found: String(JSON.stringify(commitment)) });
    const scenarios = body?.scenarios;
    if (typeof scenarios !== 'number' || !Number.isInteger(scenarios) || scenarios < 1)
      throw saidError('INVALID_INPUT', 'error.audit.sealCount', { found: String(JSON.stringify(scenarios)) });
    const seal: SealRecord = { commitment, scenarios, recordedAt: this.clock.nowIso(), recordedBy: by };
    await this.store.recordSeal(seal);
    return seal;
  }

  list(): Promise<SealRecord[]> {
    return this.store.seals();
  }

  /** The run's sealed part: its commitment, whether it was committed to before the run, and the scores apart. */
  async sealedPart(runId: string, summary: RunSummary): Promise<SealedPart | undefined> {
    const run = (await this.recorder.getRun(runId))!;
    const sealed: Array<{ id: string; hash: string; refused: boolean }> = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.recorder.scenarioPins(runId, { offset, limit: PAGE });
      for (const p of page.items)
        if (isSealedFile(p.file)) sealed.push({ id: p.scenarioId, hash: p.hash, refused: p.refused !== null });
      if (page.items.length < PAGE) break;
    }
    if (sealed.length === 0) return undefined;
    const commitment = sealCommitment(sealed);
    const seals = await this.store.seals();
    const matches = seals.find((s) => s.commitment === commitment && s.recordedAt <= run.startedAt) ?? null;
    const sums = new Map<string, Counts>(Object.keys(summary.scorecards).map((v) => [v, emptyCounts()]));
    for (const s of sealed) {
      if (s.refused) continue;
      const stored = (await this.recorder.scenario(runId, s.id))!;
      for (const answer of await this.recorder.answers(runId, s.id)) {
        const have = sums.get(answer.vendorId);
        if (have)
          sums.set(
            answer.vendorId,
            addCounts(have, sealedCounts({ scenarioJson: stored.scenarioJson, answer, policy: run.tolerancePolicy })),
          );
      }
    }
    const suppliers: SealedPart['suppliers'] = {};
    for (const [vendorId, sealedSum] of sums) {
      const pub = tally(addCounts(countsOf(summary.scorecards[vendorId]), negate(sealedSum)));
      const sea = tally(sealedSum);
      const gap = Number(pub.score.value) - Number(sea.score.value);
      const p = sealedLowerP({
        publicRight: pub.scenariosCorrect,
        publicTotal: pub.scenarios,
        sealedRight: sea.scenariosCorrect,
        sealedTotal: sea.scenarios,
      });
      suppliers[vendorId] = {
        public: { score: pub.score.value, correctShare: pub.correctShare, scenarios: pub.scenarios },
        sealed: { score: sea.score.value, correctShare: sea.correctShare, scenarios: sea.scenarios },
        gap: gap.toFixed(2),
        p: Number(p.toFixed(4)),
        flagged: gap >= SCORE_GAP && p < P_LIMIT,
      };
    }
    return {
      commitment,
      scenarios: sealed.length,
      matches,
      recorded: seals.length,
      suppliers,
      threshold: { scoreGap: SCORE_GAP, pLimit: P_LIMIT },
    };
  }
}
