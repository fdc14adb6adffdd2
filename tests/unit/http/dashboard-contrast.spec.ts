import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const CSS = readFileSync(path.join(__dirname, '../../../src/http/dashboard/public/app.css'), 'utf8');
const TOKENS = readFileSync(require.resolve('@gcds-core/tokens/build/web/css/tokens.css'), 'utf8');

/** WCAG 2.1 relative luminance and contrast ratio (success criterion 1.4.3). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const variable = (name: string, css = CSS) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)![1];

describe('dashboard colours', () => {
  it.each(['ink', 'brand', 'link', 'error', 'ok', 'under', 'over', 'muted'])(
    'text colour --%s has at least 4.5:1 contrast on white and on the light grey of table heads and stub lines (WCAG AA)',
    (name) => {
      expect(contrast(variable(name), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(variable(name), variable('soft'))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('white text on the header band and the footer has at least 4.5:1 contrast', () => {
    expect(contrast('#ffffff', variable('brand'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', variable('gcds-footer-main-background', TOKENS))).toBeGreaterThanOrEqual(4.5);
  });

  it('the colours it takes from the GC Design System are the design system’s own', () => {
    expect(variable('brand')).toBe(variable('gcds-bg-primary', TOKENS));
    expect(variable('link')).toBe(variable('gcds-link-default', TOKENS));
    expect(variable('error')).toBe(variable('gcds-danger-text', TOKENS));
  });

  it('one colour per direction everywhere: the HTML report paints under- and over-paid as the dashboard does', () => {
    const reports = path.join(__dirname, '../../../src/reports');
    const report = readdirSync(reports)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(path.join(reports, f), 'utf8'))
      .join('\n');
    const cssClass = (name: string) => new RegExp(`\\.${name}\\{color:(#[0-9a-f]{6})`, 'i').exec(report)?.[1];
    expect({ under: cssClass('under'), over: cssClass('over') }).toEqual({
      under: variable('under'),
      over: variable('over'),
    });
    expect(report).toContain(variable('under-fill'));
    expect(report).toContain(variable('over-fill'));
  });

  it('the dashboard scripts take direction colours from the stylesheet, never their own', () => {
    const publicDir = path.join(__dirname, '../../../src/http/dashboard/public');
    const scripts = readdirSync(publicDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(publicDir, f), 'utf8'))
      .join('\n');
    expect(scripts.match(/#[0-9a-f]{6}\b/gi) ?? []).toEqual([]);
  });
});
