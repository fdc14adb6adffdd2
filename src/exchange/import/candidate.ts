import type { IsoDate } from '../../domain/calendar';
import type { VendorStatementJson } from '../../vendors/protocol';
import type { ImportProblem } from './import-problem';

/** Where something is in a returned file, without the file: a CSV row and column, or a JSON line, column and path. */
export type Where = Omit<ImportProblem, 'file' | 'message' | 'messageFr'>;

/** A statement read from a file, before it is checked against what was sent. */
export interface Candidate {
  file: string;
  employeeId: string;
  payday: IsoDate;
  statement: VendorStatementJson;
  /** The statement as a whole (its first row, or its JSON path). */
  at: Where;
  /**
   * Where a problem inside the statement is, from its path relative to the statement
   * ("lines[3].amount", "gross"): the row of that line in a CSV register.
   */
  locate(relative: string): Where;
  employeeAt: Where;
  paydayAt: Where;
}

/** An employee the supplier cannot pay at all (a JSON answer's `status: "unsupported"`). */
export interface Decline {
  file: string;
  employeeId: string;
  reason: string;
  at: Where;
}

export interface FileRead {
  candidates: Candidate[];
  declines: Decline[];
  problems: ImportProblem[];
  /** Who the JSON answer says it is from. */
  supplier?: { name: string; version: string };
}

/** "results[0].statements[1].lines[3].amount" → ["results", 0, "statements", 1, "lines", 3, "amount"]. */
export function pathKeys(text: string): Array<string | number> {
  const keys: Array<string | number> = [];
  for (const m of text.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(`"${m[3]}"`) as string);
  }
  return keys;
}
