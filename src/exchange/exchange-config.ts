import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { z } from 'zod';
import { EVENT_KINDS } from '../domain/scenario';
import { provinceCode } from '../domain/scenario/employee.schema';
import { oneOf } from '../domain/scenario/fields';

dayjs.extend(customParseFormat);

/**
 * The `exchange` transport of a vendor.json (docs/vendor-protocol.md, "Exchange"): a supplier
 * whose payroll runs in its own tenant receives an outbound package of files and returns pay
 * registers as files. Nothing is called live, so what `describe` would say is declared here,
 * and the layout of the supplier's own CSV registers is described by `registers`.
 *
 * Kept apart from manifest.ts (which only plugs it into the transport union) and built from
 * the domain's own field schemas, so loading it pulls in nothing of the protocol layer.
 */

/** dayjs tokens; a supplier's format must name a year, a month and a day. */
export const DEFAULT_DATE_FORMAT = 'YYYY-MM-DD';

function isDateFormat(format: string): boolean {
  if (!/YYYY/.test(format) || !/M/.test(format) || !/D/.test(format)) return false;
  // Round trip a day whose month and day cannot be confused (31 December), strictly.
  const sample = dayjs('2026-12-31', 'YYYY-MM-DD', true).format(format);
  return dayjs(sample, format, true).format('YYYY-MM-DD') === '2026-12-31';
}

const columnName = () => z.string().trim().min(1, 'expected a column name of the CSV header');

/** Register columns (the supplier's header names) → what the harness reads from them. */
export const registerColumnsJson = z.strictObject({
  employeeId: columnName(),
  payday: columnName(),
  lineCode: columnName(),
  /** The period the line is for: the pay run's own period, or an earlier one for a retroactive line. */
  periodStart: columnName(),
  periodEnd: columnName(),
  amount: columnName(),
  description: columnName().optional(),
  hours: columnName().optional(),
  rate: columnName().optional(),
});

export const csvRegistersJson = z.strictObject({
  columns: registerColumnsJson,
  delimiter: z.enum([',', ';', '\t', '|']).default(','),
  dateFormat: z
    .string()
    .default(DEFAULT_DATE_FORMAT)
    .refine(isDateFormat, 'expected a date format with YYYY, MM and DD, e.g. "DD/MM/YYYY" or "YYYY-MM-DD"'),
  /** Amounts written "1234,56" (and hours, rates): a French-locale export. */
  decimalComma: z.boolean().default(false),
  /** The supplier's codes of the register rows that carry each statement's gross and net pay. */
  totals: z.strictObject({ gross: z.string().min(1), net: z.string().min(1) }),
});

/** What the supplier can pay, as describe's capabilities would say; the harness sends nothing outside it. */
export const exchangeCapabilitiesJson = z.strictObject({
  provinces: z.array(provinceCode()).min(1),
  eventKinds: z.array(oneOf(EVENT_KINDS as [string, ...string[]], 'an event kind')),
  payYears: z.array(z.int().min(2000).max(2100)).min(1),
});

export const exchangeTransportJson = z.strictObject({
  kind: z.literal('exchange'),
  capabilities: exchangeCapabilitiesJson,
  /** Absent: the supplier answers in the protocol's JSON only. */
  registers: csvRegistersJson.optional(),
});

export type ExchangeTransportConfig = z.output<typeof exchangeTransportJson>;
export type CsvRegistersConfig = z.output<typeof csvRegistersJson>;
export type RegisterColumns = z.output<typeof registerColumnsJson>;
export type ExchangeCapabilities = z.output<typeof exchangeCapabilitiesJson>;

/** A date in the supplier's format as YYYY-MM-DD, or undefined when it is not one (strict: 30/02 is refused). */
export function parseSupplierDate(text: string, format: string): string | undefined {
  const parsed = dayjs(text, format, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : undefined;
}

/** A date written in the supplier's format, for examples in messages. */
export function formatSupplierDate(iso: string, format: string): string {
  return dayjs(iso, 'YYYY-MM-DD', true).format(format);
}
