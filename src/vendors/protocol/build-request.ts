import { CutoffConvention, PAY_RUN_LOCK } from '../../domain/calendar';
import { referenceRuns } from '../../domain/reference/engine/history';
import { Scenario, scenarioToJson } from '../../domain/scenario';
import { VENDOR_PROTOCOL } from './fields';
import type { DescribeRequest, EmployeeRequest, PayRunRequest } from './request.schema';

/**
 * Requests built from canonical Scenarios. The employee id on the wire is the SCENARIO id,
 * not the profile's own id: many scenarios reuse one profile id (say "E-1001"), so only the
 * scenario id tells which answer belongs to which scenario of a batch, and an answer for
 * the wrong employee is detectable. The profile's id is replaced by it, so a supplier sees
 * one id per employee.
 */
export function describeRequest(requestId: string): DescribeRequest {
  return { protocol: VENDOR_PROTOCOL, type: 'describe', requestId };
}

export function employeeRequest(scenario: Scenario, convention: CutoffConvention = PAY_RUN_LOCK): EmployeeRequest {
  const json = scenarioToJson(scenario);
  const plan = referenceRuns(scenario, convention);
  return {
    id: scenario.id,
    profile: { ...json.employee, id: scenario.id },
    conventions: json.conventions,
    // Every event, including those entered after the last cut-off: a supplier that uses an
    // event before its run's cut-off sees it is paying from the future, which is a finding.
    events: json.events,
    payRuns: plan.runs.slice(plan.history),
    // What the reference works out before the first requested run, so a supplier never guesses
    // where the year to date starts (convention history.from-january).
    history: { payRuns: plan.runs.slice(0, plan.history), deductionsFrom: plan.deductionsFrom },
  };
}

export interface PayRunRequestInput {
  requestId: string;
  scenarios: readonly Scenario[];
  convention?: CutoffConvention;
}

export function payRunRequest({ requestId, scenarios, convention }: PayRunRequestInput): PayRunRequest {
  return {
    protocol: VENDOR_PROTOCOL,
    type: 'payRun',
    requestId,
    employees: scenarios.map((s) => employeeRequest(s, convention)),
  };
}
