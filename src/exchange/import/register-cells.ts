import { Money } from '../../domain/money';
import { ID_TEXT } from '../../domain/scenario/fields';
import { VENDOR_CODE_TEXT } from '../../vendors/protocol/fields';
import { formatSupplierDate, parseSupplierDate, type CsvRegistersConfig } from '../exchange-config';

/**
 * One cell of a supplier's CSV register, read by the layout its manifest declares. Each reader
 * gives the value in the protocol's form (YYYY-MM-DD, money with two decimals, decimal text
 * with a point) or says what was found and what was expected, in the supplier's own format.
 */
export type Cell<T = string> = { ok: true; value: T } | { ok: false; message: string };

const found = (text: string) => (text === '' ? 'an empty cell' : `"${text}"`);

export function employeeIdCell(text: string): Cell {
  if (ID_TEXT.test(text)) return { ok: true, value: text };
  return {
    ok: false,
    message: `found ${found(text)}, expected the employee id of the outbound package, e.g. "E-1001"`,
  };
}

export function dateCell(text: string, r: CsvRegistersConfig): Cell {
  const value = parseSupplierDate(text, r.dateFormat);
  if (value !== undefined) return { ok: true, value };
  const example = formatSupplierDate('2026-01-14', r.dateFormat);
  return { ok: false, message: `found ${found(text)}, expected a date written ${r.dateFormat}, e.g. "${example}"` };
}

export function codeCell(text: string): Cell {
  if (VENDOR_CODE_TEXT.test(text)) return { ok: true, value: text };
  return {
    ok: false,
    message: `found ${found(text)}, expected a pay line code: up to 64 letters, digits, "_", "." or "-"`,
  };
}

/** Money: at most two decimals, the manifest's decimal mark, no thousands separator. */
export function amountCell(text: string, r: CsvRegistersConfig): Cell {
  const mark = r.decimalComma ? ',' : '.';
  const pattern = r.decimalComma ? /^-?\d+(,\d{1,2})?$/ : /^-?\d+(\.\d{1,2})?$/;
  if (pattern.test(text)) return { ok: true, value: Money.of(text.replace(',', '.')).toString() };
  const example = r.decimalComma ? '"1234,56" or "-30,67"' : '"1234.56" or "-30.67"';
  return {
    ok: false,
    message: `found ${found(text)}, expected an amount with a decimal ${r.decimalComma ? 'comma' : 'point'} ("${mark}") and at most two decimals, no thousands separator, e.g. ${example}`,
  };
}

/** Hours (may be negative on a reversal) or a rate (not negative): decimal text with the manifest's mark. */
export function decimalCell(text: string, r: CsvRegistersConfig, signed: boolean): Cell {
  const digits = r.decimalComma ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  if (digits.test(text) && (signed || !text.startsWith('-'))) return { ok: true, value: text.replace(',', '.') };
  const example = r.decimalComma ? '"7,5"' : '"7.5"';
  return {
    ok: false,
    message: `found ${found(text)}, expected a ${signed ? '' : 'non-negative '}number with a decimal ${r.decimalComma ? 'comma' : 'point'}, e.g. ${example}`,
  };
}
