import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RegistrySupplierSource } from '../../../src/evaluation/supplier-source';
import { VendorSource } from '../../../src/evaluation/vendor-source';

/**
 * A run that names no supplier judges the suppliers that have something to be judged on: the
 * bundled exchange supplier has nothing before its first import, so it is left out with the
 * reason (the run's notes say it), not judged as missing every pay. Named, it is judged.
 */
describe('default supplier selection and exchange suppliers without an import', () => {
  const saved = process.env.PAYPROOF_EXCHANGE;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'payproof-exchange-'));
    process.env.PAYPROOF_EXCHANGE = dir;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.PAYPROOF_EXCHANGE;
    else process.env.PAYPROOF_EXCHANGE = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves quickpay-exchange out of a default run and says how to import its registers', async () => {
    const pool = await new RegistrySupplierSource(new VendorSource()).open({});
    try {
      expect(pool.suppliers.map((s) => s.id)).not.toContain('quickpay-exchange');
      expect(pool.suppliers.map((s) => s.id)).toEqual(expect.arrayContaining(['floatwise', 'quickpay-cli']));
      expect(pool.leftOut).toEqual([
        {
          id: 'quickpay-exchange',
          reason: expect.stringContaining('payproof exchange import --vendor quickpay-exchange'),
        },
      ]);
    } finally {
      await pool.stop();
    }
  });

  it('judges quickpay-exchange when the run names it', async () => {
    const pool = await new RegistrySupplierSource(new VendorSource()).open({ vendors: 'quickpay-exchange' });
    try {
      expect(pool.suppliers.map((s) => s.id)).toEqual(['quickpay-exchange']);
      expect(pool.leftOut).toEqual([]);
    } finally {
      await pool.stop();
    }
  });
});
