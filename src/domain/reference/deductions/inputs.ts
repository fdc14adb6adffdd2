import { int, ZERO, Money, type Dec } from '../../money';
import { refuse } from '../../refusals';
import { editionFor, type Edition, type PensionPlanRules } from '../../rules/t4127';
import { Trace } from '../trace';
import type { Ctx } from './context';
import { convertPremium } from './ei';
import { PROVINCES, type Claim, type DeductionInput, type RetroMethod } from './deductions.types';

/** The cash and deduction amounts of the period, as decimals, checked. */
export interface Amounts {
  gross: Dec;
  benefit: Dec;
  bonus: Dec;
  retro: Dec;
  retroPeriods: number;
  retroMethod: RetroMethod;
  /** F: RPP + RRSP. */
  f: Dec;
  rpp: Dec;
  rrsp: Dec;
  u1: Dec;
  l: Dec;
  b1: Dec;
  f5bYtd: Dec;
  cppOnB1: Dec;
  eiOnB1: Dec;
  federalClaim: Claim;
  provincialClaim: Claim;
  noTd1: boolean;
}

function amount(m: Money | undefined, field: string): Dec {
  if (m === undefined) return ZERO;
  if (m.isNegative()) throw refuse('INVALID_INPUT', 'amount.negative', { field, found: m.toString() }, { field });
  return m.toDecimal();
}

function wholeNumber(n: number | undefined, fallback: number, min: number, max: number, field: string): number {
  const v = n ?? fallback;
  if (!Number.isSafeInteger(v) || v < min || v > max) {
    throw refuse('INVALID_INPUT', 'whole.range', { field, min, max, found: String(n) }, { field });
  }
  return v;
}

function checkProvince(province: string, e: Edition): void {
  if (!(PROVINCES as readonly string[]).includes(province)) {
    throw refuse(
      'UNKNOWN_PROVINCE',
      'province.unknown',
      { known: PROVINCES.join(', '), found: province },
      { province, field: 'province' },
    );
  }
  if (province === 'QC' && e.quebec === null) {
    throw refuse(
      'UNSUPPORTED',
      'province.quebecNotHeld',
      { edition: e.id, taxYear: e.taxYear },
      { province, edition: e.id, field: 'province' },
    );
  }
}

function checkClaim(claim: Claim, field: string): void {
  if (claim.kind === 'amount') {
    amount(claim.amount, field);
  } else if (claim.code !== 'E' && !(Number.isSafeInteger(claim.code) && claim.code >= 0 && claim.code <= 10)) {
    throw refuse('INVALID_INPUT', 'claim.code', { field, found: String(claim.code) }, { field });
  }
}

function readAmounts(input: DeductionInput): Amounts {
  checkClaim(input.federalClaim, 'federalClaim');
  checkClaim(input.provincialClaim, 'provincialClaim');
  const y = input.ytd ?? {};
  const rpp = amount(input.rpp, 'rpp');
  const rrsp = amount(input.rrsp, 'rrsp');
  return {
    gross: amount(input.gross, 'gross'),
    benefit: amount(input.taxableBenefit, 'taxableBenefit'),
    bonus: amount(input.bonus, 'bonus'),
    retro: amount(input.retro?.amount, 'retro.amount'),
    retroPeriods: input.retro ? wholeNumber(input.retro.periods, 1, 1, 1000, 'retro.periods') : 1,
    retroMethod: input.retro?.method ?? 'bonus',
    f: rpp.plus(rrsp),
    rpp,
    rrsp,
    u1: amount(input.unionDues, 'unionDues'),
    l: amount(input.additionalTax, 'additionalTax'),
    b1: amount(y.nonPeriodic, 'ytd.nonPeriodic'),
    f5bYtd: amount(y.f5bNonPeriodic, 'ytd.f5bNonPeriodic'),
    cppOnB1: amount(y.cppOnNonPeriodic, 'ytd.cppOnNonPeriodic'),
    eiOnB1: amount(y.eiOnNonPeriodic, 'ytd.eiOnNonPeriodic'),
    federalClaim: input.federalClaim,
    provincialClaim: input.provincialClaim,
    noTd1: input.noTd1OnFile === true,
  };
}

/**
 * Per plan and P, computed once (a decimal division is the costliest step of the hot path):
 * P as a decimal and the basic exemption 3,500 / P truncated to the cent (T4127 ch. 1).
 */
const PER_PERIODS = new WeakMap<PensionPlanRules, Map<number, { P: Dec; exemption: Dec }>>();

function perPeriods(plan: PensionPlanRules, periods: number): { P: Dec; exemption: Dec } {
  let byP = PER_PERIODS.get(plan);
  if (!byP) PER_PERIODS.set(plan, (byP = new Map<number, { P: Dec; exemption: Dec }>()));
  let found = byP.get(periods);
  if (!found) {
    const P = int(periods);
    found = { P, exemption: Money.truncate(plan.basicExemption.dividedBy(P)).toDecimal() };
    byP.set(periods, found);
  }
  return found;
}

/** An annual amount for PM months of CPP: the amount itself for a full year (no multiplication). */
function forMonths(annual: Dec, pm12: Dec | null): Dec {
  return pm12 === null ? annual : annual.times(pm12);
}

/** K2R / K2RQ's cap on the base part after a move: what the other plan took counts at its own base share. */
function baseCap(plan: PensionPlanRules, other: PensionPlanRules, otherPaid: Dec, pm12: Dec | null): Dec {
  const cap = forMonths(plan.baseMax, pm12);
  if (otherPaid.isZero()) return cap;
  return cap.minus(otherPaid.times(plan.baseRate).dividedBy(other.rate)).plus(otherPaid.times(other.baseRatio));
}

function buildCtx(input: DeductionInput, e: Edition, periods: number, pm: number): Ctx {
  const quebec = input.province === 'QC';
  const [plan, otherPlan] = quebec ? [e.qpp, e.cpp] : [e.cpp, e.qpp];
  const [ei, otherEi] = quebec ? [e.eiQuebec, e.ei] : [e.ei, e.eiQuebec];
  const y = input.ytd ?? {};
  const pm12 = pm === 12 ? null : int(pm).dividedBy(12);
  const { P, exemption } = perPeriods(plan, periods);
  // A move to or from Quebec: what the other plan withheld counts at this plan's rate
  // (Revenu Québec TP-1015.G-V 4.5.9; CRA T4001 for the reverse move). EI likewise.
  const otherCpp = amount(y.cppOtherPlan, 'ytd.cppOtherPlan');
  const otherEiPaid = amount(y.eiOtherRate, 'ytd.eiOtherRate');
  return {
    e,
    province: input.province,
    quebec,
    prov: quebec ? null : e.provinces[input.province as Exclude<typeof input.province, 'QC'>],
    qc: quebec ? e.quebec : null,
    P,
    periods,
    plan,
    ei,
    trace: new Trace(input.trace === true),
    cppExempt: input.cppExempt === true,
    eiExempt: input.eiExempt === true,
    cppMax: forMonths(plan.max, pm12),
    cppBaseCap: baseCap(plan, otherPlan, otherCpp, pm12),
    cpp2Max: forMonths(plan.max2, pm12),
    ympeShare: forMonths(plan.ympe, pm12),
    exemption,
    d: amount(y.cpp, 'ytd.cpp').plus(otherCpp.isZero() ? ZERO : otherCpp.times(plan.rate).dividedBy(otherPlan.rate)),
    d2: amount(y.cpp2, 'ytd.cpp2'),
    d1: amount(y.ei, 'ytd.ei').plus(otherEiPaid.isZero() ? ZERO : convertPremium(otherEiPaid, otherEi, ei)),
    dQpip: amount(y.qpip, 'ytd.qpip'),
    piYtd: amount(y.pensionable, 'ytd.pensionable'),
    shares: amount(input.labourFundShares, 'labourFundShares'),
  };
}

/** Checks the input (coded errors for anything wrong) and fixes the context of the calculation. */
export function prepare(input: DeductionInput): { ctx: Ctx; amounts: Amounts } {
  const e = editionFor(input.payDate);
  checkProvince(input.province, e);
  const periods = wholeNumber(input.periodsPerYear, 0, 1, 53, 'periodsPerYear');
  const pm = wholeNumber(input.pensionableMonths, 12, 0, 12, 'pensionableMonths');
  if (input.retro && input.retro.method !== 'bonus' && input.retro.method !== 'spread') {
    throw refuse('INVALID_INPUT', 'retro.method', { found: String(input.retro.method) }, { field: 'retro.method' });
  }
  const amounts = readAmounts(input);
  return { ctx: buildCtx(input, e, periods, pm), amounts };
}
