import type { Dec } from '../../money';
import type { Edition, PensionPlanRules, PremiumRules, ProvincialRules, QuebecRules } from '../../rules/t4127';
import type { ProvinceCode } from './deductions.types';
import type { Trace } from '../trace';

/**
 * Everything fixed for one pay period's calculation: the edition, the plan in force (CPP or QPP),
 * the annual maxima for this employee (PM), and the year-to-date amounts each formula subtracts.
 * Built once per call by `prepare`; the formulas only read it.
 */
export interface Ctx {
  readonly e: Edition;
  readonly province: ProvinceCode;
  readonly quebec: boolean;
  /** The province's T4127 rules (null in Quebec). */
  readonly prov: ProvincialRules | null;
  /** Quebec's TP-1015.F-V rules (null outside Quebec). */
  readonly qc: QuebecRules | null;
  readonly trace: Trace;
  /** P, as a decimal and as a count. */
  readonly P: Dec;
  readonly periods: number;
  readonly plan: PensionPlanRules;
  readonly ei: PremiumRules;
  readonly cppExempt: boolean;
  readonly eiExempt: boolean;
  /** Maximum × PM/12 (not rounded): C, C2, and the CPP2 floor YMPE × PM/12. */
  readonly cppMax: Dec;
  /**
   * The cap of the base CPP (QPP) part of K2: the base maximum × PM/12, or after a move to or from
   * Quebec this year, K2R / K2RQ's: base max × PM/12 − other × (this base rate / other rate) +
   * other × (other base rate / other rate) (T4127 ch. 4, step 2).
   */
  readonly cppBaseCap: Dec;
  readonly cpp2Max: Dec;
  readonly ympeShare: Dec;
  /** 3,500 / P truncated to the cent (T4127 ch. 1). */
  readonly exemption: Dec;
  /** D, D2, D1 and QPIP withheld so far, converted to this plan's rate after a move to or from Quebec. */
  readonly d: Dec;
  readonly d2: Dec;
  readonly d1: Dec;
  readonly dQpip: Dec;
  readonly piYtd: Dec;
  /** Labour-sponsored fund shares bought at source each period (LCF, LCP; Quebec's Q). */
  readonly shares: Dec;
}

/** "T4127 Jan 2026, ch. 4, step 1": every traced step cites its edition. */
export function cite(ctx: Ctx, where: string): string {
  return `${ctx.e.label}, ${where}`;
}

/** Decimal text for a trace: exact, with amounts of one or two decimals shown as cents ("129.30"). */
export function txt(value: Dec): string {
  const dp = value.decimalPlaces();
  return dp === 1 ? `${value.toString()}0` : value.toString();
}
