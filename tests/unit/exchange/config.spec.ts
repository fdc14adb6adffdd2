import { parseManifest } from '../../../src/vendors/manifest';

/** The exchange transport in vendor.json: what it declares, and what a bad layout is told. */
const manifest = (transport: object) => ({
  id: 'acme-cloud',
  name: 'Acme Cloud Payroll',
  protocol: 'payproof-vendor/1',
  transport,
});
const capabilities = { provinces: ['ON'], eventKinds: ['hire'], payYears: [2026] };
const columns = {
  employeeId: 'EMP',
  payday: 'PAY_DATE',
  lineCode: 'WT',
  periodStart: 'FROM',
  periodEnd: 'TO',
  amount: 'AMOUNT',
};

it('accepts capabilities alone (JSON answers only), with defaults for a CSV layout', () => {
  const plain = parseManifest(manifest({ kind: 'exchange', capabilities }), '/tmp');
  expect(plain.ok && plain.manifest.transport).toEqual({ kind: 'exchange', capabilities });
  const csv = parseManifest(
    manifest({ kind: 'exchange', capabilities, registers: { columns, totals: { gross: 'G', net: 'N' } } }),
    '/tmp',
  );
  expect(csv.ok && csv.manifest.transport).toMatchObject({
    registers: { delimiter: ',', dateFormat: 'YYYY-MM-DD', decimalComma: false },
  });
});

it('names a date format without a day, a missing totals, and an unknown field', () => {
  const result = parseManifest(
    manifest({
      kind: 'exchange',
      capabilities,
      registers: { columns: { ...columns, extra: 'X' }, dateFormat: 'MM/YYYY' },
    }),
    '/tmp',
    { displayPath: 'vendors/acme-cloud/vendor.json' },
  );
  expect(result.ok ? [] : result.errors).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        /^vendors\/acme-cloud\/vendor\.json: transport\.registers\.dateFormat: expected a date format with YYYY, MM and DD/,
      ),
      'vendors/acme-cloud/vendor.json: transport.registers.totals: expected object, found nothing',
      'vendors/acme-cloud/vendor.json: transport.registers.columns.extra: unknown field',
    ]),
  );
});
