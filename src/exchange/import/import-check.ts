import type { IsoDate } from '../../domain/calendar';
import type { EmployeeRequest, LineCodeMap, PayRunJson } from '../../vendors/protocol';
import { readEmployeeResult } from '../../vendors/protocol/read-statements';
import type { AnswerRecord } from '../store/import-store';
import type { Candidate, Decline, Where } from './candidate';
import { formatProblemIn, type ImportProblem, words } from './import-problem';

/**
 * Everything read from the returned files, checked against what the outbound package sent:
 * each statement for an employee and payday that was sent, at most once, an employee either
 * declined or paid, and each statement through the protocol's own reading (schema, line
 * codes, periods), so nothing is stored that a live answer would not pass.
 */
export interface CheckInput {
  candidates: readonly Candidate[];
  declines: readonly Decline[];
  expected: ReadonlyMap<string, ReadonlyMap<IsoDate, PayRunJson>>;
  lineCodes: LineCodeMap;
}

export function checkAnswers({ candidates, declines, expected, lineCodes }: CheckInput): {
  records: AnswerRecord[];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  const at = (file: string, where: Where, message: { message: string; messageFr?: string }) =>
    problems.push({ file, ...where, ...message });
  // Where another row is, in each language ("a.csv, row 3" / "a.csv, ligne 3").
  const place = (file: string, where: Where) => ({
    en: formatProblemIn({ file, ...where, message: '' }, 'en').slice(0, -2),
    fr: formatProblemIn({ file, ...where, message: '' }, 'fr').slice(0, -3),
  });
  const declined = new Map<string, Decline>();
  for (const d of declines) {
    if (!expected.has(d.employeeId)) at(d.file, d.at, notSent(d.employeeId));
    else if (!declined.has(d.employeeId)) declined.set(d.employeeId, d);
  }
  const seen = new Map<string, Candidate>();
  const records: AnswerRecord[] = [...declined.values()].map((d) => ({
    employeeId: d.employeeId,
    unsupported: d.reason,
  }));
  for (const c of candidates) {
    const runs = expected.get(c.employeeId);
    const run = runs?.get(c.payday);
    const key = `${c.employeeId}\u0000${c.payday}`;
    const first = seen.get(key);
    const decline = declined.get(c.employeeId);
    if (!runs) at(c.file, c.employeeAt, notSent(c.employeeId));
    else if (!run)
      at(
        c.file,
        c.paydayAt,
        words('import.check.notPayRun', {
          payday: c.payday,
          employee: c.employeeId,
          runs: [...runs.keys()].join(', '),
        }),
      );
    else if (first)
      at(
        c.file,
        c.at,
        words('import.check.second', {
          employee: c.employeeId,
          payday: c.payday,
          place: place(first.file, first.at),
        }),
      );
    else if (decline)
      at(
        c.file,
        c.at,
        words('import.check.declined', { employee: c.employeeId, place: place(decline.file, decline.at) }),
      );
    else {
      seen.set(key, c);
      const issues = protocolIssues(c, run, lineCodes);
      // The protocol's reading words its issues in English only: kept, said so in French.
      for (const issue of issues)
        at(c.file, c.locate(issue.relative), words('import.check.protocol', { message: issue.message }));
      if (issues.length === 0) records.push({ employeeId: c.employeeId, statement: c.statement });
    }
  }
  return { records: records.sort(byEmployeeThenPayday), problems };
}

function notSent(employeeId: string): { message: string; messageFr: string } {
  return words('import.check.notSent', { employee: employeeId });
}

/** The protocol's reading of a live answer, on this one statement; issues relative to the statement. */
function protocolIssues(
  c: Candidate,
  run: PayRunJson,
  lineCodes: LineCodeMap,
): Array<{ relative: string; message: string }> {
  // readEmployeeResult uses only the employee's id and pay runs.
  const employee = { id: c.employeeId, payRuns: [run] } as unknown as EmployeeRequest;
  const read = readEmployeeResult({
    raw: { employeeId: c.employeeId, status: 'ok', statements: [c.statement] },
    index: 0,
    employee,
    lineCodes,
  });
  if (read.ok) return [];
  const prefix = 'results[0].statements[0]';
  return (read.failure.detail?.issues ?? [read.failure.message]).map((line) => {
    const split = line.indexOf(': ');
    const path = split === -1 ? '' : line.slice(0, split);
    const relative = path.startsWith(prefix) ? path.slice(prefix.length).replace(/^\./, '') : '';
    return { relative, message: split === -1 ? line : line.slice(split + 2) };
  });
}

function byEmployeeThenPayday(a: AnswerRecord, b: AnswerRecord): number {
  const key = (r: AnswerRecord) => `${r.employeeId}\u0000${'statement' in r ? r.statement.payday : ''}`;
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}
