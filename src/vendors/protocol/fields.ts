import { z } from 'zod';
import { describeFound } from '../../domain/scenario/messages';
import { VENDOR_PROTOCOL } from '../manifest';

/**
 * The leaf fields of payproof-vendor/1 that the scenario format does not already define.
 * Each brings its own "found …, expected …" message, because a supplier's developer reads
 * these messages in a discrepancy report without the harness's source at hand.
 */
export { VENDOR_PROTOCOL };

/** The protocol name every message carries; a later major version is a different literal. */
export const protocolName = () =>
  z.literal(VENDOR_PROTOCOL, {
    error: (iss) => `found ${describeFound(iss.input)}, expected "${VENDOR_PROTOCOL}"`,
  });

/** The message type: a fixed word such as "payRunResult". */
export const messageType = <T extends string>(type: T) =>
  z.literal(type, { error: (iss) => `found ${describeFound(iss.input)}, expected "${type}"` });

/**
 * Money on the wire: text with exactly two decimals and an optional minus, "2639.11",
 * "-30.67", "0.00". Stricter than the scenario format (which accepts "800"), because a
 * supplier's output is machine-written and has one canonical form; a JSON number is refused
 * because a binary float cannot hold cents (DESIGN.md, "Money is decimal everywhere").
 */
export const WIRE_MONEY_TEXT = /^-?(0|[1-9]\d*)\.\d{2}$/;
export const wireMoney = () => {
  const error: z.core.$ZodErrorMap = (iss) => {
    if (iss.input === undefined) return 'missing (expected money as text with exactly two decimals, e.g. "12.34")';
    if (typeof iss.input !== 'string')
      return `found ${describeFound(iss.input)}, expected money as text with exactly two decimals, e.g. "12.34"`;
    return `found ${describeFound(iss.input)}, expected money as text with exactly two decimals and an optional leading "-", e.g. "12.34" or "-0.50"`;
  };
  return z.string({ error }).regex(WIRE_MONEY_TEXT, { error });
};

/** Request ids: chosen by the harness, echoed by the supplier. */
export const REQUEST_ID_TEXT = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
export const requestId = () => {
  const error: z.core.$ZodErrorMap = (iss) =>
    `found ${describeFound(iss.input)}, expected a request id: up to 128 letters, digits, ".", "_", ":" or "-", e.g. "req-1"`;
  return z.string({ error }).regex(REQUEST_ID_TEXT, { error });
};

/** A supplier's own pay line code, before the manifest's `lineCodes` maps it: "REGULAR", "0101", "BASIC-PAY". */
export const VENDOR_CODE_TEXT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const vendorLineCode = () => {
  const error: z.core.$ZodErrorMap = (iss) =>
    `found ${describeFound(iss.input)}, expected a pay line code: up to 64 letters, digits, "_", "." or "-", e.g. "REGULAR"`;
  return z.string({ error }).regex(VENDOR_CODE_TEXT, { error });
};

/** Error codes are lower-case words joined by dashes; the known ones are listed in errors.ts. */
export const ERROR_CODE_TEXT = /^[a-z][a-z0-9-]{0,63}$/;
export const errorCode = () => {
  const error: z.core.$ZodErrorMap = (iss) =>
    `found ${describeFound(iss.input)}, expected an error code: lower-case letters, digits and "-", e.g. "bad-request"`;
  return z.string({ error }).regex(ERROR_CODE_TEXT, { error });
};

/** Free text that must not be blank (supplier name, reasons, messages). */
export const wireText = (noun: string, example: string) => {
  const error: z.core.$ZodErrorMap = (iss) =>
    iss.input === undefined
      ? `missing (expected ${noun}, e.g. "${example}")`
      : `found ${describeFound(iss.input)}, expected ${noun}, e.g. "${example}"`;
  return z.string({ error }).regex(/\S/, { error }).max(2000, { error });
};

/** For z.discriminatedUnion: names the field and the values it may take. */
export function discriminatorError(field: string, values: readonly string[]): z.core.$ZodErrorMap {
  const list = values.map((v) => `"${v}"`).join(', ');
  return (iss) => {
    if (iss.code !== 'invalid_union')
      return `found ${describeFound(iss.input)}, expected an object ({ … }) with a "${field}"`;
    const value = (iss.input as Record<string, unknown> | undefined)?.[field];
    if (value === undefined) return `missing (expected ${field}: one of ${list})`;
    return `found ${describeFound(value)}, expected one of ${list}`;
  };
}
