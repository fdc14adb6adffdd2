import type { Dec } from '../../money';

/** One bracket of a T4127 rate table: for annual taxable income A ≥ `from`, tax = rate × A − constant (R/K, V/KP). */
export interface Bracket {
  readonly from: Dec;
  readonly rate: Dec;
  readonly constant: Dec;
}

/** A TD1 claim code row: the total claim amount TC and its credit K1 = lowest rate × TC (rounded as the table prints it). */
export interface ClaimCodeRow {
  readonly tc: Dec;
  readonly k1: Dec;
}

/** Claim codes 0–10. Codes 2–10 are absent when the edition's range width could not be verified. */
export interface ClaimCodeTable {
  readonly rows: ReadonlyMap<number, ClaimCodeRow>;
  readonly citation: string;
}

export interface FederalRules {
  readonly brackets: readonly Bracket[];
  readonly lowestRate: Dec;
  /** Basic personal amount: full, floor, and the net-income range over which it phases out. */
  readonly bpa: { readonly max: Dec; readonly min: Dec; readonly phaseOutFrom: Dec; readonly phaseOutTo: Dec };
  readonly canadaEmploymentAmount: Dec;
  readonly claimCodes: ClaimCodeTable;
  /** Quebec abatement on basic federal tax (T4127 ch. 4, step 3: 16.5%). */
  readonly quebecAbatement: Dec;
  readonly citation: string;
}

/** CPP or QPP for one year (T4127 ch. 6), with the ratios the formulas use, computed once. */
export interface PensionPlanRules {
  readonly plan: 'CPP' | 'QPP';
  readonly rate: Dec;
  readonly baseRate: Dec;
  readonly ympe: Dec;
  readonly basicExemption: Dec;
  readonly max: Dec;
  readonly baseMax: Dec;
  readonly yampe: Dec;
  readonly rate2: Dec;
  readonly max2: Dec;
  /** base rate / total rate (K2), not rounded. */
  readonly baseRatio: Dec;
  /** first additional rate / total rate (F5), not rounded. */
  readonly enhancedRatio: Dec;
  readonly citation: string;
}

export interface PremiumRules {
  readonly rate: Dec;
  readonly maxInsurable: Dec;
  readonly max: Dec;
  readonly citation: string;
}

/** One tier of the Ontario Health Premium: above `from`, base + rate × (A − from), capped at `cap`. */
export interface HealthPremiumTier {
  readonly from: Dec;
  readonly base: Dec;
  readonly rate: Dec;
  readonly cap: Dec;
}

export interface OntarioRules {
  readonly province: 'ON';
  readonly brackets: readonly Bracket[];
  readonly lowestRate: Dec;
  readonly bpa: Dec;
  readonly claimCodes: ClaimCodeTable;
  /** V1: rate1 × (T4 − threshold1) + rate2 × (T4 − threshold2), each floored at 0. */
  readonly surtax: { readonly threshold1: Dec; readonly rate1: Dec; readonly threshold2: Dec; readonly rate2: Dec };
  readonly healthPremium: readonly HealthPremiumTier[];
  /** S = min(T4 + V1, 2 × (basic + perDependant × Y) − (T4 + V1)). */
  readonly reduction: { readonly basic: Dec; readonly perDependant: Dec };
  readonly citation: string;
}

/** Non-periodic payments when annual income with the payment is small (T4127 ch. 4). */
export interface NonPeriodicRules {
  readonly flatThreshold: Dec;
  readonly flatRate: Dec;
  readonly flatRateQuebec: Dec;
  readonly citation: string;
}

/** One dated T4127 edition: every parameter Option 1 needs, built once at module load. */
export interface Edition {
  /** "T4127-2026-01" */
  readonly id: string;
  /** "T4127 Jan 2026": the prefix of every citation. */
  readonly label: string;
  /** YYYY-MM-DD: the first pay date this edition applies to. */
  readonly effective: string;
  readonly taxYear: number;
  readonly federal: FederalRules;
  readonly cpp: PensionPlanRules;
  readonly qpp: PensionPlanRules;
  readonly ei: PremiumRules;
  readonly eiQuebec: PremiumRules;
  readonly qpip: PremiumRules;
  readonly ontario: OntarioRules;
  readonly nonPeriodic: NonPeriodicRules;
}
