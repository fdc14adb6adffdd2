import { createHash } from 'node:crypto';
import { PayproofError } from '../../domain/errors';
import { runReference } from '../../domain/reference/engine';
import { editionFor } from '../../domain/rules/t4127';
import { scenarioFromOwnJson, statementToJson, type Scenario } from '../../domain/scenario';
import type { ReferenceOutcome, ReferenceTask } from './tasks.types';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The reference for one scenario, or its coded refusal (not a supplier's fault: sent to no supplier). */
export function referenceFor(scenario: Scenario): ReferenceOutcome {
  try {
    const result = runReference(scenario, { trace: false });
    const statements = JSON.stringify(result.pays.map((p) => statementToJson(p.statement)));
    return {
      scenarioId: scenario.id,
      statements,
      referenceHash: sha256(statements),
      editions: [...new Set(result.pays.map((p) => editionFor(p.statement.payday).id))].sort(),
    };
  } catch (err) {
    if (!(err instanceof PayproofError)) throw err;
    return { scenarioId: scenario.id, refused: { code: err.code, message: err.message }, editions: [] };
  }
}

/** Worker task: the reference (untraced) for every scenario of a chunk. */
export function referenceTask(task: ReferenceTask): ReferenceOutcome[] {
  return (JSON.parse(task.scenarios) as unknown[]).map((json) => referenceFor(scenarioFromOwnJson(json)));
}
