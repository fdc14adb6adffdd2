import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { scenarioToJson } from '../../../src/domain/scenario';
import { ExchangeImporter } from '../../../src/exchange/import/import.service';
import { ExchangePackageWriter } from '../../../src/exchange/outbound/package-writer.service';
import { loadPackageSource } from '../../../src/exchange/package-source';
import { FileImportStore } from '../../../src/exchange/store/file-import-store';
import { ExchangeTransport } from '../../../src/vendors/transports/exchange.transport';
import { ProtocolVendorAdapter } from '../../../src/vendors/vendor-adapter';
import { contractScenarios } from '../vendors/contract-scenarios';
import { describeVendorContract } from '../vendors/vendor-contract';

/**
 * The vendor contract every bundled supplier passes, for the exchange example supplier: its
 * package for the contract scenarios, its registers, an import, then the adapter over it.
 */
const REPO = path.resolve(__dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'payproof-exchange-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeVendorContract('vendors/quickpay-exchange (through an import)', async (hooks) => {
  const file = path.join(dir, 'scenarios.json');
  writeFileSync(file, JSON.stringify(contractScenarios().map(scenarioToJson)));
  const source = await loadPackageSource({ vendorId: 'quickpay-exchange', scenarios: file });
  const store = new FileImportStore(path.join(dir, 'store'));
  if (!(await store.latest('quickpay-exchange'))) {
    await new ExchangePackageWriter().write({ ...source, out: path.join(dir, 'out') });
    const script = path.join(REPO, 'vendors/quickpay-exchange/run-exchange.js');
    execFileSync(process.execPath, [script, path.join(dir, 'out'), path.join(dir, 'registers')]);
    const outcome = await new ExchangeImporter().import({
      ...source,
      source: path.join(dir, 'registers'),
      importedBy: 'contract test',
      importedAt: '2026-11-30T12:00:00.000Z',
      store,
    });
    if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  }
  const transport = new ExchangeTransport({
    vendorId: 'quickpay-exchange',
    config: source.manifest.transport as never,
    declared: { name: source.manifest.name, version: source.manifest.version },
    store,
  });
  return new ProtocolVendorAdapter({
    ...hooks,
    manifest: source.manifest,
    manifestHash: source.manifestSha256,
    transport,
  });
});
