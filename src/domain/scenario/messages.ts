import type { z } from 'zod';

/**
 * Plain-language validation messages, read by volunteers who upload their own pay history.
 * Every message is `path: what was found, and what was expected`, e.g.
 * `events[3].effective: 2026-02-30 is not a date: February 2026 has only 28 days`.
 * Zod's own English messages are never shown; leaves (dates, money, ids) bring their own
 * error function (fields.ts) and everything else goes through `baseErrorMap` below.
 */

/** A problem found by a check, before formatting. */
export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

const PLAIN = /^[\x21-\x7e]{1,40}$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A value as typed, quoted only when it has spaces or odd characters: 2026-02-30, "14 Jan 2026". */
export function show(value: string): string {
  if (PLAIN.test(value)) return value;
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** What was found, for "found …, expected …": `the number 50`, `the text "50"`, `a list`. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return value === ''
      ? 'empty text'
      : `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** ['events', 3, 'effective'] → `events[3].effective`; the empty path is the root's name. */
export function formatPath(path: readonly PropertyKey[], root: string): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === '' ? root : text;
}

const TYPE_NOUNS: Record<string, string> = {
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

function knownKeys(iss: z.core.$ZodRawIssue): string {
  const shape = (iss.inst as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape).join(', ') : 'the documented fields';
}

/** Messages for containers and anything a leaf did not word itself. */
export const baseErrorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type': {
      const noun = TYPE_NOUNS[iss.expected] ?? iss.expected;
      return iss.input === undefined
        ? `missing (expected ${noun})`
        : `found ${describeFound(iss.input)}, expected ${noun}`;
    }
    case 'unrecognized_keys':
      return `unexpected field (expected only: ${knownKeys(iss)})`;
    case 'invalid_value':
      return `found ${describeFound(iss.input)}, expected one of ${iss.values.map(String).join(', ')}`;
    case 'too_small':
      return iss.origin === 'array'
        ? `found an empty list, expected at least ${String(iss.minimum)} item${iss.minimum === 1 ? '' : 's'}`
        : undefined;
    default:
      return undefined;
  }
};

/** Turns zod issues (and our own) into `path: message` lines, one per problem. */
export function formatIssues(issues: readonly (z.core.$ZodIssue | Issue)[], root: string): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if ('code' in issue && issue.code === 'unrecognized_keys') {
      // One line per unexpected field, so the path names the field itself.
      for (const key of issue.keys) lines.push(`${formatPath([...issue.path, key], root)}: ${issue.message}`);
    } else {
      lines.push(`${formatPath(issue.path, root)}: ${issue.message}`);
    }
  }
  return lines;
}
