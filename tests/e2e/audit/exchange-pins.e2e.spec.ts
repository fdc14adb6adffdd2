import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { AuditStore } from '../../../src/audit/audit-store.port';
import { PinsService } from '../../../src/audit/pins/pins.service';
import { checkDescribed } from '../../../src/audit/verify/pin-check';
import { RegistrySupplierSource } from '../../../src/evaluation/supplier-source';
import { VendorSource } from '../../../src/evaluation/vendor-source';
import { ExchangeImporter } from '../../../src/exchange/import/import.service';
import { ExchangePackageWriter } from '../../../src/exchange/outbound/package-writer.service';
import { loadPackageSource, type LoadedSource } from '../../../src/exchange/package-source';
import { FileImportStore } from '../../../src/exchange/store/file-import-store';

/**
 * An exchange supplier's run pins its import (issue 18, Build 1; issue 16): the import id, the
 * package it answers, the answers' and each file's sha256 come into the run's audit pins from
 * ExchangeTransport.pins(), and a later import is named as the pin that changed.
 */
jest.setTimeout(120_000);

const REPO = path.resolve(__dirname, '../../..');
const SCENARIOS = [
  {
    id: 'plain-a',
    title: 'plain',
    employee: {
      id: 'E-1',
      province: 'ON',
      td1: { federal: { code: 1 }, provincial: { code: 1 } },
      pensionGroup: 'PSSA-2',
      classification: 'AS-02',
      step: 1,
    },
    payRuns: { from: '2026-01-14', to: '2026-02-11' },
  },
];

describe('audit pins of an exchange supplier', () => {
  const saved = process.env.PAYPROOF_EXCHANGE;
  let dir: string;
  let source: LoadedSource;

  const importRegisters = (at: string) =>
    new ExchangeImporter().import({
      ...source,
      source: path.join(dir, 'registers'),
      importedBy: 'test',
      importedAt: at,
      store: new FileImportStore(path.join(dir, 'store')),
    });

  /** The audit pins a run would store now, from the suppliers as a run opens them. */
  const pinsNow = async () => {
    const pool = await new RegistrySupplierSource(new VendorSource()).open({ vendors: 'quickpay-exchange' });
    try {
      return new PinsService({} as AuditStore).pinsFor({
        options: { scenarios: 'scenarios.json', vendors: ['quickpay-exchange'], chunkSize: 1, sameAnswerRate: 0 },
        suppliers: pool.suppliers,
      });
    } finally {
      await pool.stop();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'payproof-exchange-pins-'));
    process.env.PAYPROOF_EXCHANGE = path.join(dir, 'store');
    writeFileSync(path.join(dir, 'scenarios.json'), JSON.stringify(SCENARIOS));
    source = await loadPackageSource({ vendorId: 'quickpay-exchange', scenarios: path.join(dir, 'scenarios.json') });
    await new ExchangePackageWriter().write({ ...source, out: path.join(dir, 'out') });
    execFileSync(process.execPath, [
      path.join(REPO, 'vendors/quickpay-exchange/run-exchange.js'),
      path.join(dir, 'out'),
      path.join(dir, 'registers'),
    ]);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.PAYPROOF_EXCHANGE;
    else process.env.PAYPROOF_EXCHANGE = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('pins the import a run answers from, and names a later import as the pin that changed', async () => {
    const first = await importRegisters('2026-11-30T12:00:00.000Z');
    expect(first.ok).toBe(true);
    const then = await pinsNow();
    const pin = then.suppliers.find((s) => s.id === 'quickpay-exchange')!;
    expect(pin.transport).toMatchObject({
      importId: first.ok && first.provenance.importId,
      packageId: first.ok && first.provenance.packageId,
      answersSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      files: expect.arrayContaining([
        { name: 'register-2026-01-14.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
      ]),
    });
    expect(pin.folder.files).toBeGreaterThan(0);
    expect(checkDescribed(then, await pinsNow())).toEqual([]);

    const second = await importRegisters('2026-11-30T13:00:00.000Z');
    expect(second.ok && second.provenance.importId).not.toBe(first.ok && first.provenance.importId);
    const changed = checkDescribed(then, await pinsNow());
    expect(changed.map((m) => m.pin)).toContain('suppliers.quickpay-exchange.transport');
  });
});
