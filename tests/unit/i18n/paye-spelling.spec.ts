import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/**
 * One word for pay in French: the Government of Canada writes « paye » (Centre des services de paye,
 * système de paye Phénix, talon de paye), so every French text payproof ships does too: the dashboard's
 * and the reports' catalogues, the CLI, the server's sentences, the traces, the guides (issue 19).
 * CRA's own titles keep CRA's word: « Formules pour le calcul des retenues sur la paie », its
 * « Calculatrice en ligne des retenues sur la paie ». English never writes « paie », so every file is read.
 */
const ROOT = path.resolve(__dirname, '../../..');
const SHIPPED = ['src', 'docs', 'test-payrolls', 'README.md', 'vendors'];
const TEXT = /\.(ts|js|json|md|html|css|csv)$/;
/** CRA's titles, quoted as CRA wrote them. */
const CRA_TITLES = /retenues sur la paie/g;

function filesUnder(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (statSync(full, { throwIfNoEntry: false }) === undefined) return [];
  if (statSync(full).isFile()) return TEXT.test(full) ? [full] : [];
  return readdirSync(full).flatMap((name) => (name === 'node_modules' ? [] : filesUnder(path.join(entry, name))));
}

/** Each use of « paie » or « paies » outside CRA's titles, as "file:line: text". */
export function paieIn(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const rest = line.replace(CRA_TITLES, '');
    return /\bpaies?\b/i.test(rest) ? [`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [];
  });
}

describe('« paye », not « paie », in every French text the project ships', () => {
  const files = SHIPPED.flatMap(filesUnder);

  it('reads the catalogues, the guides and the sources', () => {
    const names = files.map((f) => path.relative(ROOT, f));
    expect(names).toContain(path.join('src', 'http', 'dashboard', 'public', 'i18n', 'fr.json'));
    expect(names).toContain(path.join('test-payrolls', 'LISEZMOI.md'));
    expect(files.length).toBeGreaterThan(300);
  });

  it('finds no « paie » but in CRA’s titles', () => {
    expect(files.flatMap((f) => paieIn(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('the check itself: a « paie » fails, CRA’s title passes, « paiement » is another word', () => {
    expect(paieIn('x.json', '"a": "jour de paie"')).toHaveLength(1);
    expect(paieIn('x.json', '"a": "Paies manquées"')).toHaveLength(1);
    expect(paieIn('x.md', 'T4127, Formules pour le calcul des retenues sur la paie')).toEqual([]);
    expect(paieIn('x.md', 'un paiement non périodique; jour de paye')).toEqual([]);
  });
});
