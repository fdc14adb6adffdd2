import { refuse } from '../../refusals';
import { ZERO, type Dec } from '../../money';
import type {
  ClaimCodeRow,
  ClaimCodeTable,
  FederalRules,
  IncomeTestedAmount,
  ProvincialRules,
} from '../../rules/t4127';
import { roundCents } from './rounding';
import { cite, txt, type Ctx } from './context';
import type { Claim } from './deductions.types';
import type { Words } from '../../scenario';

/** The personal credit of one TD1 claim: K1 (K1P) and how it was found. */
export interface ClaimCredit {
  /** Claim code E: no income tax (the Ontario Health Premium is still withheld). */
  exempt: boolean;
  k1: Dec;
  tc: Dec;
  source: string;
}

const EXEMPT: ClaimCredit = { exempt: true, k1: ZERO, tc: ZERO, source: 'claim code E' };

const NAMES: Record<string, string> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};

function fromTable(ctx: Ctx, table: ClaimCodeTable, code: number, who: string): ClaimCredit {
  const row = table.rows.get(code);
  if (!row) {
    throw refuse(
      'UNSUPPORTED',
      who === 'federal' ? 'claim.rangesFederal' : 'claim.rangesProvincial',
      { code, edition: ctx.e.id },
      { code, edition: ctx.e.id, field: who === 'federal' ? 'federalClaim' : 'provincialClaim' },
    );
  }
  let credit = CREDITS.get(row);
  if (!credit)
    CREDITS.set(
      row,
      (credit = { exempt: false, k1: row.k1, tc: row.tc, source: `claim code ${code} (${table.citation})` }),
    );
  return credit;
}

/** A claim code's credit is fixed by its table row: built once, not on every calculation. */
const CREDITS = new WeakMap<ClaimCodeRow, ClaimCredit>();

/**
 * An income-tested basic amount at net income NI (taken as A; HD is not an input): the straight
 * line between its two end points, half-up to the cent, the division not rounded (T4127 ch. 2,
 * BPAF, BPAMB and BPANS formulas). Used only with no TD1 on file.
 */
export function incomeTestedAmount(x: IncomeTestedAmount, ni: Dec): Dec {
  if (ni.lte(x.from)) return x.atFrom;
  if (ni.gte(x.to)) return x.atTo;
  const slope = x.atTo.minus(x.atFrom).dividedBy(x.to.minus(x.from));
  return roundCents(x.atFrom.plus(ni.minus(x.from).times(slope))).toDecimal();
}

/** BPAF: the full amount up to the fourth bracket threshold, then falling to the floor at the fifth. */
export function federalBpa(f: FederalRules, ni: Dec): Dec {
  const { max, min, phaseOutFrom, phaseOutTo } = f.bpa;
  return incomeTestedAmount({ from: phaseOutFrom, to: phaseOutTo, atFrom: max, atTo: min, citation: f.citation }, ni);
}

export function federalClaimCredit(ctx: Ctx, claim: Claim, noTd1: boolean, a: Dec): ClaimCredit {
  const f = ctx.e.federal;
  if (claim.kind === 'amount') {
    const tc = claim.amount.toDecimal();
    return { exempt: false, k1: f.lowestRate.times(tc), tc, source: 'explicit TD1 total claim amount' };
  }
  if (claim.code === 'E') return EXEMPT;
  if (claim.code === 1 && noTd1) {
    const tc = federalBpa(f, a);
    return { exempt: false, k1: f.lowestRate.times(tc), tc, source: 'no TD1 on file: income-tested BPAF' };
  }
  return fromTable(ctx, f.claimCodes, claim.code, 'federal');
}

/** K1P of the provincial TD1 claim at annual income A (the income matters only with no TD1 on file). */
export function provincialClaimCredit(ctx: Ctx, p: ProvincialRules, claim: Claim, noTd1: boolean, a: Dec): ClaimCredit {
  if (claim.kind === 'amount') {
    const tc = claim.amount.toDecimal();
    return { exempt: false, k1: p.lowestRate.times(tc), tc, source: `explicit TD1${p.province} total claim amount` };
  }
  if (claim.code === 'E') return EXEMPT;
  if (claim.code === 1 && noTd1 && p.bpaNoTd1) {
    const tc = incomeTestedAmount(p.bpaNoTd1, a);
    return { exempt: false, k1: p.lowestRate.times(tc), tc, source: `no TD1 on file: ${p.bpaNoTd1.citation}` };
  }
  return fromTable(ctx, p.claimCodes, claim.code, NAMES[p.province]);
}

export function traceK1(ctx: Ctx, step: 'K1' | 'K1P', credit: ClaimCredit, tag: Words): void {
  ctx.trace.add(() => ({
    step,
    label: `${step === 'K1' ? 'Federal' : 'Provincial'} personal credit (lowest rate × TC)${tag.en}`,
    labelFr: `Crédit personnel ${step === 'K1' ? 'fédéral' : 'provincial'} (taux le plus bas × TC)${tag.fr}`,
    value: txt(credit.k1),
    inputs: { TC: txt(credit.tc), from: credit.source },
    citation: cite(ctx, `ch. 4, step ${step === 'K1' ? '2' : '4'}, ${step}`),
  }));
}
