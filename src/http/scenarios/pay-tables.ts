import {
  annualRateFor,
  PA_CLASSIFICATIONS,
  PA_PAY_TABLE_CITATION,
  PA_PAY_TABLE_EFFECTIVE,
  stepsFor,
} from '../../domain/scenario/pa-pay-table';

export interface PayTables {
  effective: string;
  citation: string;
  classifications: Array<{ classification: string; steps: Array<{ step: number; annualRate: string }> }>;
}

/** The PA pay table as the guided builder shows it: each classification's steps with their annual rates (money as text). */
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
  };
}
