export { VENDOR_PROTOCOL, WIRE_MONEY_TEXT } from './fields';
export * from './request.schema';
export * from './response.schema';
export { ERROR_CODES, type ErrorCode } from './errors';
export {
  vendorRequestJsonSchema,
  vendorResponseJsonSchema,
  VENDOR_SCHEMA_FILES,
  VENDOR_REQUEST_SCHEMA_ID,
  VENDOR_RESPONSE_SCHEMA_ID,
} from './json-schema';
export { describeRequest, employeeRequest, payRunRequest, type PayRunRequestInput } from './build-request';
export { unsupportedReason } from './capabilities';
export { lineCodeMap, mapLineCode, type LineCodeMap } from './line-codes';
export { readAnswer, readDescribe, type Description, type Read } from './read-answer';
export { readPayRun, type EmployeeRead } from './read-pay-run';
export type { EmployeeStatements } from './read-statements';
