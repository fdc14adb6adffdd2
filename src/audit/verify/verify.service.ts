import { Injectable } from '@nestjs/common';
import { parseTolerancePolicyOrThrow } from '../../domain/checks/parse-tolerance-policy';
import { EvaluationService } from '../../evaluation/evaluation.service';
import { RunRecorder } from '../../evaluation/ports/run-recorder.port';
import { AuditStore } from '../audit-store.port';
import { firstDifference, type Difference } from './compare-runs';
import { checkDescribed, checkPins, type PinMismatch } from './pin-check';
import { saidError } from '../../submissions/refusal-text';
import { say } from '../../submissions/reader-text';

export interface VerifyOptions {
  /** Where the catalogue is now, when not where the run was started from. */
  scenarios?: string;
  /** Where the suppliers' folders are now, when not where the run found them. */
  vendorsRoot?: string;
}

export interface Verification {
  runId: string;
  /** The re-run's id (stored like any run), when there was one. */
  rerunId: string | null;
  /** True only when every pin was re-established and the re-run is identical. */
  reproducible: boolean;
  pins: PinMismatch[];
  difference: Difference | null;
  /** The harness the run was made with: a dirty tree can be had again only from that working copy. */
  harness: { commit: string | null; dirty: boolean | null };
}

/**
 * `payproof verify <run-id>` (issue 18, Build 2): re-runs a stored run from its pins through
 * the same evaluation service and says identical, or the first difference. It never calls a
 * run reproducible when a pin cannot be re-established, and names the pin.
 */
@Injectable()
export class VerifyService {
  constructor(
    private readonly evaluation: EvaluationService,
    private readonly recorder: RunRecorder,
    private readonly store: AuditStore,
  ) {}

  async verify(runId: string, o: VerifyOptions = {}): Promise<Verification> {
    const run = await this.recorder.getRun(runId);
    if (!run) throw saidError('NOT_FOUND', 'error.run.notFound', { id: runId });
    if (run.status !== 'finished' || !run.options)
      throw saidError('CONFLICT', 'error.audit.verifyUnfinished', {
        id: runId,
        status: { en: run.status, fr: say('fr', `status.${run.status}` as 'status.running') },
      });
    const pins = await this.store.pins(runId);
    if (!pins) throw saidError('CONFLICT', 'error.audit.verifyNoPins', { id: runId });
    const catalogue = o.scenarios ?? run.options.scenarios;
    const vendorsRoot = o.vendorsRoot ?? run.options.vendorsRoot;
    const mismatches = checkPins({ pins, vendorsRoot, catalogue });
    const harness = { commit: pins.harness.commit, dirty: pins.harness.dirty };
    if (mismatches.some((m) => m.fatal))
      return { runId, rerunId: null, reproducible: false, pins: mismatches, difference: null, harness };
    const rerun = await this.evaluation.start({
      scenarios: catalogue,
      vendors: run.options.vendors,
      ...(vendorsRoot !== undefined && { vendorsRoot }),
      policy: parseTolerancePolicyOrThrow(run.tolerancePolicy),
      policySource: `the policy of run ${runId} (verification)`,
      chunkSize: run.options.chunkSize,
      sameAnswerRate: run.options.sameAnswerRate,
    });
    const all = [...mismatches, ...checkDescribed(pins, await this.store.pins(rerun.id))];
    const difference = await firstDifference({
      recorder: this.recorder,
      store: this.store,
      then: { id: runId, summary: (await this.evaluation.get(runId)).summary },
      now: { id: rerun.id, summary: rerun.summary },
    });
    return {
      runId,
      rerunId: rerun.id,
      reproducible: all.length === 0 && difference === undefined,
      pins: all,
      difference: difference ?? null,
      harness,
    };
  }
}
