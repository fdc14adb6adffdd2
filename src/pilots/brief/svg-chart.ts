import Decimal from 'decimal.js';

/**
 * A small line chart as SVG text, drawn from data (no chart library: Chart.js and its kind
 * draw on a canvas in a browser, and the brief is one static page that prints as it is).
 * Values are decimal text; they become pixel positions only, never money.
 */
export interface Series {
  label: string;
  /** One value per round, null where the supplier took no part. */
  values: Array<string | null>;
}

export interface ChartSpec {
  title: string;
  rounds: number[];
  roundAxis: string;
  series: Series[];
  /** The top of the axis when the scale has one (a score's 100); else the largest value. */
  max?: string;
  /** Formats an axis value for the reader (money or score). */
  format: (value: string) => string;
}

const W = 330;
const H = 132;
const M = { left: 64, right: 12, top: 10, bottom: 30 };
/** Distinct in colour and in marker shape, so a series is told apart without colour (WCAG 1.4.1). */
const STYLES = [
  { colour: '#26374a', marker: 'circle' },
  { colour: '#b3080e', marker: 'square' },
  { colour: '#2b8000', marker: 'diamond' },
  { colour: '#7834bc', marker: 'triangle' },
  { colour: '#a25b00', marker: 'circle' },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function marker(kind: string, x: number, y: number, colour: string): string {
  const at = (dx: number, dy: number) => `${(x + dx).toFixed(1)},${(y + dy).toFixed(1)}`;
  if (kind === 'square')
    return `<rect x="${(x - 3.5).toFixed(1)}" y="${(y - 3.5).toFixed(1)}" width="7" height="7" fill="${colour}"/>`;
  if (kind === 'diamond')
    return `<polygon points="${at(0, -4.5)} ${at(4.5, 0)} ${at(0, 4.5)} ${at(-4.5, 0)}" fill="${colour}"/>`;
  if (kind === 'triangle') return `<polygon points="${at(0, -4.5)} ${at(4.5, 4)} ${at(-4.5, 4)}" fill="${colour}"/>`;
  return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.5" fill="${colour}"/>`;
}

/** The charts' shared legend as HTML: each series' marker (its shape and colour) and its label. */
export function legend(labels: readonly string[]): string {
  return labels
    .map((label, k) => {
      const style = STYLES[k % STYLES.length];
      return `<span class="key"><svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">${marker(style.marker, 5, 5, style.colour)}</svg> ${esc(label)}</span>`;
    })
    .join(' ');
}

export function lineChart(spec: ChartSpec): string {
  const all = spec.series.flatMap((s) => s.values.filter((v): v is string => v !== null).map((v) => new Decimal(v)));
  const max = spec.max !== undefined ? new Decimal(spec.max) : Decimal.max(new Decimal(1), ...all);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) => M.left + (spec.rounds.length === 1 ? plotW / 2 : (plotW * i) / (spec.rounds.length - 1));
  const y = (v: string) => M.top + plotH - new Decimal(v).div(max).times(plotH).toNumber();
  const parts = [
    `<line x1="${M.left}" y1="${M.top + plotH}" x2="${M.left + plotW}" y2="${M.top + plotH}" stroke="#555"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${M.top + plotH}" stroke="#555"/>`,
    `<text x="${M.left - 6}" y="${M.top + 4}" text-anchor="end" font-size="10">${esc(spec.format(max.toFixed(2)))}</text>`,
    `<text x="${M.left - 6}" y="${M.top + plotH}" text-anchor="end" font-size="10">${esc(spec.format('0.00'))}</text>`,
    ...spec.rounds.map(
      (r, i) => `<text x="${x(i).toFixed(1)}" y="${H - 14}" text-anchor="middle" font-size="10">${r}</text>`,
    ),
    `<text x="${M.left + plotW / 2}" y="${H - 2}" text-anchor="middle" font-size="10">${esc(spec.roundAxis)}</text>`,
  ];
  spec.series.forEach((s, k) => {
    const style = STYLES[k % STYLES.length];
    const points = s.values.flatMap((v, i) => (v === null ? [] : [[x(i), y(v)] as const]));
    if (points.length === 0) return;
    parts.push(
      `<polyline fill="none" stroke="${style.colour}" stroke-width="2" points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"/>`,
      ...points.map(([px, py]) => marker(style.marker, px, py, style.colour)),
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(spec.title)}"><title>${esc(spec.title)}</title>${parts.join('')}</svg>`;
}
