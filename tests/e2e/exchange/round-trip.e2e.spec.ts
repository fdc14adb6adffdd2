import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ExchangeImporter } from '../../../src/exchange/import/import.service';
import { loadPackageSource, type LoadedSource } from '../../../src/exchange/package-source';
import { ExchangePackageWriter } from '../../../src/exchange/outbound/package-writer.service';
import { FileImportStore } from '../../../src/exchange/store/file-import-store';
import { ExchangeTransport } from '../../../src/vendors/transports/exchange.transport';
import { ProtocolVendorAdapter, type VendorOutcome } from '../../../src/vendors/vendor-adapter';
import { VendorRegistry } from '../../../src/vendors/vendor-registry';

/**
 * Issue 16's "done when": the exchange example supplier (quickpay-exchange: QuickPay's engine
 * and defects, working only through files in its own CSV layout) gives the same statements as
 * the same supplier live (quickpay-cli, one process per request) on the whole catalogue:
 * export → its run-exchange.js → import → the exchange transport, through the same adapter.
 */
jest.setTimeout(180_000);

const REPO = path.resolve(__dirname, '../../..');
let dir: string;
let source: LoadedSource;
let store: FileImportStore;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'payproof-exchange-'));
  source = await loadPackageSource({ vendorId: 'quickpay-exchange' });
  await new ExchangePackageWriter().write({ ...source, out: path.join(dir, 'out') });
  execFileSync(process.execPath, [
    path.join(REPO, 'vendors/quickpay-exchange/run-exchange.js'),
    path.join(dir, 'out'),
    path.join(dir, 'registers'),
  ]);
  store = new FileImportStore(path.join(dir, 'store'));
  const outcome = await new ExchangeImporter().import({
    ...source,
    source: path.join(dir, 'registers'),
    importedBy: 'round-trip test',
    importedAt: '2026-11-30T12:00:00.000Z',
    store,
  });
  if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function exchangeAdapter(): ProtocolVendorAdapter {
  const live = VendorRegistry.load().get('quickpay-exchange');
  const transport = new ExchangeTransport({
    vendorId: 'quickpay-exchange',
    config: live.manifest.transport as never,
    declared: { name: live.manifest.name, version: live.manifest.version },
    store,
  });
  return new ProtocolVendorAdapter({ manifest: live.manifest, manifestHash: live.manifestHash, transport });
}

/** What the checks see of an outcome: statements and missed pays, or the failure's kind. */
function judged(outcome: VendorOutcome) {
  return outcome.ok
    ? { statements: outcome.statements, missingPaydays: outcome.missingPaydays }
    : { failure: outcome.failure.kind };
}

it('gives the same statements as the live supplier with the same engine and defects, on the whole catalogue', async () => {
  const registry = VendorRegistry.load();
  const live = registry.get('quickpay-cli');
  try {
    const scenarios = source.scenarios;
    const [viaFiles, viaProcess] = [await exchangeAdapter().payRun(scenarios), await live.payRun(scenarios)];
    for (const s of scenarios)
      expect({ id: s.id, ...judged(viaFiles.get(s.id)!) }).toEqual({ id: s.id, ...judged(viaProcess.get(s.id)!) });
    const paid = [...viaFiles.values()].filter((o) => o.ok);
    // Equal because both paid (the Ontario scenarios), not because both failed: most are paid.
    expect(paid.length).toBeGreaterThan(scenarios.length / 2);
    // Real pays came through the files (acting pay among them), not only empty statements.
    expect(paid.some((o) => o.ok && o.statements.some((st) => st.lines.some((l) => l.code === 'ACTING')))).toBe(true);
  } finally {
    await registry.stop();
  }
});

it('wrote a package whose SHA256SUMS checks, with a README in English and French', () => {
  const out = path.join(dir, 'out');
  expect(execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' })).toBe('');
  const readme = readFileSync(path.join(out, 'README.md'), 'utf8');
  expect(readme).toMatch(/## How to answer/);
  expect(readme).toMatch(/## Comment répondre/);
  expect(readme).toContain('`EMPLOYEE_NO`');
});

it('records the provenance and exposes the import hashes for the pins', async () => {
  const latest = await store.latest('quickpay-exchange');
  const pins = await exchangeAdapter().describe();
  expect(latest?.provenance).toMatchObject({
    importedBy: 'round-trip test',
    importedAt: '2026-11-30T12:00:00.000Z',
    supplier: { name: 'QuickPay Cloud (simulated, file exchange)', version: '7.4.2' },
    packageId: new ExchangePackageWriter().packageId(source),
    manifestSha256: source.manifestSha256,
  });
  const files = latest!.provenance.files;
  expect(files.length).toBeGreaterThan(10);
  expect(files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  // The version a run records names the import and its answers' hash.
  expect(pins.ok && pins.description.supplier.version).toBe(
    `7.4.2 (exchange import ${latest!.provenance.importId}, answers sha256 ${latest!.provenance.answers.sha256})`,
  );
});
