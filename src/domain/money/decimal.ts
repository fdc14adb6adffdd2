import Decimal from 'decimal.js';

/**
 * The one decimal.js configuration used by payproof. A private clone, so no other library
 * sharing decimal.js can change our precision or rounding. 40 significant digits is far
 * beyond any payroll amount; the default rounding is half-up (T4127 ch. 1), but every
 * rounding to the cent is done through a named function in money.ts, never implicitly.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
export type Dec = Decimal;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A decimal from its plain text form ("1234.5", "-0.0595"); exponents and commas are refused. */
export function dec(text: string): Decimal {
  if (!DECIMAL_TEXT.test(text)) {
    throw new RangeError(`"${text}" is not a plain decimal number (expected digits with an optional "." and fraction)`);
  }
  return new Dec(text);
}

/** Whole numbers (counts, periods, months) enter decimal arithmetic through here. */
export function int(n: number): Decimal {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${n} is not a whole number`);
  return new Dec(n);
}

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
