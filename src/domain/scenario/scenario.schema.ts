import { z } from 'zod';
import { id, isoDate, oneOf, signedMoney, text } from './fields';
import { employeeJson } from './employee.schema';
import { hrEventJson } from './events.schema';
import { LINE_CODE_LIST } from './statement-codes';

/**
 * The JSON form of a scenario: what volunteers upload and vendors receive. Money and hours
 * are text. This zod schema is the single source of docs/scenario.schema.json (json-schema.ts).
 * It checks shapes and formats; rules that relate several fields are in cross-checks.ts.
 */
export const periodJson = z
  .strictObject({
    start: isoDate().meta({ description: 'First day of the period (a Thursday).' }),
    end: isoDate().meta({ description: 'Last day of the period (a Wednesday), inclusive.' }),
  })
  .meta({ id: 'Period', description: 'A pay period, both ends inclusive.' });

export const lineCode = () => oneOf(LINE_CODE_LIST, { en: 'a pay line code', fr: 'un code de ligne de paye' });

export const expectedLineJson = z.strictObject({
  payday: isoDate().meta({ description: 'The payday of the pay stub.' }),
  code: lineCode(),
  forPeriod: periodJson
    .optional()
    .meta({ description: 'The period the line is for, when not the period paid on this payday.' }),
  amount: signedMoney(),
  source: text(
    { en: 'where the amount comes from', fr: 'la provenance du montant' },
    { en: 'pay stub 2026-03-11', fr: 'talon de paye 2026-03-11' },
  ),
  description: text(
    { en: 'a description', fr: 'une description' },
    { en: 'Acting pay AS-04', fr: 'Rémunération d’intérim AS-04' },
  ).optional(),
});

export const scenarioJson = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Optional link to this schema, for editors.' }),
    id: id(),
    title: text(
      { en: 'a title', fr: 'un titre' },
      { en: 'Acting entered three weeks late', fr: 'Intérim saisi trois semaines en retard' },
    ),
    description: text(
      { en: 'a description', fr: 'une description' },
      {
        en: 'An AS-02 acts as AS-04 from March 2',
        fr: 'Un AS-02 assure l’intérim d’un poste AS-04 à compter du 2 mars',
      },
    ).optional(),
    family: text(
      { en: 'a scenario family', fr: 'une famille de scénarios' },
      { en: 'acting pay', fr: 'rémunération d’intérim' },
    ).optional(),
    tags: z.array(text({ en: 'a tag', fr: 'une étiquette' }, 'late-entry')).default([]),
    conventions: z
      .array(text({ en: 'a convention name', fr: 'un nom de convention' }, 'cutoff.pay-run-lock'))
      .default([]),
    employee: employeeJson,
    events: z.array(hrEventJson).default([]),
    payRuns: z
      .strictObject({
        from: isoDate().meta({ description: 'First payday to produce.' }),
        to: isoDate().meta({ description: 'Last payday to produce (inclusive).' }),
      })
      .meta({ description: 'The paydays to produce, from the federal biweekly calendar.' }),
    expected: z.array(expectedLineJson).default([]).meta({ description: 'Lines from a real pay stub, if known.' }),
  })
  .meta({
    title: 'payproof scenario',
    description: 'One employee, their HR events (bitemporal) and the pay runs to produce.',
  });

export type ScenarioJson = z.output<typeof scenarioJson>;
export type ExpectedLineJson = z.output<typeof expectedLineJson>;
export type PeriodJson = z.output<typeof periodJson>;
