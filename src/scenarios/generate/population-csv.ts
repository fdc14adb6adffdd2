import { stringify } from 'csv-stringify/sync';
import type { Scenario } from '../../domain/scenario';
import { scenarioToCsv } from '../../fuzz/regression-csv';
import { CSV_COLUMN_NAMES } from '../csv-columns';

/** The header row of a catalogue CSV file: every column, in the template's order. */
export const CSV_HEADER = stringify([CSV_COLUMN_NAMES], { record_delimiter: '\n' });

/**
 * A scenario's rows without the header, to append to a file of many. scenarioToCsv (the
 * loader's inverse, driven by the same field maps) writes one scenario per file with its header.
 */
export function scenarioRows(scenario: Scenario): string {
  const text = scenarioToCsv(scenario);
  if (!text.startsWith(CSV_HEADER)) throw new Error('scenarioToCsv no longer starts with the catalogue header');
  return text.slice(CSV_HEADER.length);
}
