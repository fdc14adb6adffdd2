import { z } from 'zod';
import { employeeJson, hrEventJson } from '../../domain/scenario';
import { id, isoDate, text } from '../../domain/scenario/fields';
import { discriminatorError, messageType, protocolName, requestId } from './fields';

/**
 * What the harness sends (payproof-vendor/1). These zod schemas check the harness's own
 * requests in tests and generate docs/schemas/vendor-request.schema.json. The employee
 * profile and the HR events are the scenario format's own (docs/scenario-format.md), so a
 * supplier reads one description of them, not two.
 */
const envelope = { protocol: protocolName(), requestId: requestId() };

export const describeRequestJson = z
  .strictObject({ ...envelope, type: messageType('describe') })
  .meta({ id: 'DescribeRequest', description: 'Asks the supplier who it is and what it can pay.' });

export const payRunJson = z
  .strictObject({
    payday: isoDate().meta({
      description:
        'The day this run pays: the scheduled Wednesday, or the business day before it when that Wednesday is a holiday.',
    }),
    periodStart: isoDate().meta({ description: 'First day of the period this run pays (a Thursday).' }),
    periodEnd: isoDate().meta({ description: 'Last day of the period this run pays (a Wednesday), inclusive.' }),
    cutoff: isoDate().meta({
      description: 'This run sees only events entered on or before this date (7 days before the scheduled payday).',
    }),
    periodsInYear: z.int().min(1).max(53).meta({
      description: "P: paydays in the payday's calendar year (26 or 27), for tax (convention tax.year-of-payday).",
    }),
  })
  .meta({ id: 'PayRun', description: 'One pay run to produce: a statement for this payday.' });

export const historyJson = z
  .strictObject({
    payRuns: z.array(payRunJson).meta({
      description:
        'The pay runs before the first requested one that the reference works out (convention history.from-january), in payday order: work them out as paid under the same rules; do not answer them.',
    }),
    deductionsFrom: isoDate().meta({
      description:
        'The first payday (history or requested) whose deductions are worked out; year-to-date amounts are zero on it and on the first payday of each later calendar year.',
    }),
  })
  .meta({ id: 'History', description: 'Where the employee’s pay history starts (protocol 1.1).' });

export const employeeRequestJson = z
  .strictObject({
    id: id().meta({
      description: 'The id to answer with: result.employeeId and every statement.employeeId. Equal to profile.id.',
    }),
    profile: employeeJson.meta({
      description: 'The employee profile, as in the scenario format (docs/scenario-format.md).',
    }),
    conventions: z.array(text('a convention name', 'cutoff.pay-run-lock')).meta({
      description:
        'Named conventions the scenario assumes. Information, except a selectable one (recovery.flexible-acknowledged), which the reference applies: vendor-protocol.md section 5.',
    }),
    events: z
      .array(hrEventJson)
      .meta({ description: "Every HR event of the employee, each with `entered`. Respect each run's cutoff." }),
    payRuns: z.array(payRunJson).min(1).meta({ description: 'The pay runs to produce, in payday order.' }),
    history: historyJson,
  })
  .meta({ id: 'EmployeeRequest' });

export const payRunRequestJson = z
  .strictObject({ ...envelope, type: messageType('payRun'), employees: z.array(employeeRequestJson).min(1) })
  .meta({ id: 'PayRunRequest', description: 'Asks for the pay statements of one or more employees.' });

export const vendorRequestJson = z
  .discriminatedUnion('type', [describeRequestJson, payRunRequestJson], {
    error: discriminatorError('type', ['describe', 'payRun']),
  })
  .meta({ title: 'payproof-vendor/1 request', description: 'A message from the harness to a pay supplier.' });

export type DescribeRequest = z.output<typeof describeRequestJson>;
export type PayRunRequest = z.output<typeof payRunRequestJson>;
export type EmployeeRequest = z.output<typeof employeeRequestJson>;
export type PayRunJson = z.output<typeof payRunJson>;
export type HistoryJson = z.output<typeof historyJson>;
export type VendorRequest = z.output<typeof vendorRequestJson>;
