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
    payday: isoDate().meta({ description: 'The payday of this run (a federal payday, a Wednesday).' }),
    periodStart: isoDate().meta({ description: 'First day of the period this run pays (a Thursday).' }),
    periodEnd: isoDate().meta({ description: 'Last day of the period this run pays (a Wednesday), inclusive.' }),
    cutoff: isoDate().meta({ description: 'This run sees only events entered on or before this date.' }),
    periodsInYear: z
      .int()
      .min(1)
      .max(53)
      .meta({ description: "P: paydays in the payday's calendar year (26 or 27), for tax." }),
  })
  .meta({ id: 'PayRun', description: 'One pay run to produce: a statement for this payday.' });

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
        'Named conventions the scenario assumes, for information; the harness always judges by the reference conventions.',
    }),
    events: z
      .array(hrEventJson)
      .meta({ description: "Every HR event of the employee, each with `entered`. Respect each run's cutoff." }),
    payRuns: z.array(payRunJson).min(1).meta({ description: 'The pay runs to produce, in payday order.' }),
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
export type VendorRequest = z.output<typeof vendorRequestJson>;
