import type { IsoDate } from '../../domain/calendar';
import { parseShapedStatement, type Statement, type StatementJson } from '../../domain/scenario';
import { check, failureOf, issueAt, Path } from './issues';
import { LineCodeMap, mapLineCode } from './line-codes';
import type { Read } from './read-answer';
import type { EmployeeRequest, PayRunJson } from './request.schema';
import { employeeResultJson, VendorStatementJson } from './response.schema';

/**
 * One employee's result, checked against what was asked. A requested payday with no
 * statement is NOT a failure: it is a pay the supplier missed, listed in `missingPaydays`
 * for the checks to count ("pays missed"), while the statements it did produce are judged.
 */
export interface EmployeeStatements {
  /** Canonical statements, in payday order. */
  statements: Statement[];
  /** Requested paydays without a statement, in payday order. */
  missingPaydays: IsoDate[];
}

export interface EmployeeResultInput {
  raw: unknown;
  /** Its index in `results`, for the paths in messages. */
  index: number;
  employee: EmployeeRequest;
  lineCodes: LineCodeMap;
}

export function readEmployeeResult({ raw, index, employee, lineCodes }: EmployeeResultInput): Read<EmployeeStatements> {
  const at: Path = ['results', index];
  const checked = check(employeeResultJson, raw, at);
  if (!checked.ok) return { ok: false, failure: failureOf('schema', checked.issues) };
  const result = checked.value;
  if (result.status === 'unsupported') {
    return {
      ok: false,
      failure: { kind: 'unsupported', message: `supplier does not support this employee: ${result.reason}` },
    };
  }
  const paths = result.statements.map((_, j): Path => [...at, 'statements', j]);
  const strangers = result.statements.flatMap((s, j) => employeeIssue(s, employee.id, paths[j]));
  if (strangers.length > 0) return { ok: false, failure: failureOf('wrong-employee', strangers) };
  const issues = [
    ...paydayIssues(result.statements, employee.payRuns, paths),
    ...result.statements.flatMap((s, j) => codeIssues(s, lineCodes, paths[j])),
  ];
  if (issues.length > 0) return { ok: false, failure: failureOf('schema', issues) };
  return toCanonical(result.statements, { lineCodes, paths, payRuns: employee.payRuns });
}

function employeeIssue(s: VendorStatementJson, expected: string, path: Path): string[] {
  if (s.employeeId === expected) return [];
  return [
    issueAt(
      [...path, 'employeeId'],
      `found ${JSON.stringify(s.employeeId)}, expected ${JSON.stringify(expected)} (the result's employee)`,
    ),
  ];
}

/** Each statement is for a requested payday, at most once, and for the period that payday pays. */
function paydayIssues(
  statements: readonly VendorStatementJson[],
  runs: readonly PayRunJson[],
  paths: readonly Path[],
): string[] {
  const seen = new Map<IsoDate, number>();
  return statements.flatMap((s, j) => {
    const run = runs.find((r) => r.payday === s.payday);
    if (run === undefined) {
      return [
        issueAt(
          [...paths[j], 'payday'],
          `${s.payday} was not asked for (expected one of ${runs.map((r) => r.payday).join(', ')})`,
        ),
      ];
    }
    const first = seen.get(s.payday);
    if (first !== undefined)
      return [
        issueAt(
          [...paths[j], 'payday'],
          `a second statement for ${s.payday} (the first is statements[${first}]; expected one per payday)`,
        ),
      ];
    seen.set(s.payday, j);
    const period = (field: 'periodStart' | 'periodEnd') =>
      s[field] === run[field]
        ? []
        : [
            issueAt(
              [...paths[j], field],
              `found ${s[field]}, expected ${run[field]} (the period paid on ${run.payday})`,
            ),
          ];
    return [...period('periodStart'), ...period('periodEnd')];
  });
}

function codeIssues(s: VendorStatementJson, lineCodes: LineCodeMap, path: Path): string[] {
  return s.lines.flatMap((l, k) => {
    const mapped = mapLineCode(l.code, lineCodes);
    return mapped.ok ? [] : [issueAt([...path, 'lines', k, 'code'], mapped.message)];
  });
}

interface CanonicalInput {
  lineCodes: LineCodeMap;
  paths: readonly Path[];
  payRuns: readonly PayRunJson[];
}

/** Maps codes and parses each statement into the canonical form (which also checks date order). */
function toCanonical(
  statements: readonly VendorStatementJson[],
  { lineCodes, paths, payRuns }: CanonicalInput,
): Read<EmployeeStatements> {
  const parsed: Statement[] = [];
  const issues: string[] = [];
  statements.forEach((s, j) => {
    const lines = s.lines.map((l) => {
      const mapped = mapLineCode(l.code, lineCodes); // every code was checked by codeIssues
      return { ...l, code: mapped.ok ? mapped.code : l.code };
    });
    // The response schema is stricter than the statement's (two decimals, bounded text) and every
    // code is now canonical, so the statement schema is not run a second time.
    const result = parseShapedStatement({ ...s, lines } as StatementJson);
    if (result.ok) parsed.push(result.value);
    else issues.push(...result.errors.map((e) => reroot(e, paths[j])));
  });
  if (issues.length > 0) return { ok: false, failure: failureOf('schema', issues) };
  parsed.sort((a, b) => (a.payday < b.payday ? -1 : a.payday > b.payday ? 1 : 0));
  const paid = new Set(parsed.map((s) => s.payday));
  return {
    ok: true,
    value: { statements: parsed, missingPaydays: payRuns.map((r) => r.payday).filter((d) => !paid.has(d)) },
  };
}

/** parseStatement names paths from the statement ("lines[0].forPeriod.end: …"); name them from the answer. */
function reroot(line: string, path: Path): string {
  const prefix = issueAt(path, '').slice(0, -2);
  if (line.startsWith('statement:')) return `${prefix}${line.slice('statement'.length)}`;
  return line.startsWith('[') ? `${prefix}${line}` : `${prefix}.${line}`;
}
