import { Money } from '../domain/money';
import type { TraceStep } from '../domain/reference/trace';
import { ENGLISH_ONLY, stepIn } from '../domain/reference/trace-french';
import type { StatementJson } from '../domain/scenario';
import { esc, table } from './html';
import { ReportText } from './report-text';

/**
 * A payday's two statements side by side (the supplier's beside the reference's), the lines at
 * the root of a defect marked, and the reference's trace: plain content, no control to tab
 * through (the page's one switch shows or hides every trace).
 */
type Line = StatementJson['lines'][number];
const keyOf = (l: Line) => `${l.code}|${l.forPeriod?.start ?? ''}|${l.forPeriod?.end ?? ''}`;

function sumBy(lines: readonly Line[]): Map<string, { line: Line; amount: Money }> {
  const out = new Map<string, { line: Line; amount: Money }>();
  for (const l of lines) {
    const known = out.get(keyOf(l));
    out.set(keyOf(l), { line: l, amount: (known?.amount ?? Money.ZERO).plus(Money.of(l.amount)) });
  }
  return out;
}

export function statementsTable(
  x: ReportText,
  s: { supplier: StatementJson | null; reference: StatementJson | null; payday: string; roots: readonly string[] },
): string {
  const sup = sumBy(s.supplier?.lines ?? []);
  const ref = sumBy(s.reference?.lines ?? []);
  const keys = [...new Set([...ref.keys(), ...sup.keys()])];
  const amount = (m: Money | undefined) => (m ? esc(x.money(m.toString())) : '–');
  const diff = (a: Money | undefined, b: Money | undefined) => {
    const d = (a ?? Money.ZERO).minus(b ?? Money.ZERO);
    return d.isZero() ? '' : esc(x.money(d.toString()));
  };
  const rows = keys.map((k) => {
    const line = (ref.get(k) ?? sup.get(k))!.line;
    const root = s.roots.includes(line.code);
    const name = esc(
      ReportText.capital(
        line.forPeriod
          ? x.t('report.f.forPeriod', {
              line: x.line(line.code),
              start: x.day(line.forPeriod.start),
              end: x.day(line.forPeriod.end),
            })
          : x.line(line.code),
      ),
    );
    return [
      root ? `<mark>${name}</mark> <span class="hint">(${esc(x.t('report.st.root'))})</span>` : name,
      amount(ref.get(k)?.amount),
      amount(sup.get(k)?.amount),
      diff(sup.get(k)?.amount, ref.get(k)?.amount),
    ];
  });
  const total = (code: 'gross' | 'net') => {
    const r = s.reference ? Money.of(s.reference[code]) : undefined;
    const p = s.supplier ? Money.of(s.supplier[code]) : undefined;
    return [`<b>${esc(ReportText.capital(x.t(`code.${code}`)))}</b>`, amount(r), amount(p), diff(p, r)];
  };
  const caption = x.t('report.defect.statements', { payday: x.day(s.payday) });
  const missing = s.supplier ? '' : `<p>${esc(x.t('report.defect.noStatement'))}</p>`;
  return `${missing}${table(
    [x.t('report.st.line'), x.t('report.st.reference'), x.t('report.st.supplier'), x.t('report.st.difference')],
    [...rows, total('gross'), total('net')],
    { caption, cls: 'statement', numeric: [1, 2, 3], rowHeaders: true },
  )}`;
}

/** A convention's id in a citation ("pay.daily-proration"): an identifier, not words. */
const CONVENTION_ID = /\b([a-z][a-z0-9]*\.[a-z0-9]+(?:[.-][a-z0-9]+)*)\b/g;

/** A citation: convention ids as code; in French, the sources kept in English (no French title found) marked lang="en". */
function citationHtml(x: ReportText, citation: string): string {
  let html = esc(citation).replace(CONVENTION_ID, '<code>$1</code>');
  if (x.lang === 'fr')
    for (const title of ENGLISH_ONLY) html = html.split(esc(title)).join(`<span lang="en">${esc(title)}</span>`);
  return html;
}

/** The reference's trace: each step, its value, inputs and source, in the report's language (trace-french.ts). */
export function traceTable(x: ReportText, steps: readonly TraceStep[], caption: string): string {
  if (steps.length === 0) return '';
  // A step's name is an identifier (the worksheet's): kept as written.
  const rows = steps.map((step) => {
    const t = stepIn(x.lang, step);
    return [
      `<code>${esc(t.step)}</code>`,
      esc(t.label),
      esc(t.value),
      esc(
        Object.entries(t.inputs ?? {})
          .map(([k, v]) => `${k} = ${v}`)
          .join(', '),
      ),
      citationHtml(x, t.citation),
    ];
  });
  return `<div class="trace">${table(
    [x.t('trace.step'), x.t('trace.label'), x.t('trace.value'), x.t('trace.inputs'), x.t('trace.citation')],
    rows,
    { caption, cls: 'trace', rowHeaders: true },
  )}</div>`;
}
