import fc from 'fast-check';
import { PA_CLASSIFICATIONS, annualRateFor, stepsFor } from '../domain/scenario';

/**
 * Positions for generated scenarios: mostly a cell of the PA pay table (pa-pay-table.ts), in
 * table order so a shrunk scenario reaches for AS-01 step 1; sometimes an explicit annual
 * rate in whole thousands, including high earners (150,000 and up) whose pensionable and
 * insurable earnings cross the year's CPP, CPP2 and EI maxima within the year.
 */
export type PositionPlan =
  { kind: 'table'; classification: string; step: number } | { kind: 'annual'; label: string; thousands: number };

const CELLS: ReadonlyArray<{ classification: string; step: number }> = PA_CLASSIFICATIONS.flatMap((classification) =>
  (stepsFor(classification) ?? []).map((step) => ({ classification, step })),
);

export const positionArb: fc.Arbitrary<PositionPlan> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...CELLS).map((c) => ({ kind: 'table' as const, ...c })) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 150, max: 320 })
      .map((thousands) => ({ kind: 'annual' as const, label: 'EX-03', thousands })),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 90, max: 130 })
      .map((thousands) => ({ kind: 'annual' as const, label: 'EC-05', thousands })),
  },
);

/** The annual rate of a position plan, in dollars (table cells at the June 2024 rates). */
export function annualDollars(p: PositionPlan): number {
  if (p.kind === 'annual') return p.thousands * 1000;
  return Number(annualRateFor(p.classification, p.step)?.toString() ?? '0');
}

/** "AS-02" → "AS-04" for up = 2, or undefined when the table has no such level. */
function levelUp(classification: string, up: number): string | undefined {
  const match = /^([A-Z]{2})-(\d{2})$/.exec(classification);
  if (!match) return undefined;
  const next = `${match[1]}-${String(Number(match[2]) + up).padStart(2, '0')}`;
  return stepsFor(next) ? next : undefined;
}

/**
 * An acting position `up` levels above the substantive one: step 1 of the higher level in the
 * same group when the table has it, else an explicit rate 5,000 a level higher (acting must be
 * a promotion to pay anything: docs/reference-engine.md, acting.promotion-placement).
 */
export function actingPosition(substantive: PositionPlan, up: number): PositionPlan {
  if (substantive.kind === 'table') {
    const higher = levelUp(substantive.classification, up);
    if (higher) return { kind: 'table', classification: higher, step: 1 };
  }
  return { kind: 'annual', label: 'EX-01', thousands: Math.ceil(annualDollars(substantive) / 1000) + 5 * up };
}

/** The step a step increment moves to, when the classification has one more. */
export function nextStep(p: PositionPlan): number | undefined {
  if (p.kind !== 'table') return undefined;
  const steps = stepsFor(p.classification) ?? [];
  return steps.includes(p.step + 1) ? p.step + 1 : undefined;
}

/** The JSON position fields of a plan (employee, hire or acting). */
export function positionJson(p: PositionPlan): Record<string, unknown> {
  return p.kind === 'table'
    ? { classification: p.classification, step: p.step }
    : { classification: p.label, annualRate: `${p.thousands}000` };
}
