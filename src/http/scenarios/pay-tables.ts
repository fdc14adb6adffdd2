import {
  annualRateFor,
  PA_CLASSIFICATIONS,
  PA_PAY_TABLE_CITATION,
  PA_PAY_TABLE_EFFECTIVE,
  stepsFor,
} from '../../domain/scenario/pa-pay-table';
import { paydaysInYear } from '../../domain/calendar';
import { EDITIONS } from '../../domain/rules/t4127';

export interface PayTables {
  effective: string;
  citation: string;
  classifications: Array<{ classification: string; steps: Array<{ step: number; annualRate: string }> }>;
  /** The federal paydays of the years the reference pays (those of its T4127 editions). */
  paydays: string[];
}

/** What the guided builder offers: the PA pay table (each classification's steps with their annual rates, money as text) and the paydays. */
export function payTables(): PayTables {
  return {
    effective: PA_PAY_TABLE_EFFECTIVE,
    citation: PA_PAY_TABLE_CITATION,
    classifications: PA_CLASSIFICATIONS.map((classification) => ({
      classification,
      steps: (stepsFor(classification) ?? []).map((step) => ({
        step,
        annualRate: annualRateFor(classification, step)!.toString(),
      })),
    })),
    paydays: [...new Set(EDITIONS.map((e) => Number(e.effective.slice(0, 4))))].sort().flatMap(paydaysInYear),
  };
}
