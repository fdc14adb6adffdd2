import type { Dec, Money } from '../../money';
import type { TraceStep } from '../trace';

/** Canadian provinces and territories: T4127 table 8.1, and Quebec (Revenu Québec TP-1015.F-V for its income tax). */
export const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const;
export type ProvinceCode = (typeof PROVINCES)[number];

/** TD1 claim codes 0–10, or E (exempt from income tax). */
export type ClaimCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 'E';

/** A TD1 claim: a claim code, or an explicit total claim amount (TC / TCP). */
export type Claim = { kind: 'code'; code: ClaimCode } | { kind: 'amount'; amount: Money };

/** Amounts withheld or earned earlier in the same calendar year, with the same employer. */
export interface YearToDate {
  /** D: CPP (or QPP) base+first-additional contributions withheld so far. */
  cpp?: Money;
  /** D2: CPP2 (or QPP2) contributions withheld so far. */
  cpp2?: Money;
  /** D1: EI premiums withheld so far. */
  ei?: Money;
  /** PIYTD: pensionable earnings so far. */
  pensionable?: Money;
  /** QPIP premiums withheld so far (Quebec). */
  qpip?: Money;
  /** B1: non-periodic payments (bonuses, retroactive pay) already paid this year. */
  nonPeriodic?: Money;
  /** F5BYTD: the CPP deduction on those earlier non-periodic payments. */
  f5bNonPeriodic?: Money;
  /** CPP (or QPP) contributions and EI premiums withheld on those earlier non-periodic payments (their share of K2). */
  cppOnNonPeriodic?: Money;
  eiOnNonPeriodic?: Money;
  /**
   * After a move to or from Quebec this year: base + first additional contributions withheld under
   * the other plan (QPP when now outside Quebec, CPP when now in Quebec). Counted at this plan's
   * rate (Revenu Québec TP-1015.G-V 4.5.9). CPP2/QPP2 share one rate: put those in `cpp2`.
   */
  cppOtherPlan?: Money;
  /** After a move to or from Quebec this year: EI premiums withheld at the other EI rate. */
  eiOtherRate?: Money;
}

/** How a retroactive pay increase is taxed (T4127 ch. 4 and CRA "Example 3 – Retroactive pay increase"). */
export type RetroMethod = 'bonus' | 'spread';

/** The inputs of one pay period's statutory deductions under T4127 Option 1. */
export interface DeductionInput {
  /** YYYY-MM-DD. Chooses the T4127 edition in force; deductions belong to the payday's year. */
  payDate: string;
  province: ProvinceCode;
  /** P: pay periods in the year (26, 27, 52, 24, 12, ...). */
  periodsPerYear: number;
  /** Periodic gross pay for the period, excluding taxable benefits, bonus and retro. */
  gross: Money;
  /** Taxable benefits this period (taxable, pensionable, not insurable unless cash). */
  taxableBenefit?: Money;
  federalClaim: Claim;
  provincialClaim: Claim;
  /**
   * No TD1 forms on file: claim code 1 then uses the income-tested basic personal amounts (BPAF,
   * and BPAMB, BPANS, BPAYT where the edition has them). Default false: a TD1 at the basic amount
   * gets the full amount at every income, as PDOC does.
   */
  noTd1OnFile?: boolean;
  /** F: registered pension plan contributions this period (the public service pension). */
  rpp?: Money;
  /** F: RRSP contributions deducted at source this period. */
  rrsp?: Money;
  /** U1: union dues this period. */
  unionDues?: Money;
  /** L: extra tax per period the employee asked for on a TD1. */
  additionalTax?: Money;
  /**
   * Withheld this period to buy approved shares of a labour-sponsored venture capital corporation:
   * the federal credit LCF and, in MB, NB, NS and SK, the provincial LCP (T4127 ch. 4, steps 3 and 5);
   * in Quebec, the Fonds de solidarité FTQ / Fondaction credit (TP-1015.F-V s. 2.1.1, Q and Q1).
   */
  labourFundShares?: Money;
  ytd?: YearToDate;
  /** PM: months of the year CPP applies (default 12). */
  pensionableMonths?: number;
  cppExempt?: boolean;
  eiExempt?: boolean;
  /** B: a bonus (non-periodic payment) paid this period. */
  bonus?: Money;
  /** A retroactive pay increase paid this period, and how to tax it. */
  retro?: { amount: Money; periods: number; method: RetroMethod };
  /** Record every step (default off: the hot path allocates nothing for it). */
  trace?: boolean;
}

/** One pay period's statutory deductions. Every amount is rounded to the cent where T4127 says. */
export interface DeductionResult {
  /** Which T4127 edition applied, e.g. "T4127-2026-01". */
  edition: string;
  /** CPP (QPP in Quebec) for the period, including on any bonus or retro. */
  cpp: Money;
  cpp2: Money;
  ei: Money;
  /** Quebec Parental Insurance Plan premium (zero outside Quebec). */
  qpip: Money;
  /** Federal tax on the periodic pay (T1 + L share) for the period. */
  federalTax: Money;
  /** Provincial tax on the periodic pay (T2) for the period. */
  provincialTax: Money;
  /** Present when a bonus was given: federal and provincial tax on it (TB). */
  federalTaxOnBonus?: Money;
  provincialTaxOnBonus?: Money;
  /** Present when a retro was given: federal and provincial tax on it. */
  federalTaxOnRetro?: Money;
  provincialTaxOnRetro?: Money;
  /** gross + bonus + retro − every deduction above − rpp − rrsp − union dues (a taxable benefit is not cash, so it is not in net). */
  net: Money;
  /**
   * Present with a bonus or retro: what later periods of the year carry as year-to-date for
   * them (B1's F5BYTD, and the CPP and EI withheld on them, their share of K2). Unrounded.
   */
  nonPeriodicShares?: { f5b: Dec; cpp: Dec; ei: Dec };
  trace: TraceStep[];
}
