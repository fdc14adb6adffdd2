import { Issue, issueAt, type Words } from './messages';
import { PA_CLASSIFICATIONS, stepsFor } from './pa-pay-table';
import type { ClaimJson } from './employee.schema';

/** The flat position fields of the employee, a hire or an acting event. */
export interface PositionJson {
  classification?: string;
  step?: number;
  annualRate?: string;
}

function stepRange(steps: number[]): Words {
  return steps.length === 1
    ? { en: 'step 1', fr: 'échelon 1' }
    : { en: `1 to ${steps.length}`, fr: `1 à ${steps.length}` };
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
  const at = (field: string, words: Words): Issue[] => [issueAt([...path, field], words)];
  if (p.annualRate !== undefined) {
    return p.step === undefined
      ? []
      : at('step', {
          en: `found step ${p.step} together with annualRate (expected either classification and step, or annualRate, not both)`,
          fr: `trouvé l’échelon ${p.step} avec annualRate (attendu : soit classification et step, soit annualRate, pas les deux)`,
        });
  }
  if (p.classification === undefined) {
    if (p.step !== undefined)
      return at('classification', {
        en: `missing (expected the classification that step ${p.step} belongs to, e.g. AS-02)`,
        fr: `absent (attendu : la classification à laquelle appartient l’échelon ${p.step}, p. ex. AS-02)`,
      });
    return required
      ? [
          issueAt(path, {
            en: 'no rate of pay (expected classification and step, e.g. AS-02 and 1, or annualRate, e.g. "68849.00")',
            fr: 'aucun taux de rémunération (attendu : classification et step, p. ex. AS-02 et 1, ou annualRate, p. ex. "68849.00")',
          }),
        ]
      : [];
  }
  const steps = stepsFor(p.classification);
  if (steps === undefined) {
    return at('classification', {
      en: `${p.classification} is not in the PA pay table (expected one of ${PA_CLASSIFICATIONS.join(', ')}, or give annualRate instead)`,
      fr: `${p.classification} n’est pas dans l’échelle de rémunération PA (attendu : l’une de ${PA_CLASSIFICATIONS.join(', ')}, ou donnez plutôt annualRate)`,
    });
  }
  const range = stepRange(steps);
  if (p.step === undefined)
    return at('step', {
      en: `missing (expected the step of ${p.classification}: ${range.en})`,
      fr: `absent (attendu : l’échelon de ${p.classification}, ${range.fr})`,
    });
  if (!steps.includes(p.step))
    return at('step', {
      en: `${p.classification} has no step ${p.step} (expected ${range.en})`,
      fr: `${p.classification} n’a pas d’échelon ${p.step} (attendu : ${range.fr})`,
    });
  return [];
}

export function hasPosition(p: PositionJson): boolean {
  return p.classification !== undefined || p.step !== undefined || p.annualRate !== undefined;
}

/** A TD1 claim gives a code or an amount, exactly one. */
export function claimIssues(claim: ClaimJson, path: readonly PropertyKey[]): Issue[] {
  if (claim.code !== undefined && claim.amount !== undefined) {
    return [
      issueAt(path, {
        en: 'gives both code and amount (expected exactly one of them)',
        fr: 'donne à la fois code et amount (attendu : un seul des deux)',
      }),
    ];
  }
  if (claim.code === undefined && claim.amount === undefined) {
    return [
      issueAt(path, {
        en: 'gives neither code nor amount (expected a claim code, e.g. { "code": 1 }, or an amount, e.g. { "amount": "16452.00" })',
        fr: 'ne donne ni code ni amount (attendu : un code de demande, p. ex. { "code": 1 }, ou un montant, p. ex. { "amount": "16452.00" })',
      }),
    ];
  }
  return [];
}
