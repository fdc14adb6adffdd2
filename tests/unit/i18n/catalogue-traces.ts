import { runReference } from '../../../src/domain/reference/engine';
import type { TraceStep } from '../../../src/domain/reference/trace';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { CATALOGUE } from '../catalogue/catalogue-fixtures';

/** Every trace step and reference note the reference writes on the whole bundled catalogue, for the French checks. */
export async function catalogueTraces(): Promise<{ steps: TraceStep[]; notes: { en: string[]; fr: string[] }[] }> {
  const steps: TraceStep[] = [];
  const notes: { en: string[]; fr: string[] }[] = [];
  const load = await new ScenarioCatalog().load(CATALOGUE);
  for (const { scenario } of load.scenarios) {
    try {
      const result = runReference(scenario, { trace: true });
      for (const pay of result.pays) for (const line of pay.lineTraces ?? []) steps.push(...line);
      notes.push({ en: result.notes, fr: result.notesFr ?? [] });
    } catch {
      // A scenario the reference refuses (a year or province it does not pay) writes no trace; refusals-fr.spec.ts tests its refusal.
    }
  }
  return { steps, notes };
}
