import { Injectable } from '@nestjs/common';
import type { Counts } from '../../domain/checks/score-parts';
import { addCounts, emptyCounts } from '../../domain/checks/score-parts';
import { NO_FAMILY } from '../../domain/checks/score.types';
import type { RunSummary } from '../../evaluation/evaluation.types';
import { RunRecorder, type StoredFinding } from '../../evaluation/ports/run-recorder.port';
import type { Outcome, RulingRecord } from '../audit-records';
import { AuditStore } from '../audit-store.port';
import type { AuditSummary, ReferenceFlag, SupplierAudit } from '../audit-summary.types';
import { findingId } from '../finding-id';
import { addConventions, conventionsOf, newFlag } from './flag-conventions';
import { withoutOccurrences } from './exclude-occurrences';
import { judgePerson, type PersonJudged } from './person-signatures';
import { delta, rescore } from './rescore';
import { rulingsInForce } from './rulings-in-force';
import { saidError } from '../../submissions/refusal-text';

/** One person × supplier with findings, judged again and signed. */
export interface SignedPerson {
  vendorId: string;
  scenarioId: string;
  family: string | null;
  judged: PersonJudged;
}

/** A finding with its id, defect signature and the ruling in force on it. */
export type RuledFinding = StoredFinding & {
  id: string;
  signature: string | null;
  role: 'root' | 'consequence';
  /** The registry conventions the reference's trace names for this line (src/domain/conventions). */
  conventions: readonly string[];
  ruling: RulingRecord | null;
};

/** Stored findings grouped by (supplier, person), in the stable order. */
async function* byPerson(findings: AsyncIterable<StoredFinding>): AsyncIterable<StoredFinding[]> {
  let group: StoredFinding[] = [];
  for await (const f of findings) {
    if (group.length > 0 && (group[0].vendorId !== f.vendorId || group[0].scenarioId !== f.scenarioId)) {
      yield group;
      group = [];
    }
    group.push(f);
  }
  if (group.length > 0) yield group;
}

function emptyAudit(findings: number): SupplierAudit {
  return { findings, explained: 0, unexplained: findings, excluded: 0, byOutcome: {} };
}

/**
 * Rulings applied to a run (issue 18, Build 5), by defect signature: each finding's defect is
 * recomputed from what the run stored (person-signatures.ts), the ruling in force on it is
 * looked up, findings are counted explained or not, and a 'reference wrong' ruling takes its
 * defect's findings out of the score. Work is done only for suppliers some ruling applies to.
 */
@Injectable()
export class RunRulingsService {
  constructor(
    private readonly recorder: RunRecorder,
    private readonly store: AuditStore,
  ) {}

  async *signedPersons(runId: string, vendorId?: string): AsyncIterable<SignedPerson> {
    const run = await this.recorder.getRun(runId);
    if (!run) throw saidError('NOT_FOUND', 'error.run.notFound', { id: runId });
    for await (const group of byPerson(this.eachFinding(runId, vendorId))) {
      const { vendorId: v, scenarioId, family } = group[0];
      const scenario = await this.recorder.scenario(runId, scenarioId);
      const answer = (await this.recorder.answers(runId, scenarioId)).find((a) => a.vendorId === v);
      if (!scenario || !answer) continue;
      const judged = judgePerson({
        scenarioJson: scenario.scenarioJson,
        answer,
        findings: group,
        policy: run.tolerancePolicy,
      });
      yield { vendorId: v, scenarioId, family, judged };
    }
  }

  /** The run's findings (one supplier's, or all), each with its id, signature and ruling in force now. */
  async ruledFindings(runId: string, vendorId?: string): Promise<RuledFinding[]> {
    const rulings = await this.store.rulings();
    const out: RuledFinding[] = [];
    for await (const p of this.signedPersons(runId, vendorId)) {
      const inForce = rulingsInForce(rulings, p.vendorId);
      for (const s of p.judged.signed) {
        const key = s.signature?.key ?? null;
        out.push({
          ...s.finding,
          id: findingId(s.finding),
          signature: key,
          role: s.role,
          conventions: conventionsOf(p.judged, s),
          ruling: key ? (inForce.get(key) ?? null) : null,
        });
      }
    }
    return out;
  }

  /** The summary with the rulings in force applied: counts of explained and unexplained findings, scores without the reference's mistakes. */
  async amend(runId: string, summary: RunSummary, asOf: string): Promise<RunSummary> {
    const rulings = (await this.store.rulings()).filter((r) => r.at <= asOf);
    const suppliers: Record<string, SupplierAudit> = {};
    const flags = new Map<string, ReferenceFlag>();
    const deltas = new Map<string, Map<string, Counts>>();
    const applied = new Map<string, RulingRecord>();
    for (const vendorId of Object.keys(summary.scorecards)) {
      const total = await this.recorder.countFindings(runId, { vendorId });
      const inForce = rulingsInForce(rulings, vendorId);
      suppliers[vendorId] = emptyAudit(total);
      if (inForce.size === 0 || total === 0) continue;
      const audit = suppliers[vendorId];
      const families = new Map<string, Counts>();
      for await (const p of this.signedPersons(runId, vendorId)) {
        const excluded = new Set<number>();
        for (const s of p.judged.signed) {
          const ruling = s.signature ? inForce.get(s.signature.key) : undefined;
          if (!ruling || ruling.outcome === 'open') continue;
          applied.set(ruling.id, ruling);
          audit.explained += 1;
          audit.byOutcome[ruling.outcome] = (audit.byOutcome[ruling.outcome] ?? 0) + 1;
          if (ruling.outcome !== 'reference-wrong') continue;
          audit.excluded += 1;
          const flag = flags.get(ruling.id) ?? newFlag(ruling);
          flag.findings += 1;
          addConventions(flag, conventionsOf(p.judged, s));
          flags.set(ruling.id, flag);
          p.judged.explanation.occurrences.forEach((o, k) => {
            if (o.signature.key === ruling.signature) excluded.add(k);
          });
        }
        for (const s of p.judged.signed) {
          const r = s.signature ? inForce.get(s.signature.key) : undefined;
          if (r?.outcome === 'open') applied.set(r.id, r);
        }
        if (excluded.size === 0) continue;
        const after = withoutOccurrences(p.judged.result, p.judged.explanation, excluded);
        const family = p.family ?? NO_FAMILY;
        families.set(family, addCounts(families.get(family) ?? emptyCounts(), delta(p.judged.result, after)));
      }
      audit.unexplained = audit.findings - audit.explained;
      if (families.size > 0) {
        deltas.set(vendorId, families);
        audit.scoreBeforeRulings = summary.scorecards[vendorId].score.value;
      }
    }
    const audit: AuditSummary = {
      rulings: [...applied.values()].map((r) => ({
        id: r.id,
        outcome: r.outcome,
        signature: r.signature,
        vendorId: r.vendorId,
        rule: r.rule,
      })),
      suppliers,
      referenceFlags: [...flags.values()],
    };
    return { ...rescore(summary, deltas), audit: { ...summary.audit, ...audit } };
  }

  private async *eachFinding(runId: string, vendorId?: string): AsyncIterable<StoredFinding> {
    for await (const f of this.recorder.eachFinding(runId))
      if (vendorId === undefined || f.vendorId === vendorId) yield f;
  }
}

export type { Outcome };
