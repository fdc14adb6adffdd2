import { type IsoDate, addMonths } from '../../calendar';
import { CONVENTION } from '../../conventions';
import { Money } from '../../money';
import type { TraceStep } from '../trace';
import { type Correction, routeConvention } from './corrections';
import type { PeriodDue } from './period-due';
import { type DeductionLine, type StatutoryInput, statutoryCall, statutoryWithheld } from './run-deductions';
import type { Line } from './statement';

const PSPC_REPAY = 'PSPC, Overpayments on your public service pay: Repay an overpayment';
const PSPC_TAXES =
  'PSPC, Overpayments and your income taxes: "If the overpayment is recorded in the pay system within 3 years of the payment date, the employee will only need to repay the net amount."';

const byCode = (d: PeriodDue) => Object.fromEntries(d.lines.map((l) => [l.code, l.amount.toString()]));

function routeStep(c: Correction): TraceStep[] {
  if (!c.overpayment) return [];
  return [
    {
      step: 'recovery',
      label: `Overpayment recovered now: ${c.overpayment.why}`,
      labelFr: `Trop-payé recouvré maintenant : ${c.overpayment.whyFr}`,
      value: c.amount.toString(),
      inputs: { foundByCutoff: c.overpayment.foundBy },
      citation: `${PSPC_REPAY}; convention: ${routeConvention(c.overpayment.route)}`,
    },
  ];
}

/** A RETRO_ADJUSTMENT for one corrected period of the same year: paid, or an overpayment reversed. */
export function retroLine(c: Correction): Line {
  const reverse = c.how === 'reverse';
  return {
    code: 'RETRO_ADJUSTMENT',
    forPeriod: c.period,
    amount: c.amount,
    description: reverse
      ? `Overpayment recovered for ${c.period.start} to ${c.period.end}`
      : `Retroactive adjustment for ${c.period.start} to ${c.period.end}`,
    trace: [
      {
        step: 'paid',
        label: `Paid so far for ${c.period.start} to ${c.period.end}`,
        labelFr: `Versé jusqu’ici pour la période du ${c.period.start} au ${c.period.end}`,
        value: c.before.due.total.toString(),
        inputs: byCode(c.before.due),
        citation: `convention: ${CONVENTION.retro}, ${CONVENTION.cutoff}`,
      },
      {
        step: 'due',
        label: `Now due for ${c.period.start} to ${c.period.end}`,
        labelFr: `Maintenant dû pour la période du ${c.period.start} au ${c.period.end}`,
        value: c.after.total.toString(),
        inputs: byCode(c.after),
        citation: `convention: ${CONVENTION.retro}`,
      },
      ...c.after.lines.flatMap((l) => l.trace),
      ...routeStep(c),
    ],
  };
}

/** What a prior-year recovery needs: the statutory input of the run that first paid the period, and the pension given back. */
export interface PriorYear {
  correction: Correction;
  /** The statutory input of the payday that first paid the period, year to date as it stood (absent: no deductions that year). */
  paidBy?: StatutoryInput;
  /** The pension contribution on the overpaid salary that is not owed (≥ 0). */
  pensionBack: Money;
}

/** recovery.prior-year-net: gross − what that pay withheld on it − pension given back, within 3 years of its payday. */
function netOf(p: PriorYear): { amount: Money; step: TraceStep } {
  const c = p.correction;
  const gross = c.amount.negated();
  const recordedBy: IsoDate = c.overpayment?.foundBy ?? c.before.payday;
  const within = recordedBy <= addMonths(c.before.payday, 36);
  const period = `${c.period.start} to ${c.period.end}, paid ${c.before.payday}`;
  const periodFr = `la période du ${c.period.start} au ${c.period.end}, versée le ${c.before.payday}`;
  if (!within || !p.paidBy) {
    const why = !within ? 'recorded more than 3 years after its payday' : 'that year has no T4127 rules held';
    const whyFr = !within
      ? 'inscrit plus de 3 ans après son jour de paye'
      : 'aucune règle de la T4127 n’est conservée pour cette année';
    return {
      amount: gross,
      step: {
        step: 'RECOVERY',
        label: `Overpayment for ${period}: gross (${why})`,
        labelFr: `Trop-payé pour ${periodFr} : brut (${whyFr})`,
        value: gross.toString(),
        citation: `${PSPC_TAXES}; convention: ${CONVENTION.priorYearNet}`,
      },
    };
  }
  const withIt = statutoryWithheld(statutoryCall(p.paidBy));
  const without = statutoryWithheld(
    statutoryCall({
      ...p.paidBy,
      periodic: p.paidBy.periodic.minus(gross).floorAtZero(),
      pension: p.paidBy.pension.minus(p.pensionBack).floorAtZero(),
      trace: false,
    }),
  );
  const statutory = withIt.minus(without);
  const net = gross.minus(statutory).minus(p.pensionBack);
  return {
    amount: net,
    step: {
      step: 'RECOVERY',
      label: `Overpayment for ${period}: net = gross − CPP, EI and tax that pay withheld on it − pension given back`,
      labelFr: `Trop-payé pour ${periodFr} : net = brut − RPC, AE et impôt retenus sur ce montant par cette paye − cotisation de retraite remboursée`,
      value: net.toString(),
      inputs: {
        gross: gross.toString(),
        withheldOnIt: statutory.toString(),
        withheldWithIt: withIt.toString(),
        withheldWithoutIt: without.toString(),
        pensionGivenBack: p.pensionBack.toString(),
        recordedBy,
      },
      citation: `${PSPC_TAXES}; convention: ${CONVENTION.priorYearNet}`,
    },
  };
}

/** One RECOVERY deduction per run for the prior-year overpayments it recovers (recovery.prior-year-net). */
export function recoveryLine(priorYear: readonly PriorYear[]): DeductionLine[] {
  if (priorYear.length === 0) return [];
  const parts = priorYear.map((p) => ({ p, ...netOf(p) }));
  const periods = priorYear.map((p) => `${p.correction.period.start} to ${p.correction.period.end}`).join(', ');
  return [
    {
      code: 'RECOVERY',
      amount: Money.sum(parts.map((x) => x.amount)),
      description: `Recovery of prior-year overpayment for ${periods}`,
      trace: parts.flatMap((x) => [...routeStep(x.p.correction), x.step]),
    },
  ];
}
