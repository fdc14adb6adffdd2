import { refuse } from '../../refusals';
import { T4127_2025_01 } from './t4127-2025-01';
import { T4127_2025_07 } from './t4127-2025-07';
import { T4127_2026_01 } from './t4127-2026-01';
import type { Edition } from './t4127.types';

/** Every edition payproof holds, oldest first. */
export const EDITIONS: readonly Edition[] = [T4127_2025_01, T4127_2025_07, T4127_2026_01];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The year of a YYYY-MM-DD calendar date, refusing anything that is not a real date. */
export function payDateYear(payDate: string): number {
  const m = ISO_DATE.exec(payDate);
  const year = m ? Number(m[1]) : NaN;
  const month = m ? Number(m[2]) : NaN;
  const day = m ? Number(m[3]) : NaN;
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw refuse('INVALID_INPUT', 'payDate.format', { found: payDate }, { field: 'payDate' });
  }
  return year;
}

/**
 * The edition in force on a pay date: the latest one effective on or before it, within the same
 * tax year (deductions belong to the payday's year). ISO dates compare correctly as strings.
 */
export function editionFor(payDate: string): Edition {
  const known = CHOSEN.get(payDate);
  if (known) return known;
  const found = chooseEdition(payDate);
  // A run pays on few distinct dates; the bound only keeps a long fuzzing session from growing it.
  if (CHOSEN.size >= 10_000) CHOSEN.clear();
  CHOSEN.set(payDate, found);
  return found;
}

/** Pay dates already resolved: the choice depends on the date alone, so it is remembered. */
const CHOSEN = new Map<string, Edition>();

function chooseEdition(payDate: string): Edition {
  const year = payDateYear(payDate);
  const first = EDITIONS[0];
  if (payDate < first.effective) {
    throw refuse(
      'NO_RULES_EDITION',
      'edition.before',
      { payDate, first: first.id, effective: first.effective },
      { payDate, firstEdition: first.effective },
    );
  }
  let found = first;
  for (const e of EDITIONS) if (e.effective <= payDate) found = e;
  if (found.taxYear !== year) {
    throw refuse(
      'NO_RULES_EDITION',
      'edition.year',
      { payDate, latest: found.id, taxYear: found.taxYear },
      { payDate, latestEdition: found.id },
    );
  }
  return found;
}
