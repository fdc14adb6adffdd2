import { z } from 'zod';
import { dateProblem } from '../calendar';
import { describeFound, show } from './messages';

/**
 * The leaf fields of the JSON forms (scenario and statement), each with its own plain
 * message saying what was found and what was expected. Money and hours are TEXT in JSON
 * ("50.00", "7.5"): a JSON number would be a binary float (DESIGN.md, "Money is decimal").
 */
interface Expectation {
  noun: string;
  example: string;
  /** Replaces "e.g. <example>" after "expected" when the format needs explaining. */
  hint?: string;
}

function textLeafError(e: Expectation): z.core.$ZodErrorMap {
  return (iss) => {
    if (iss.input === undefined) return `missing (expected ${e.noun}, e.g. ${e.example})`;
    if (typeof iss.input !== 'string')
      return `found ${describeFound(iss.input)}, expected ${e.noun} written as text, e.g. "${e.example}"`;
    return `${show(iss.input)} is not ${e.noun} (expected ${e.hint ?? `e.g. ${e.example}`})`;
  };
}

function patterned(re: RegExp, e: Expectation) {
  const error = textLeafError(e);
  return z.string({ error }).regex(re, { error });
}

const dateError: z.core.$ZodErrorMap = (iss) => {
  const problem = typeof iss.input === 'string' ? dateProblem(iss.input) : undefined;
  if (problem === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(iss.input as string)) {
    return textLeafError({ noun: 'a date', example: '2026-01-14', hint: 'YYYY-MM-DD, e.g. 2026-01-14' })(iss);
  }
  return `${show(iss.input as string)} is not a date: ${problem}`;
};

/** A calendar date, 'YYYY-MM-DD' (2026-02-30 is refused). */
export const isoDate = () => z.iso.date({ error: dateError });

/** Zero or more dollars and cents: "50.00", "800", "0.5". */
export const MONEY_TEXT = /^\d+(\.\d{1,2})?$/;
export const money = () =>
  patterned(MONEY_TEXT, {
    noun: 'an amount of money',
    example: '50.00',
    hint: 'digits with an optional "." and at most two decimals, e.g. 50.00',
  });

/** Money that may be negative (pay lines: LWOP, recoveries, reversals): "-123.45". */
export const SIGNED_MONEY_TEXT = /^-?\d+(\.\d{1,2})?$/;
export const signedMoney = () =>
  patterned(SIGNED_MONEY_TEXT, {
    noun: 'an amount of money',
    example: '-12.34',
    hint: 'digits with an optional leading "-", an optional "." and at most two decimals, e.g. 1234.56 or -12.34',
  });

/** A non-negative decimal number as text: hours "7.5", a percent "2.25", a multiplier "1.5". */
export const DECIMAL_TEXT = /^\d+(\.\d+)?$/;
export const decimal = (noun: string, example: string) =>
  patterned(DECIMAL_TEXT, { noun, example, hint: `digits with an optional "." and decimals, e.g. ${example}` });

/** A decimal that may be negative (hours on a reversal line): "-7.5". */
export const SIGNED_DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
export const signedDecimal = (noun: string, example: string) =>
  patterned(SIGNED_DECIMAL_TEXT, {
    noun,
    example,
    hint: `digits with an optional leading "-", "." and decimals, e.g. ${example}`,
  });

/** Ids of scenarios, employees and events: safe in file names, URLs and CSV. */
export const ID_TEXT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const id = () =>
  patterned(ID_TEXT, {
    noun: 'an id',
    example: 'e1',
    hint: 'up to 64 letters, digits, ".", "_" or "-", starting with a letter or digit, e.g. e1',
  });

/** A classification: group and level, e.g. AS-02, CR-04, EC-05. */
export const CLASSIFICATION_TEXT = /^[A-Z]{2,3}-\d{2}$/;
export const classification = () =>
  patterned(CLASSIFICATION_TEXT, {
    noun: 'a classification',
    example: 'AS-02',
    hint: 'group letters, "-" and a two-digit level, e.g. AS-02',
  });

/** Whom a rate revision covers: a group ("AS"), a classification ("AS-02"), or "PA" for the whole PA table. */
export const APPLIES_TO_TEXT = /^[A-Z]{2,3}(-\d{2})?$/;
export const appliesTo = () =>
  patterned(APPLIES_TO_TEXT, {
    noun: 'a group or classification',
    example: 'AS',
    hint: 'a group such as AS, a classification such as AS-02, or PA for every classification of the PA pay table',
  });

/** Free text that must not be blank (titles, sources, department names). */
export const text = (noun: string, example: string) => {
  const error: z.core.$ZodErrorMap = (iss) =>
    iss.input === undefined
      ? `missing (expected ${noun}, e.g. "${example}")`
      : `found ${describeFound(iss.input)}, expected ${noun}, e.g. "${example}"`;
  return z.string({ error }).regex(/\S/, { error });
};

/** A step in a pay scale: 1, 2, 3 … */
export const step = () => {
  const error: z.core.$ZodErrorMap = (iss) =>
    iss.input === undefined
      ? 'missing (expected a step number, e.g. 2)'
      : `found ${describeFound(iss.input)}, expected a step number: a whole number from 1, e.g. 2`;
  return z.int({ error }).min(1, { error }).max(99, { error });
};

/** One of a fixed list of codes. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, noun: string) {
  const list = values.join(', ');
  const error: z.core.$ZodErrorMap = (iss) => {
    if (iss.input === undefined) return `missing (expected ${noun}: one of ${list})`;
    if (typeof iss.input === 'string') return `${show(iss.input)} is not ${noun} (expected one of ${list})`;
    return `found ${describeFound(iss.input)}, expected ${noun}: one of ${list}`;
  };
  return z.enum(values, { error });
}
