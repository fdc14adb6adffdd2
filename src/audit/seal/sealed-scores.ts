import { addCounts, emptyCounts, scenarioCounts, tallyOf, type Counts } from '../../domain/checks/score-parts';
import { parseTolerancePolicyOrThrow } from '../../domain/checks/parse-tolerance-policy';
import { runReference } from '../../domain/reference/engine';
import { parseScenarioOrThrow, statementFromJson, type StatementJson } from '../../domain/scenario';
import { judgeScenario } from '../../evaluation/judge-scenario';
import type { AnswerRecord } from '../../evaluation/ports/run-records';
import type { Tally } from '../../domain/checks/score.types';

/** One sealed scenario's counts for one supplier, judged again from what the run stored. */
export function sealedCounts(i: { scenarioJson: unknown; answer: AnswerRecord; policy: unknown }): Counts {
  const scenario = parseScenarioOrThrow(i.scenarioJson);
  const reference = runReference(scenario, { trace: false });
  const policy = parseTolerancePolicyOrThrow(i.policy);
  const first =
    i.answer.status === 'failed'
      ? {
          ok: false as const,
          failure: { kind: (i.answer.failureKind ?? 'crash') as never, message: i.answer.failureMessage ?? '' },
          elapsedMs: i.answer.elapsedMs,
        }
      : {
          ok: true as const,
          // An answer without a finding is not kept: it matched the reference, so the reference's statements stand for it.
          statements: i.answer.statementsJson
            ? (i.answer.statementsJson as StatementJson[]).map(statementFromJson)
            : reference.pays.map((p) => p.statement),
          missingPaydays: [],
          elapsedMs: i.answer.elapsedMs,
        };
  const { result } = judgeScenario({ scenario, reference, first, policy });
  // A 'same answer twice' violation is not judged again (the second answer is not kept): counted from the stored row.
  return scenarioCounts(result);
}

export function tally(c: Counts): Tally {
  return tallyOf(c, []);
}

export { addCounts, emptyCounts };
