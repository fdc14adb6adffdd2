import { Money } from '../../domain/money';
import { ID_TEXT } from '../../domain/scenario/fields';
import { VENDOR_CODE_TEXT } from '../../vendors/protocol/fields';
import { formatSupplierDate, parseSupplierDate, type CsvRegistersConfig } from '../exchange-config';
import { say } from '../../submissions/reader-text';
import { words } from './import-problem';

/**
 * One cell of a supplier's CSV register, read by the layout its manifest declares. Each reader
 * gives the value in the protocol's form (YYYY-MM-DD, money with two decimals, decimal text
 * with a point) or says what was found and what was expected, in the supplier's own format.
 */
export type Cell<T = string> = { ok: true; value: T } | { ok: false; message: string; messageFr: string };

const found = (text: string) =>
  text === '' ? { en: say('en', 'import.found.empty'), fr: say('fr', 'import.found.empty') } : `"${text}"`;

export function employeeIdCell(text: string): Cell {
  if (ID_TEXT.test(text)) return { ok: true, value: text };
  return { ok: false, ...words('import.cell.employeeId', { found: found(text) }) };
}

export function dateCell(text: string, r: CsvRegistersConfig): Cell {
  const value = parseSupplierDate(text, r.dateFormat);
  if (value !== undefined) return { ok: true, value };
  const example = formatSupplierDate('2026-01-14', r.dateFormat);
  return { ok: false, ...words('import.cell.date', { found: found(text), format: r.dateFormat, example }) };
}

export function codeCell(text: string): Cell {
  if (VENDOR_CODE_TEXT.test(text)) return { ok: true, value: text };
  return { ok: false, ...words('import.cell.code', { found: found(text) }) };
}

/** Money: at most two decimals, the manifest's decimal mark, no thousands separator. */
export function amountCell(text: string, r: CsvRegistersConfig): Cell {
  const pattern = r.decimalComma ? /^-?\d+(,\d{1,2})?$/ : /^-?\d+(\.\d{1,2})?$/;
  if (pattern.test(text)) return { ok: true, value: Money.of(text.replace(',', '.')).toString() };
  return {
    ok: false,
    ...words(r.decimalComma ? 'import.cell.amountComma' : 'import.cell.amountPoint', { found: found(text) }),
  };
}

/** Hours (may be negative on a reversal) or a rate (not negative): decimal text with the manifest's mark. */
export function decimalCell(text: string, r: CsvRegistersConfig, signed: boolean): Cell {
  const digits = r.decimalComma ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/;
  if (digits.test(text) && (signed || !text.startsWith('-'))) return { ok: true, value: text.replace(',', '.') };
  const sign = signed ? '' : { en: say('en', 'import.cell.nonNegative'), fr: say('fr', 'import.cell.nonNegative') };
  return {
    ok: false,
    ...words(r.decimalComma ? 'import.cell.numberComma' : 'import.cell.numberPoint', { found: found(text), sign }),
  };
}
