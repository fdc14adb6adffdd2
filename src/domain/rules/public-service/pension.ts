import Decimal from 'decimal.js';
import { dec } from '../../money';

export type PensionGroup = 'PSSA-1' | 'PSSA-2' | 'none';

/** Public Service Superannuation Act member contribution rates for one calendar year. */
export interface PssaRates {
  year: number;
  group: Exclude<PensionGroup, 'none'>;
  /** Rate on salary up to the YMPE. */
  belowYmpe: Decimal;
  /** Rate on salary above the YMPE. */
  aboveYmpe: Decimal;
  ympe: Decimal;
  /** Salary above this is covered by the Retirement Compensation Arrangement, not the plan. */
  salaryCap: Decimal;
  /** A configured assumption rather than a published figure: shown in the trace. */
  assumption?: string;
  citation: string;
}

const TBS_GROUP1 = 'TBS, Contribution rates for members who started paying into their pension before January 1, 2013';
const TBS_GROUP2 =
  'TBS, Contribution rates for members who started paying into their pension on or after January 1, 2013';

/** Keyed by `${group}:${year}`. */
export const PSSA_RATES: ReadonlyMap<string, PssaRates> = new Map(
  [
    {
      year: 2025,
      group: 'PSSA-1',
      belowYmpe: dec('0.0906'),
      aboveYmpe: dec('0.1164'),
      ympe: dec('71300'),
      salaryCap: dec('210200'),
      citation: `${TBS_GROUP1} (2025)`,
    },
    {
      year: 2026,
      group: 'PSSA-1',
      belowYmpe: dec('0.0906'),
      aboveYmpe: dec('0.1164'),
      ympe: dec('74600'),
      salaryCap: dec('220000'),
      assumption: 'pssa.group1-2026-as-2025: 2026 Group 1 rates not found; the 2025 rates are assumed',
      citation: `${TBS_GROUP1} (2025 rates, assumed for 2026)`,
    },
    {
      year: 2025,
      group: 'PSSA-2',
      belowYmpe: dec('0.0800'),
      aboveYmpe: dec('0.1058'),
      ympe: dec('71300'),
      salaryCap: dec('210200'),
      assumption: 'pssa.group2-2025-as-2026: 2025 Group 2 rates not verified; the 2026 rates are assumed',
      citation: `${TBS_GROUP2} (2026 rates, assumed for 2025)`,
    },
    {
      year: 2026,
      group: 'PSSA-2',
      belowYmpe: dec('0.0800'),
      aboveYmpe: dec('0.1058'),
      ympe: dec('74600'),
      salaryCap: dec('220000'),
      citation: `${TBS_GROUP2} (2026)`,
    },
  ].map((r) => [`${r.group}:${r.year}`, r as PssaRates]),
);
