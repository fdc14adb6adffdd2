import { z } from 'zod';
import { appliesTo, classification, decimal, id, isoDate, money, oneOf, step, text } from './fields';
import { claimJson, positionFields, provinceCode } from './employee.schema';
import { bilingual, found, show } from './messages';

/**
 * JSON form of the HR events. Every event has `id`, `kind`, the date(s) it takes effect and
 * `entered`, the date it was entered into the pay system (bitemporal: DESIGN.md). A pay run
 * sees an event only from the first run whose cut-off is on or after `entered`.
 * Cross-field rules (end ≥ start, one of rates/percent, …) are in cross-checks.ts.
 */
const base = {
  id: id().meta({ description: 'Unique within the scenario.' }),
  entered: isoDate().meta({ description: 'The date the event was entered into the pay system.' }),
};
const when = (description: string) => isoDate().meta({ description });

const hire = z
  .strictObject({
    kind: z.literal('hire'),
    ...base,
    effective: when('First day of employment.'),
    ...positionFields,
    department: text(
      { en: 'a department', fr: 'un ministère' },
      { en: 'Statistics Canada', fr: 'Statistique Canada' },
    ).optional(),
  })
  .meta({ id: 'HireEvent' });
const termination = z
  .strictObject({
    kind: z.literal('termination'),
    ...base,
    lastDay: when('The last day paid; pay stops the day after.'),
  })
  .meta({ id: 'TerminationEvent' });
const revisedRate = z.strictObject({ classification: classification(), step: step(), annualRate: money() });
const rateRevision = z
  .strictObject({
    kind: z.literal('rateRevision'),
    ...base,
    effective: when('The day the new rates take effect.'),
    signed: when('The day the collective agreement was signed.'),
    appliesTo: appliesTo().meta({
      description: 'A group ("AS"), a classification ("AS-02"), or "PA" for every classification of the PA pay table.',
    }),
    rates: z.array(revisedRate).min(1).optional().meta({ description: 'New annual rates by classification and step.' }),
    percent: decimal({ en: 'a percent', fr: 'un pourcentage' }, '2.25')
      .optional()
      .meta({ description: 'Or: an increase of every rate by this percent, rounded to the dollar.' }),
  })
  .meta({ id: 'RateRevisionEvent' });
const stepIncrement = z
  .strictObject({
    kind: z.literal('stepIncrement'),
    ...base,
    effective: when('The day the new step takes effect.'),
    newStep: step(),
  })
  .meta({ id: 'StepIncrementEvent' });
const acting = z
  .strictObject({
    kind: z.literal('acting'),
    ...base,
    start: when('First day acting.'),
    end: when('Last day acting (inclusive).'),
    ...positionFields,
  })
  .meta({ id: 'ActingEvent' });
export const OVERTIME_DAY_TYPES = ['workday', 'firstDayOfRest', 'secondDayOfRest'] as const;
const overtime = z
  .strictObject({
    kind: z.literal('overtime'),
    ...base,
    date: when('The day the overtime was worked.'),
    hours: decimal({ en: 'a number of hours', fr: 'un nombre d’heures' }, '3.5'),
    dayType: oneOf(OVERTIME_DAY_TYPES, { en: 'a day type', fr: 'un type de jour' }).optional(),
    multiplier: decimal({ en: 'a multiplier', fr: 'un multiplicateur' }, '1.5')
      .optional()
      .meta({ description: 'Or: an explicit rate multiplier such as "1.5" or "2.0".' }),
  })
  .meta({ id: 'OvertimeEvent' });
const leaveWithoutPay = z
  .strictObject({
    kind: z.literal('leaveWithoutPay'),
    ...base,
    start: when('First day of leave.'),
    end: when('Last day of leave (inclusive).'),
  })
  .meta({ id: 'LeaveWithoutPayEvent' });
export const ALLOWANCE_KINDS = ['bilingualism'] as const;
const allowance = z
  .strictObject({
    kind: z.literal('allowance'),
    ...base,
    allowance: oneOf(ALLOWANCE_KINDS, { en: 'an allowance', fr: 'une indemnité' }),
    start: when('First day paid.'),
    end: when('Last day paid (inclusive); absent when open-ended.').optional(),
    annualAmount: money().default('800.00'),
  })
  .meta({ id: 'AllowanceEvent' });
const transfer = z
  .strictObject({
    kind: z.literal('transfer'),
    ...base,
    effective: when('First day in the new department.'),
    toDepartment: text(
      { en: 'a department', fr: 'un ministère' },
      { en: 'Statistics Canada', fr: 'Statistique Canada' },
    ),
  })
  .meta({ id: 'TransferEvent' });
const td1Change = z
  .strictObject({
    kind: z.literal('td1Change'),
    ...base,
    effective: when('The day the new TD1 applies.'),
    federal: claimJson.optional(),
    provincial: claimJson.optional(),
  })
  .meta({ id: 'Td1ChangeEvent' });
const provinceChange = z
  .strictObject({
    kind: z.literal('provinceChange'),
    ...base,
    effective: when('The day the new province applies.'),
    province: provinceCode(),
  })
  .meta({ id: 'ProvinceChangeEvent' });

const VARIANTS = [
  hire,
  termination,
  rateRevision,
  stepIncrement,
  acting,
  overtime,
  leaveWithoutPay,
  allowance,
  transfer,
  td1Change,
  provinceChange,
] as const;
export const EVENT_KINDS = VARIANTS.map((v) => v.shape.kind.value);

const kindError = bilingual((iss) => {
  const list = EVENT_KINDS.join(', ');
  if (iss.code !== 'invalid_union')
    return {
      en: `found ${found(iss.input).en}, expected an event: an object with a kind, e.g. { "kind": "hire", … }`,
      fr: `trouvé ${found(iss.input).fr}, attendu : un événement, un objet avec un kind, p. ex. { "kind": "hire", … }`,
    };
  const kind = (iss.input as { kind?: unknown }).kind;
  if (kind === undefined)
    return {
      en: `missing (expected an event kind: one of ${list})`,
      fr: `absent (attendu : un type d’événement, l’un de ${list})`,
    };
  if (typeof kind === 'string')
    return {
      en: `${show(kind)} is not an event kind (expected one of ${list})`,
      fr: `${show(kind)} n’est pas un type d’événement (attendu : l’un de ${list})`,
    };
  return {
    en: `found ${found(kind).en}, expected an event kind: one of ${list}`,
    fr: `trouvé ${found(kind).fr}, attendu : un type d’événement, l’un de ${list}`,
  };
});

export const hrEventJson = z.discriminatedUnion('kind', VARIANTS, { error: kindError });
export type HrEventJson = z.output<typeof hrEventJson>;
