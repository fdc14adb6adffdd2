import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ExchangeImporter } from '../../../src/exchange/import/import.service';
import { ExchangePackageWriter } from '../../../src/exchange/outbound/package-writer.service';
import { loadPackageSource } from '../../../src/exchange/package-source';
import { FileImportStore } from '../../../src/exchange/store/file-import-store';

/**
 * docs/exchange/ is what a supplier reads beside docs/vendor-protocol.md ("Exchange"): the
 * outbound package payproof writes for docs/exchange/scenario.json and the registers the
 * bundled example supplier returned. Both must stay what the code writes and accepts.
 * Regenerate with:
 *   rm -r docs/exchange/outbound docs/exchange/registers
 *   npx payproof exchange export --vendor quickpay-exchange --scenarios docs/exchange/scenario.json --out docs/exchange/outbound
 *   node vendors/quickpay-exchange/run-exchange.js docs/exchange/outbound docs/exchange/registers
 */
const DOCS = path.resolve(__dirname, '../../../docs/exchange');

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
    .sort();
}

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'payproof-exchange-docs-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = () => loadPackageSource({ vendorId: 'quickpay-exchange', scenarios: path.join(DOCS, 'scenario.json') });

it('docs/exchange/outbound is the package payproof writes for docs/exchange/scenario.json', async () => {
  const out = path.join(dir, 'out');
  await new ExchangePackageWriter().write({ ...(await source()), out });
  expect(files(path.join(DOCS, 'outbound'))).toEqual(files(out));
  for (const name of files(out))
    expect({ name, text: readFileSync(path.join(DOCS, 'outbound', name), 'utf8') }).toEqual({
      name,
      text: readFileSync(path.join(out, name), 'utf8'),
    });
});

it('docs/exchange/registers imports without a problem', async () => {
  const outcome = await new ExchangeImporter().import({
    ...(await source()),
    source: path.join(DOCS, 'registers'),
    importedBy: 'docs test',
    importedAt: '2026-11-30T12:00:00.000Z',
    store: new FileImportStore(path.join(dir, 'store')),
  });
  expect(outcome).toMatchObject({ ok: true, missing: 0, expected: 2 });
});
