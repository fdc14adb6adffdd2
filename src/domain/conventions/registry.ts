import type { ConventionEntry } from './convention.types';
import { CALENDAR_ENTRIES } from './entries-calendar';
import { CORRECTION_ENTRIES } from './entries-corrections';
import { DEDUCTION_ENTRIES } from './entries-deductions';
import { EARNINGS_ENTRIES } from './entries-earnings';
import { CONVENTION, type ConventionId } from './ids';

/** Every rule the reference names, in documentation order (the single source: convention.types.ts). */
export const REGISTRY: readonly ConventionEntry[] = [
  ...CALENDAR_ENTRIES,
  ...EARNINGS_ENTRIES,
  ...CORRECTION_ENTRIES,
  ...DEDUCTION_ENTRIES,
];

const BY_ID = new Map(REGISTRY.map((e) => [e.id, e]));

export function conventionById(id: string): ConventionEntry | undefined {
  return BY_ID.get(id);
}

export function isConvention(id: string): id is ConventionId {
  return BY_ID.has(id);
}

/** Every id of ids.ts, for the test that each has exactly one entry. */
export const ALL_IDS: readonly ConventionId[] = Object.values(CONVENTION);
