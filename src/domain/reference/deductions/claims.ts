import { PayproofError } from '../../errors';
import { ZERO, type Dec } from '../../money';
import type { ClaimCodeRow, ClaimCodeTable, FederalRules } from '../../rules/t4127';
import { cite, txt, type Ctx } from './context';
import type { Claim } from './deductions.types';

/** The personal credit of one TD1 claim: K1 (K1P) and how it was found. */
export interface ClaimCredit {
  /** Claim code E: no income tax (the Ontario Health Premium is still withheld). */
  exempt: boolean;
  k1: Dec;
  tc: Dec;
  source: string;
}

const EXEMPT: ClaimCredit = { exempt: true, k1: ZERO, tc: ZERO, source: 'claim code E' };

function fromTable(ctx: Ctx, table: ClaimCodeTable, code: number, who: string): ClaimCredit {
  const row = table.rows.get(code);
  if (!row) {
    throw new PayproofError(
      'UNSUPPORTED',
      `${who} claim code ${code} under ${ctx.e.id}: the claim-code ranges of this edition are not held; give the TD1 total claim amount instead`,
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
 * BPAF for net income NI (taken as A): the full amount up to the fourth bracket threshold, then
 * falling linearly to the floor at the fifth (T4127 ch. 4, BPAF). Used only with no TD1 on file.
 */
export function federalBpa(f: FederalRules, ni: Dec): Dec {
  const { max, min, phaseOutFrom, phaseOutTo } = f.bpa;
  if (ni.lte(phaseOutFrom)) return max;
  if (ni.gte(phaseOutTo)) return min;
  return max.minus(ni.minus(phaseOutFrom).times(max.minus(min)).dividedBy(phaseOutTo.minus(phaseOutFrom)));
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

export function ontarioClaimCredit(ctx: Ctx, claim: Claim): ClaimCredit {
  const on = ctx.e.ontario;
  if (claim.kind === 'amount') {
    const tc = claim.amount.toDecimal();
    return { exempt: false, k1: on.lowestRate.times(tc), tc, source: 'explicit TD1ON total claim amount' };
  }
  if (claim.code === 'E') return EXEMPT;
  return fromTable(ctx, on.claimCodes, claim.code, 'Ontario');
}

export function traceK1(ctx: Ctx, step: 'K1' | 'K1P', credit: ClaimCredit, tag: string): void {
  ctx.trace.add(() => ({
    step,
    label: `${step === 'K1' ? 'Federal' : 'Provincial'} personal credit (lowest rate × TC)${tag}`,
    value: txt(credit.k1),
    inputs: { TC: txt(credit.tc), from: credit.source },
    citation: cite(ctx, `ch. 4, step ${step === 'K1' ? '2' : '4'}, ${step}`),
  }));
}
