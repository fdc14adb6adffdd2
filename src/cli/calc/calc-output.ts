import { Money } from '../../domain/money';
import type { DeductionInput, DeductionResult } from '../../domain/reference/deductions/deductions.types';

type Row = [label: string, value: Money | undefined];

/**
 * The JSON form of `payproof calc --json`, the shape of issue 2: amounts as two-decimal strings,
 * `{cpp, cpp2, ei, federalTax, provincialTax, net, trace}`, plus `qpip` in Quebec, the tax on a
 * bonus when `--bonus` is given and on a retroactive increase when `--retro` is given (0.00 when
 * the amount given is 0). The edition applied is the first step of the trace.
 */
export function calcJson(input: DeductionInput, result: DeductionResult): Record<string, unknown> {
  const out: Record<string, unknown> = {
    cpp: result.cpp.toString(),
    cpp2: result.cpp2.toString(),
    ei: result.ei.toString(),
  };
  if (!result.qpip.isZero()) out.qpip = result.qpip.toString();
  out.federalTax = result.federalTax.toString();
  out.provincialTax = result.provincialTax.toString();
  const given = (key: keyof DeductionResult, asked: boolean) => {
    const value = result[key];
    if (value instanceof Money) out[key] = value.toString();
    else if (asked) out[key] = Money.ZERO.toString();
  };
  given('federalTaxOnBonus', input.bonus !== undefined);
  given('provincialTaxOnBonus', input.bonus !== undefined);
  given('federalTaxOnRetro', input.retro !== undefined);
  given('provincialTaxOnRetro', input.retro !== undefined);
  out.net = result.net.toString();
  out.trace = result.trace;
  return out;
}

function table(rows: Row[]): string {
  const shown = rows.filter((r): r is [string, Money] => r[1] !== undefined);
  const width = Math.max(...shown.map(([label]) => label.length));
  const valueWidth = Math.max(...shown.map(([, v]) => v.toString().length));
  return shown.map(([label, v]) => `  ${label.padEnd(width)}  ${v.toString().padStart(valueWidth)}`).join('\n');
}

/** Unrounded intermediates (A, T3, K2, ...) carry 40 digits; the table shows 4 decimals and "…", the JSON all of them. */
function shortValue(value: string): string {
  const m = /^(-?\d+\.\d{4})\d+$/.exec(value);
  return m ? `${m[1]}…` : value;
}

function traceTable(result: DeductionResult): string {
  const rows = result.trace.map((s) => [s.step, s.label, shortValue(s.value), s.citation]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
  const line = (r: string[]) =>
    `  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3]}`;
  return [line(['step', 'what', 'value', 'source']), ...rows.map(line)].join('\n');
}

/** The readable form: the period's pay and deductions, and the trace with --explain. */
export function calcText(input: DeductionInput, result: DeductionResult, explain: boolean): string {
  const plan = input.province === 'QC' ? 'QPP' : 'CPP';
  const header = `payproof calc: pay date ${input.payDate}, ${input.province}, ${input.periodsPerYear} pay periods a year (${result.edition})`;
  const rows: Row[] = [
    ['Gross pay', input.gross],
    ['Bonus', input.bonus],
    ['Retroactive pay', input.retro?.amount],
    [plan, result.cpp],
    [`${plan}2`, result.cpp2],
    ['EI', result.ei],
    ['QPIP', result.qpip.isZero() ? undefined : result.qpip],
    ['Federal tax', result.federalTax],
    ['Federal tax on bonus', result.federalTaxOnBonus],
    ['Federal tax on retroactive pay', result.federalTaxOnRetro],
    // Quebec tax follows Revenu Québec's TP-1015.F-V, not T4127: the label says which.
    [input.province === 'QC' ? 'Quebec income tax (TP-1015.F-V)' : 'Provincial tax', result.provincialTax],
    ['Provincial tax on bonus', result.provincialTaxOnBonus],
    ['Provincial tax on retroactive pay', result.provincialTaxOnRetro],
    ['Pension (RPP)', nonZero(input.rpp)],
    ['RRSP', nonZero(input.rrsp)],
    ['Union dues', nonZero(input.unionDues)],
    ['Net pay', result.net],
  ];
  const parts = [header, '', table(rows)];
  if (explain) parts.push('', 'How each amount was found:', traceTable(result));
  return `${parts.join('\n')}\n`;
}

function nonZero(m: Money | undefined): Money | undefined {
  return m && !m.isZero() ? m : undefined;
}
