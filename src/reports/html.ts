/** Tiny HTML helpers: every value that reaches the page goes through esc(). */
export function esc(value: string | number | boolean | null | undefined): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface TableOptions {
  /** What the table holds: read first by screen readers (WCAG 1.3.1). Text, or `captionHtml`. */
  caption: string;
  captionHtml?: string;
  /** Class names of the table. */
  cls?: string;
  /** The first cell of each row heads its row (scope="row"). */
  rowHeaders?: boolean;
  /** Columns of numbers and money (right-aligned, kept on one line); 'rest': every column but the first. */
  numeric?: readonly number[] | 'rest';
  /** Attributes of each row (already HTML), e.g. the data-* the filters read. */
  rowAttrs?: readonly string[];
}

/** A table with its caption and header scopes; row cells are already HTML (escaped by the caller). */
export function table(header: readonly string[], rows: readonly string[][], o: TableOptions): string {
  const num = (i: number) => (o.numeric === 'rest' ? i > 0 : (o.numeric ?? []).includes(i));
  const head = `<tr>${header.map((h, i) => `<th scope="col"${num(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('')}</tr>`;
  const cell = (c: string, i: number) =>
    i === 0 && o.rowHeaders ? `<th scope="row">${c}</th>` : `<td${num(i) ? ' class="n"' : ''}>${c}</td>`;
  const body = rows.map((r, k) => `<tr${o.rowAttrs?.[k] ?? ''}>${r.map(cell).join('')}</tr>`).join('\n');
  return `<table${o.cls ? ` class="${esc(o.cls)}"` : ''}><caption>${o.captionHtml ?? esc(o.caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** data-* attributes the report's filters read (a family list joined by "|", as family names hold spaces). */
export function filterAttrs(f: { supplier?: string; families?: readonly string[]; defect?: string | null }): string {
  return [
    f.supplier !== undefined ? ` data-supplier="${esc(f.supplier)}"` : '',
    f.families !== undefined ? ` data-families="${esc(f.families.join('|'))}"` : '',
    f.defect ? ` data-defect="${esc(f.defect)}"` : '',
  ].join('');
}

/** A name or id kept as typed: never translated (and skipped by checks for English words). */
export const verbatim = (text: string) => `<span translate="no">${esc(text)}</span>`;

/** Inline JSON inside a <script> element: no "</script" or "<!--" can end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
