import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const CSS = readFileSync(path.join(__dirname, '../../../src/http/dashboard/public/app.css'), 'utf8');

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
const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(CSS)![1];

describe('dashboard colours', () => {
  it.each(['ink', 'brand', 'link', 'error', 'ok'])(
    'text colour --%s has at least 4.5:1 contrast on white (WCAG AA)',
    (name) => {
      expect(contrast(variable(name), '#ffffff')).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('white text on the header colour has at least 4.5:1 contrast', () => {
    expect(contrast('#ffffff', variable('brand'))).toBeGreaterThanOrEqual(4.5);
  });

  it('the table header background keeps body text at 4.5:1', () => {
    expect(contrast(variable('ink'), '#eef1f4')).toBeGreaterThanOrEqual(4.5);
  });
});
