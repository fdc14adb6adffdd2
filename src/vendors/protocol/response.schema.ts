import { z } from 'zod';
import { EVENT_KINDS, periodJson } from '../../domain/scenario';
import { provinceCode } from '../../domain/scenario/employee.schema';
import { decimal, id, isoDate, oneOf, signedDecimal } from '../../domain/scenario/fields';
import {
  discriminatorError,
  errorCode,
  messageType,
  protocolName,
  requestId,
  vendorLineCode,
  wireMoney,
  wireText,
} from './fields';

/**
 * What a supplier answers (payproof-vendor/1). Strict: an unknown field is a schema
 * violation, because a misspelt optional field ("forperiod") would otherwise silently turn
 * a retroactive line into a current one. The statement is the canonical statement JSON
 * (src/domain/scenario/statement.ts) with two differences on the wire: money has exactly
 * two decimals, and a line code may be the supplier's own (mapped by the manifest's lineCodes).
 */
const envelope = { protocol: protocolName(), requestId: requestId() };

export const supplierJson = z
  .strictObject({
    name: wireText('a supplier name', 'Acme Payroll'),
    version: wireText('a version', '4.2.0'),
    // Optional (issue 18): the exact build answering, pinned with every run beside the describe answer's hash.
    build: wireText('a build id', '4.2.0+7f3c2a1').optional(),
  })
  .meta({ id: 'Supplier', description: 'Who answered; recorded with every evaluation run.' });

export const capabilitiesJson = z
  .strictObject({
    provinces: z
      .array(provinceCode())
      .min(1)
      .meta({ description: 'Provinces and territories of employment the supplier can pay.' }),
    eventKinds: z
      .array(oneOf(EVENT_KINDS as [string, ...string[]], 'an event kind'))
      .meta({ description: 'HR event kinds the supplier understands.' }),
    payYears: z
      .array(z.int().min(2000).max(2100))
      .min(1)
      .meta({ description: 'Calendar years of paydays the supplier has rules for.' }),
    maxEmployeesPerRequest: z.int().min(1).meta({ description: 'The most employees one payRun request may carry.' }),
  })
  .meta({ id: 'Capabilities' });

export const describeResultJson = z
  .strictObject({
    ...envelope,
    type: messageType('describeResult'),
    supplier: supplierJson,
    capabilities: capabilitiesJson,
  })
  .meta({ id: 'DescribeResult' });

export const vendorLineJson = z
  .strictObject({
    code: vendorLineCode().meta({
      description: "A canonical pay line code, or the supplier's own code mapped by the manifest's lineCodes.",
    }),
    forPeriod: periodJson
      .optional()
      .meta({ description: 'The earlier period a retroactive line is for; absent for the period paid.' }),
    amount: wireMoney(),
    hours: signedDecimal('a number of hours', '7.5').optional(),
    rate: decimal('a rate', '36.6554').optional(),
    description: wireText('a description', 'Regular pay'),
  })
  .meta({ id: 'Line' });

export const vendorStatementJson = z
  .strictObject({
    employeeId: id().meta({ description: 'The employee id of the request.' }),
    payday: isoDate(),
    periodStart: isoDate(),
    periodEnd: isoDate(),
    lines: z.array(vendorLineJson),
    gross: wireMoney().meta({ description: 'Sum of the earning lines.' }),
    net: wireMoney().meta({ description: 'gross minus the sum of the deduction lines.' }),
  })
  .meta({ id: 'Statement', description: "One employee's pay for one payday." });

const okResultJson = z
  .strictObject({ employeeId: id(), status: z.literal('ok'), statements: z.array(vendorStatementJson) })
  .meta({ id: 'OkResult', description: 'One statement per pay run of the request.' });

const unsupportedResultJson = z
  .strictObject({
    employeeId: id(),
    status: z.literal('unsupported'),
    reason: wireText('a reason', 'leave without pay is not supported'),
  })
  .meta({
    id: 'UnsupportedResult',
    description: 'The supplier cannot pay this employee; the reason is shown in reports.',
  });

export const employeeResultJson = z.discriminatedUnion('status', [okResultJson, unsupportedResultJson], {
  error: discriminatorError('status', ['ok', 'unsupported']),
});

export const payRunResultJson = z
  .strictObject({
    ...envelope,
    type: messageType('payRunResult'),
    supplier: supplierJson,
    results: z.array(employeeResultJson),
  })
  .meta({ id: 'PayRunResult' });

export const errorResultJson = z
  .strictObject({
    protocol: protocolName(),
    type: messageType('error'),
    requestId: requestId().optional().meta({ description: "The request's id, when the request could be read." }),
    code: errorCode(),
    message: wireText('a message', 'maxEmployeesPerRequest is 50; this request has 51 employees'),
  })
  .meta({ id: 'ErrorResult', description: 'The whole request failed; nothing in it was paid.' });

export const RESPONSE_TYPES = ['describeResult', 'payRunResult', 'error'] as const;

export const vendorResponseJson = z
  .discriminatedUnion('type', [describeResultJson, payRunResultJson, errorResultJson], {
    error: discriminatorError('type', RESPONSE_TYPES),
  })
  .meta({ title: 'payproof-vendor/1 response', description: 'A message from a pay supplier to the harness.' });

export type Supplier = z.output<typeof supplierJson>;
export type Capabilities = z.output<typeof capabilitiesJson>;
export type DescribeResult = z.output<typeof describeResultJson>;
export type VendorStatementJson = z.output<typeof vendorStatementJson>;
export type EmployeeResult = z.output<typeof employeeResultJson>;
export type PayRunResult = z.output<typeof payRunResultJson>;
export type ErrorResult = z.output<typeof errorResultJson>;
export type VendorResponse = z.output<typeof vendorResponseJson>;
