import { periodOfPayday } from '../../domain/calendar';
import type { VendorStatementJson } from '../../vendors/protocol';
import type { CsvRegistersConfig, RegisterColumns } from '../exchange-config';
import { pathKeys, type Candidate, type Where } from './candidate';
import type { ImportProblem } from './import-problem';
import { words } from './import-problem';

/**
 * The rows of a CSV register that were read without a problem, made into statements: one per
 * employee and payday, its lines in row order, gross and net from their totals rows. Each
 * statement keeps the rows it came from, so a problem found later in a line is reported on
 * that line's row and column.
 */
export type Field = keyof RegisterColumns;

export interface RegisterRow {
  row: number;
  employeeId: string;
  payday: string;
  code: string;
  amount: string;
  line?: VendorStatementJson['lines'][number];
}

type Row = RegisterRow;

/** Rows of one employee and payday → one statement; a statement needs exactly one gross and one net row. */
export function group(
  rows: Row[],
  r: CsvRegistersConfig,
  file: string,
): { candidates: Candidate[]; problems: ImportProblem[] } {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.employeeId}\u0000${row.payday}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const candidates: Candidate[] = [];
  const problems: ImportProblem[] = [];
  for (const group of byKey.values()) {
    const [first] = group;
    const total = (code: string, name: 'gross' | 'net'): Row | undefined => {
      const found = group.filter((g) => g.code === code);
      if (found.length === 1) return found[0];
      const where = found.length === 0 ? first.row : found[1].row;
      problems.push({
        file,
        row: where,
        column: r.columns.lineCode,
        ...words(found.length === 0 ? 'import.total.none' : 'import.total.second', {
          name: { en: name, fr: name === 'gross' ? 'paye brute' : 'paye nette' },
          code,
          employee: first.employeeId,
          payday: first.payday,
          first: found[0]?.row ?? '',
        }),
      });
      return undefined;
    };
    const gross = total(r.totals.gross, 'gross');
    const net = total(r.totals.net, 'net');
    if (!gross || !net) continue;
    const lineRows = group.filter((g) => g.line !== undefined);
    const own = periodOfPayday(first.payday);
    const statement: VendorStatementJson = {
      employeeId: first.employeeId,
      payday: first.payday,
      periodStart: own.start,
      periodEnd: own.end,
      lines: lineRows.map((g) => g.line!),
      gross: gross.amount,
      net: net.amount,
    };
    const column = (field: Field) => r.columns[field];
    candidates.push({
      file,
      employeeId: first.employeeId,
      payday: first.payday,
      statement,
      at: { row: first.row },
      employeeAt: { row: first.row, column: column('employeeId') },
      paydayAt: { row: first.row, column: column('payday') },
      locate: (relative) => locateInRows(relative, { lineRows, gross, net, first, r }),
    });
  }
  return { candidates, problems };
}

interface Rows {
  lineRows: Row[];
  gross: Row;
  net: Row;
  first: Row;
  r: CsvRegistersConfig;
}

const FIELD_OF: Record<string, Field> = {
  code: 'lineCode',
  amount: 'amount',
  description: 'description',
  hours: 'hours',
  rate: 'rate',
  forPeriod: 'periodStart',
};

/** A problem at "lines[3].forPeriod.end" is on the row of line 3, in its period column. */
function locateInRows(relative: string, { lineRows, gross, net, first, r }: Rows): Where {
  const [head, index, field, sub] = pathKeys(relative);
  if (head === 'gross') return { row: gross.row, column: r.columns.amount };
  if (head === 'net') return { row: net.row, column: r.columns.amount };
  if (head === 'lines' && typeof index === 'number' && lineRows[index]) {
    const name = field === 'forPeriod' && sub === 'end' ? 'periodEnd' : FIELD_OF[String(field)];
    return { row: lineRows[index].row, column: name ? r.columns[name] : undefined };
  }
  return { row: first.row };
}
