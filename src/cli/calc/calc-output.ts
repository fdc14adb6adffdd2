import { Money } from '../../domain/money';
import type { DeductionInput, DeductionResult } from '../../domain/reference/deductions/deductions.types';
import type { TraceStep } from '../../domain/reference/trace';
import { stepIn } from '../../domain/reference/trace-french';
import { amount, day, type Lang } from '../../submissions/reader-text';

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

/** Amounts as the reader writes them: Money text in English (as before), "3 612,20" in French (fr-CA). */
const shown = (lang: Lang, m: Money) => (lang === 'fr' ? amount('fr', m.toString()) : m.toString());

function table(rows: Row[], lang: Lang): string {
  const kept = rows.filter((r): r is [string, Money] => r[1] !== undefined).map(([l, v]) => [l, shown(lang, v)]);
  const width = Math.max(...kept.map(([label]) => label.length));
  const valueWidth = Math.max(...kept.map(([, v]) => v.length));
  return kept.map(([label, v]) => `  ${label.padEnd(width)}  ${v.padStart(valueWidth)}`).join('\n');
}

/** Unrounded intermediates (A, T3, K2, ...) carry 40 digits; the table shows 4 decimals and "…", the JSON all of them. */
function shortValue(value: string): string {
  const m = /^(-?\d+\.\d{4})\d+$/.exec(value);
  return m ? `${m[1]}…` : value;
}

function traceTable(result: DeductionResult, lang: Lang): string {
  const rows = result.trace.map((step: TraceStep) => {
    const s = stepIn(lang, step);
    return [s.step, s.label, shortValue(s.value), s.citation];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
  const line = (r: string[]) =>
    `  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3]}`;
  const head = lang === 'fr' ? ['étape', 'quoi', 'valeur', 'source'] : ['step', 'what', 'value', 'source'];
  return [line(head), ...rows.map(line)].join('\n');
}

/** The row labels, in English and French (TERMIUM Plus: RPC/RRQ, AE, RQAP, REER, RPA). */
function rowsOf(input: DeductionInput, result: DeductionResult, lang: Lang): Row[] {
  const fr = lang === 'fr';
  const quebec = input.province === 'QC';
  const plan = quebec ? (fr ? 'RRQ' : 'QPP') : fr ? 'RPC' : 'CPP';
  const w = (en: string, french: string) => (fr ? french : en);
  return [
    [w('Gross pay', 'Rémunération brute'), input.gross],
    [w('Bonus', 'Prime'), input.bonus],
    [w('Retroactive pay', 'Rémunération rétroactive'), input.retro?.amount],
    [plan, result.cpp],
    [`${plan}2`, result.cpp2],
    [w('EI', 'AE'), result.ei],
    [w('QPIP', 'RQAP'), result.qpip.isZero() ? undefined : result.qpip],
    [w('Federal tax', 'Impôt fédéral'), result.federalTax],
    [w('Federal tax on bonus', 'Impôt fédéral sur la prime'), result.federalTaxOnBonus],
    [w('Federal tax on retroactive pay', 'Impôt fédéral sur la rémunération rétroactive'), result.federalTaxOnRetro],
    // Quebec tax follows Revenu Québec's TP-1015.F-V, not T4127: the label says which.
    [
      quebec
        ? w('Quebec income tax (TP-1015.F-V)', 'Impôt du Québec (TP-1015.F-V)')
        : w('Provincial tax', 'Impôt provincial'),
      result.provincialTax,
    ],
    [w('Provincial tax on bonus', 'Impôt provincial sur la prime'), result.provincialTaxOnBonus],
    [
      w('Provincial tax on retroactive pay', 'Impôt provincial sur la rémunération rétroactive'),
      result.provincialTaxOnRetro,
    ],
    [w('Pension (RPP)', 'Pension (RPA)'), nonZero(input.rpp)],
    [w('RRSP', 'REER'), nonZero(input.rrsp)],
    [w('Union dues', 'Cotisations syndicales'), nonZero(input.unionDues)],
    [w('Net pay', 'Rémunération nette'), result.net],
  ];
}

/** The readable form: the period's pay and deductions, and the trace with --explain; in English or French. */
export function calcText(input: DeductionInput, result: DeductionResult, explain: boolean, lang: Lang = 'en'): string {
  const header =
    lang === 'fr'
      ? `payproof calc : date de paye ${day('fr', input.payDate)}, ${input.province}, ${input.periodsPerYear} périodes de paye par année (${result.edition})`
      : `payproof calc: pay date ${input.payDate}, ${input.province}, ${input.periodsPerYear} pay periods a year (${result.edition})`;
  const parts = [header, '', table(rowsOf(input, result, lang), lang)];
  if (explain)
    parts.push(
      '',
      lang === 'fr' ? 'Comment chaque montant a été obtenu :' : 'How each amount was found:',
      traceTable(result, lang),
    );
  return `${parts.join('\n')}\n`;
}

function nonZero(m: Money | undefined): Money | undefined {
  return m && !m.isZero() ? m : undefined;
}
