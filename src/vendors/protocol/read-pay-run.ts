import { z } from 'zod';
import { id } from '../../domain/scenario/fields';
import type { VendorFailure } from '../vendor-transport';
import { failureOf, issueAt } from './issues';
import type { LineCodeMap } from './line-codes';
import { Read, readAnswer } from './read-answer';
import { EmployeeStatements, readEmployeeResult } from './read-statements';
import type { PayRunRequest } from './request.schema';
import { payRunResultJson } from './response.schema';

/**
 * A payRunResult, read per employee of the request. The envelope (protocol, type,
 * requestId, supplier, and an employeeId on every result) must be right for anything to be
 * trusted; after that each employee's result stands alone, so one employee's bad statement
 * never fails the others.
 */
export type EmployeeRead = Read<EmployeeStatements>;

// Results are checked one by one below; here each needs only an id to be attributed by.
const payRunEnvelope = payRunResultJson.extend({ results: z.array(z.looseObject({ employeeId: id() })) });

export function readPayRun(body: unknown, request: PayRunRequest, lineCodes: LineCodeMap): Map<string, EmployeeRead> {
  const everyone = (failure: VendorFailure) =>
    new Map(request.employees.map((e) => [e.id, { ok: false as const, failure }]));
  const envelope = readAnswer(body, payRunEnvelope, request.requestId);
  if (!envelope.ok) return everyone(envelope.failure);
  const results = envelope.value.results;
  const byEmployee = indexByEmployee(results);
  const strangers = strangerIssues(results, request);
  // An answer for someone not asked about means the supplier mixed employees up: none of it is trusted.
  if (strangers.length > 0) return everyone(failureOf('wrong-employee', strangers));
  return new Map(
    request.employees.map((employee) => {
      const at = byEmployee.get(employee.id) ?? [];
      if (at.length !== 1)
        return [employee.id, { ok: false, failure: failureOf('wrong-employee', [countIssue(employee.id, at)]) }];
      return [employee.id, readEmployeeResult({ raw: results[at[0]], index: at[0], employee, lineCodes })];
    }),
  );
}

function indexByEmployee(results: readonly { employeeId: string }[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  results.forEach((r, i) => map.set(r.employeeId, [...(map.get(r.employeeId) ?? []), i]));
  return map;
}

function strangerIssues(results: readonly { employeeId: string }[], request: PayRunRequest): string[] {
  const asked = request.employees.map((e) => e.id);
  return results.flatMap((r, i) =>
    asked.includes(r.employeeId)
      ? []
      : [
          issueAt(
            ['results', i, 'employeeId'],
            `found ${JSON.stringify(r.employeeId)}, an employee not in the request (expected one of ${asked.join(', ')})`,
          ),
        ],
  );
}

function countIssue(employeeId: string, at: readonly number[]): string {
  if (at.length === 0)
    return issueAt(
      ['results'],
      `no result for employee ${JSON.stringify(employeeId)} (expected one result per employee of the request)`,
    );
  return issueAt(
    ['results', at[1], 'employeeId'],
    `a second result for employee ${JSON.stringify(employeeId)} (the first is results[${at[0]}]; expected one)`,
  );
}
