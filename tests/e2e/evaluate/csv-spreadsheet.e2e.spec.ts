import { INestApplicationContext } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Money } from '../../../src/domain/money';
import { CSV_COLUMNS, csvHeader, type CsvLocale } from '../../../src/reports/discrepancies-csv';
import { ReportWriter } from '../../../src/reports/report-writer.service';
import { itUnless } from '../../setup/skip';
import { CATALOGUE, evaluate, Evaluated, evaluationApp } from './evaluation-app';

/**
 * Issue 19 item 5: discrepancies.csv opened by a real spreadsheet engine, Debian's LibreOffice
 * (headless), the way a reader in each locale opens it: the English file as an English-Canadian
 * spreadsheet reads it (comma, decimal point), the French-Canadian one as a French-Canadian
 * spreadsheet does (semicolon, decimal comma). Every money cell must arrive as a number, and the
 * difference column's sum must be the findings' exact sum. Outside CI, a machine without
 * LibreOffice skips this and says how to install it; in CI (.ci/run installs it) it fails.
 */
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
function whyNot(): string | undefined {
  if (existsSync(SOFFICE)) return undefined;
  if (process.env.CI === 'true')
    throw new Error(`no LibreOffice at ${SOFFICE}; .ci/run installs it (apt-get install -y libreoffice-calc-nogui)`);
  return `no LibreOffice at ${SOFFICE} (install it with: apt-get install -y libreoffice-calc-nogui)`;
}

/** LibreOffice's CSV import options: separator, quote, UTF-8 (76), from row 1, the reader's language (LCID). */
const IMPORT: Record<CsvLocale, string> = {
  en: 'CSV:44,34,76,1,,4105', // en-CA
  fr: 'CSV:59,34,76,1,,3084', // fr-CA
};

interface Cell {
  type: string | null;
  value: string | null;
  text: string;
}

/** The sheet's rows from a flat ODS file (what LibreOffice wrote after importing), repeated cells expanded. */
function sheetRows(fods: string): Cell[][] {
  const rows: Cell[][] = [];
  for (const row of fods.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = [];
    for (const c of row[1].matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(c[1])?.[1] ?? null;
      const text = (c[2] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .trim();
      const times = Math.min(Number(attr('table:number-columns-repeated') ?? 1), CSV_COLUMNS.length);
      for (let k = 0; k < times; k += 1)
        cells.push({ type: attr('office:value-type'), value: attr('office:value'), text });
    }
    if (cells.some((c) => c.text !== '')) rows.push(cells);
  }
  return rows;
}

function importWithLibreOffice(csv: string, locale: CsvLocale, outDir: string): Cell[][] {
  mkdirSync(outDir, { recursive: true });
  // A profile of its own: another LibreOffice on the machine does not take this conversion over.
  const profile = `file://${path.join(outDir, 'profile')}`;
  const run = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      `--infilter=${IMPORT[locale]}`,
      '--convert-to',
      'fods',
      '--outdir',
      outDir,
      csv,
    ],
    { encoding: 'utf8', timeout: 170_000 },
  );
  if (run.error) throw new Error(`LibreOffice did not finish (a timeout?): ${run.error.message}`);
  const out = path.join(outDir, `${path.basename(csv, '.csv')}.fods`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}:\n${run.stdout}\n${run.stderr}`);
  return sheetRows(readFileSync(out, 'utf8'));
}

describe('discrepancies.csv in a real spreadsheet (LibreOffice), in either locale', () => {
  let app: INestApplicationContext;
  let dir: string;
  let done: Evaluated;
  const skip = whyNot();

  beforeAll(async () => {
    if (skip) return;
    let service;
    ({ app, service, dir } = await evaluationApp());
    // quickpay-cli on the acting-pay scenarios: differences both ways (negative ones included).
    done = await evaluate(service, dir, { scenarios: path.join(CATALOGUE, 'acting-pay.csv'), vendors: 'quickpay-cli' });
    await new ReportWriter().write(done.run, service, path.join(dir, 'fr'), { lang: 'fr', csvLocale: 'fr' });
  });
  afterAll(() => app?.close());

  for (const locale of ['en', 'fr'] as const)
    itUnless(skip)(
      `${locale}: every money cell is a number, and the difference column sums to the findings’ exact sum`,
      () => {
        const csv = locale === 'en' ? done.report.files.csv : path.join(dir, 'fr', done.run.id, 'discrepancies.csv');
        const rows = importWithLibreOffice(csv, locale, path.join(dir, `lo-${locale}`));
        const header = rows[0].map((c) => c.text);
        // The BOM is read as the encoding's mark, not as part of the first column's name.
        expect(header.slice(0, CSV_COLUMNS.length)).toEqual(csvHeader(locale));
        expect(rows.length - 1).toBe(done.findings.length);
        const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
        let sum = Money.ZERO;
        for (const [k, f] of done.findings.entries()) {
          const row = rows[k + 1];
          for (const [name, amount] of [
            ['difference', f.difference],
            ['reference_amount', f.expected],
            ['supplier_amount', f.actual],
          ] as const) {
            const cell = row[column(name)];
            if (amount === null) expect(cell.text).toBe('');
            else expect([name, cell.type, Money.of(cell.value ?? 'NaN').toString()]).toEqual([name, 'float', amount]);
          }
          if (f.difference !== null) sum = sum.plus(Money.of(row[column('difference')].value!));
        }
        const exact = done.findings.reduce((s, f) => (f.difference ? s.plus(Money.of(f.difference)) : s), Money.ZERO);
        expect(done.findings.some((f) => f.difference?.startsWith('-'))).toBe(true);
        expect(sum.toString()).toBe(exact.toString());
      },
      180_000,
    );
});
