import { ZERO, type Dec } from '../../money';
import { ontarioClaimCredit, type ClaimCredit } from './claims';
import { cite, type Ctx } from './context';
import type { Claim } from './deductions.types';
import { ontarioAnnualTax } from './ontario';
import type { TaxCase } from './federal';

/** The provincial claim resolved once per calculation (null in Quebec, whose tax is not modelled). */
export function provincialClaimCredit(ctx: Ctx, claim: Claim): ClaimCredit | null {
  return ctx.quebec ? null : ontarioClaimCredit(ctx, claim);
}

/** T2 for the province of employment. Quebec provincial tax follows TP-1015.F, which is out of scope. */
export function provincialAnnualTax(ctx: Ctx, t: TaxCase, claim: ClaimCredit | null): Dec {
  if (claim === null) {
    ctx.trace.add(() => ({
      step: 'T2',
      label: `Quebec provincial tax${t.tag}: not modelled`,
      value: '0',
      citation: `${cite(ctx, 'ch. 1')}: Quebec provincial tax follows Revenu Québec TP-1015.F, not T4127; not modelled (convention: provincial tax 0)`,
    }));
    return ZERO;
  }
  return ontarioAnnualTax(ctx, t, claim);
}
