export * from './scenario.types';
export * from './statement-codes';
export * from './statement';
export { parseScenario, parseScenarioText, parseScenarioOrThrow, scenarioFromOwnJson } from './parse-scenario';
export { scenarioToJson } from './to-json';
export { compareEvents, effectiveDateOf } from './canonical';
export type { ParseResult } from './parse-result';
export { scenarioJson, expectedLineJson, periodJson } from './scenario.schema';
export type { ScenarioJson, ExpectedLineJson, PeriodJson } from './scenario.schema';
export { hrEventJson, EVENT_KINDS, OVERTIME_DAY_TYPES, ALLOWANCE_KINDS } from './events.schema';
export type { HrEventJson } from './events.schema';
export { employeeJson, PENSION_GROUPS } from './employee.schema';
export type { EmployeeJson, ClaimJson } from './employee.schema';
export { scenarioJsonSchema, statementJsonSchema, SCENARIO_SCHEMA_ID } from './json-schema';
export {
  PA_CLASSIFICATIONS,
  PA_PAY_TABLE_CITATION,
  PA_PAY_TABLE_EFFECTIVE,
  annualRateFor,
  appliesToClassification,
  isPaClassification,
  stepsFor,
} from './pa-pay-table';
export { formatIssues, formatIssueWords, formatPath } from './messages';
export type { Issue, Lang, Words } from './messages';
export { windowNotes } from './window-checks';
export * from './limits';
