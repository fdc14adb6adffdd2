import { Issue } from './messages';
import { PA_CLASSIFICATIONS, stepsFor } from './pa-pay-table';
import type { ClaimJson } from './employee.schema';

/** The flat position fields of the employee, a hire or an acting event. */
export interface PositionJson {
  classification?: string;
  step?: number;
  annualRate?: string;
}

function stepRange(steps: number[]): string {
  return steps.length === 1 ? 'step 1' : `1 to ${steps.length}`;
}

/**
 * A position is classification + step from the PA pay table, or annualRate (then the
 * classification is only a label, e.g. EC-05, which the table does not hold).
 */
export interface PositionCheck {
  position: PositionJson;
  path: readonly PropertyKey[];
  /** Whether having no position at all is an error here. */
  required: boolean;
}

export function positionIssues({ position: p, path, required }: PositionCheck): Issue[] {
  const at = (field: string, message: string): Issue[] => [{ path: [...path, field], message }];
  if (p.annualRate !== undefined) {
    return p.step === undefined
      ? []
      : at(
          'step',
          `found step ${p.step} together with annualRate (expected either classification and step, or annualRate, not both)`,
        );
  }
  if (p.classification === undefined) {
    if (p.step !== undefined)
      return at('classification', `missing (expected the classification that step ${p.step} belongs to, e.g. AS-02)`);
    return required
      ? [
          {
            path,
            message:
              'no rate of pay (expected classification and step, e.g. AS-02 and 1, or annualRate, e.g. "68849.00")',
          },
        ]
      : [];
  }
  const steps = stepsFor(p.classification);
  if (steps === undefined) {
    return at(
      'classification',
      `${p.classification} is not in the PA pay table (expected one of ${PA_CLASSIFICATIONS.join(', ')}, or give annualRate instead)`,
    );
  }
  if (p.step === undefined)
    return at('step', `missing (expected the step of ${p.classification}: ${stepRange(steps)})`);
  if (!steps.includes(p.step))
    return at('step', `${p.classification} has no step ${p.step} (expected ${stepRange(steps)})`);
  return [];
}

export function hasPosition(p: PositionJson): boolean {
  return p.classification !== undefined || p.step !== undefined || p.annualRate !== undefined;
}

/** A TD1 claim gives a code or an amount, exactly one. */
export function claimIssues(claim: ClaimJson, path: readonly PropertyKey[]): Issue[] {
  if (claim.code !== undefined && claim.amount !== undefined) {
    return [{ path, message: 'gives both code and amount (expected exactly one of them)' }];
  }
  if (claim.code === undefined && claim.amount === undefined) {
    return [
      {
        path,
        message:
          'gives neither code nor amount (expected a claim code, e.g. { "code": 1 }, or an amount, e.g. { "amount": "16452.00" })',
      },
    ];
  }
  return [];
}
