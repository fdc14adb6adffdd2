import { Dec, int, Money, ONE, ZERO } from '../money';
import type { ComponentName, Score } from './score.types';

/**
 * How the 0–100 score is made, as data reports print next to the ranking. Each component is
 * a share from 0 (worst) to 1 (perfect); score = Σ weight × component. Weights add up to 100,
 * so a supplier that pays every person exactly right, on time, without error scores 100.00.
 * Harm is judged per person in absolute dollars, not against the other suppliers, so a
 * supplier's score never changes because of who else was evaluated.
 */
export const SCORING = {
  weights: {
    correctlyPaid: {
      weight: 40,
      description: 'share of people paid exactly right (no finding, no invariant violation, no error)',
    },
    harmPerPerson: {
      weight: 30,
      description:
        'dollars over- plus under-paid per person h, scored harmScale / (harmScale + h): full marks at 0.00, half marks at harmScale (100.00)',
    },
    paysOnTime: { weight: 20, description: 'share of expected pays not missed' },
    noErrors: { weight: 10, description: 'share of people whose scenario the supplier answered without an error' },
  },
  /** The harm per person at which the harm component is one half. */
  harmScale: '100.00',
} as const satisfies {
  weights: Record<ComponentName, { weight: number; description: string }>;
  harmScale: string;
};

export const COMPONENT_NAMES = Object.keys(SCORING.weights) as ComponentName[];

export interface ScoreInput {
  scenarios: number;
  scenariosCorrect: number;
  harm: Money;
  paysMissed: number;
  expectedPaydays: number;
  scenariosWithErrors: number;
}

/** 1 − part / whole, or 1 when there is nothing to fail. */
function shareNot(part: number, whole: number): Dec {
  return whole === 0 ? ONE : ONE.minus(int(part).dividedBy(int(whole)));
}

/** Each component from 0 to 1, unrounded. No scenario at all: every component 0 (nothing shown). */
export function scoreComponents(i: ScoreInput): Record<ComponentName, Dec> {
  if (i.scenarios === 0) return { correctlyPaid: ZERO, harmPerPerson: ZERO, paysOnTime: ZERO, noErrors: ZERO };
  const scale = Money.of(SCORING.harmScale).toDecimal();
  const harmPerPerson = i.harm.toDecimal().dividedBy(int(i.scenarios));
  return {
    correctlyPaid: int(i.scenariosCorrect).dividedBy(int(i.scenarios)),
    harmPerPerson: scale.dividedBy(scale.plus(harmPerPerson)),
    paysOnTime: shareNot(i.paysMissed, i.expectedPaydays),
    noErrors: shareNot(i.scenariosWithErrors, i.scenarios),
  };
}

/** A share as a percentage with two decimals, half-up ("87.50"). */
export function asPercent(share: Dec): string {
  return share.times(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
}

export function computeScore(i: ScoreInput): Score {
  const c = scoreComponents(i);
  const total = COMPONENT_NAMES.reduce((sum, name) => sum.plus(c[name].times(int(SCORING.weights[name].weight))), ZERO);
  const components = Object.fromEntries(COMPONENT_NAMES.map((n) => [n, asPercent(c[n])])) as Record<
    ComponentName,
    string
  >;
  return { value: total.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2), components };
}
