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
  /** LCF: the federal labour-sponsored funds credit. */
  readonly lcf: LabourFundCredit;
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

/** The provinces and territories whose tax T4127 gives (table 8.1): every one but Quebec. */
export type T4127Province = 'AB' | 'BC' | 'MB' | 'NB' | 'NL' | 'NS' | 'NT' | 'NU' | 'ON' | 'PE' | 'SK' | 'YT';

/**
 * An income-tested basic personal amount: `atFrom` up to income `from`, `atTo` from income `to`,
 * a straight line between, rounded half-up to the cent (T4127 ch. 2: BPAF, BPAMB, BPANS formulas).
 */
export interface IncomeTestedAmount {
  readonly from: Dec;
  readonly to: Dec;
  readonly atFrom: Dec;
  readonly atTo: Dec;
  readonly citation: string;
}

/** A labour-sponsored funds tax credit: rate × the shares bought at source, at most `max` a year (T4127 ch. 4, LCF, LCP). */
export interface LabourFundCredit {
  readonly rate: Dec;
  readonly max: Dec;
}

/**
 * One province or territory for one edition (T4127 table 8.1, table 8.2, its claim-code table
 * and ch. 4 steps 4–5). Parts that apply to one jurisdiction only are present for it only.
 */
export interface ProvincialRules {
  readonly province: T4127Province;
  readonly brackets: readonly Bracket[];
  readonly lowestRate: Dec;
  /** Basic personal amount: TCP for claim code 1. */
  readonly bpa: Dec;
  readonly claimCodes: ClaimCodeTable;
  /** With no TD1 on file, claim code 1 uses this income-tested amount (MB BPAMB, NS BPANS, YT BPAYT). */
  readonly bpaNoTd1?: IncomeTestedAmount;
  /** K4P = min(lowest rate × A, lowest rate × CEA) (Yukon). */
  readonly k4pCea?: Dec;
  /** K5P = ((K1P + K2P) − threshold) × factor, floor 0 (Alberta supplemental credit). */
  readonly k5p?: { readonly threshold: Dec; readonly factor: Dec };
  /** BC S: min(T4, basic) up to `from`, min(T4, basic − (A − from) × rate) up to `to`, then 0. */
  readonly bcReduction?: { readonly basic: Dec; readonly from: Dec; readonly to: Dec; readonly rate: Dec };
  /** Ontario V1: rate1 × (T4 − threshold1) + rate2 × (T4 − threshold2), each part floored at 0. */
  readonly surtax?: { readonly threshold1: Dec; readonly rate1: Dec; readonly threshold2: Dec; readonly rate2: Dec };
  /** Ontario V2, the Ontario Health Premium. */
  readonly healthPremium?: readonly HealthPremiumTier[];
  /** Ontario S = min(T4 + V1, 2 × (basic + perDependant × Y) − (T4 + V1)). */
  readonly reduction?: { readonly basic: Dec; readonly perDependant: Dec };
  /** LCP: the provincial labour-sponsored funds credit (MB, NB, NS, SK). */
  readonly lcp?: LabourFundCredit;
  readonly citation: string;
}

/** Ontario: the surtax, health premium and reduction are always there. */
export type OntarioRules = ProvincialRules & {
  readonly province: 'ON';
  readonly surtax: NonNullable<ProvincialRules['surtax']>;
  readonly healthPremium: readonly HealthPremiumTier[];
  readonly reduction: NonNullable<ProvincialRules['reduction']>;
};

/**
 * Quebec income tax withheld at source, Revenu Québec TP-1015.F-V s. 2.1 (regular payments,
 * and method 2 for retroactive pay and lump sums). Not in T4127: Quebec administers its own tax.
 */
export interface QuebecRules {
  /** T and K by annual taxable income I. */
  readonly brackets: readonly Bracket[];
  /** The rate of the personal tax credits E (0.14 × E). */
  readonly creditRate: Dec;
  /** E for claim code 1: the basic personal amount. */
  readonly basicAmount: Dec;
  /** H, the deduction for workers: rate × D, at most max / P. */
  readonly workersDeduction: { readonly rate: Dec; readonly max: Dec };
  /** A lump sum when annual pay with it is at most `threshold`: a flat `rate` of it. */
  readonly lumpSum: { readonly threshold: Dec; readonly rate: Dec };
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
  /** Every province and territory T4127 gives, for this edition (the same object as `ontario` for ON). */
  readonly provinces: Readonly<Record<T4127Province, ProvincialRules>>;
  readonly ontario: OntarioRules;
  /** Quebec income tax (TP-1015.F-V), or null where Revenu Québec's figures for the year are not held. */
  readonly quebec: QuebecRules | null;
  readonly nonPeriodic: NonPeriodicRules;
}
