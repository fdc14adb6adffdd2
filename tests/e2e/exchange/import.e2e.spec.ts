import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ZipFile } from 'yazl';
import { ExchangeImporter, type ImportOutcome } from '../../../src/exchange/import/import.service';
import { formatProblem } from '../../../src/exchange/import/import-problem';
import { ExchangePackageWriter } from '../../../src/exchange/outbound/package-writer.service';
import { loadPackageSource, type LoadedSource } from '../../../src/exchange/package-source';
import { FileImportStore } from '../../../src/exchange/store/file-import-store';
import { ExchangeTransport } from '../../../src/vendors/transports/exchange.transport';
import { ProtocolVendorAdapter } from '../../../src/vendors/vendor-adapter';
import { runPayproof } from '../cli/run-cli';

/**
 * `exchange import` on a small set: a zip is read like a folder; registers are checked against
 * what was sent (unknown employee, a payday not sent, a statement twice, a declined employee
 * paid) and refused whole with file, row and column; a pay with no register yet is
 * 'awaiting-supplier' for that employee only; a changed answers file is refused.
 */
jest.setTimeout(120_000);

const REPO = path.resolve(__dirname, '../../..');
const employee = (id: string) => ({
  id,
  province: 'ON',
  td1: { federal: { code: 1 }, provincial: { code: 1 } },
  pensionGroup: 'PSSA-2',
  classification: 'AS-02',
  step: 1,
});
const SCENARIOS = [
  { id: 'plain-a', title: 'plain', employee: employee('E-1'), payRuns: { from: '2026-01-14', to: '2026-02-11' } },
  {
    id: 'late-ot',
    title: 'overtime entered late',
    employee: employee('E-2'),
    events: [
      {
        id: 'ot',
        kind: 'overtime',
        date: '2026-01-10',
        hours: '7.5',
        dayType: 'firstDayOfRest',
        entered: '2026-02-02',
      },
    ],
    payRuns: { from: '2026-01-14', to: '2026-02-11' },
  },
];

let dir: string;
let source: LoadedSource;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'payproof-exchange-import-'));
  writeFileSync(path.join(dir, 'scenarios.json'), JSON.stringify(SCENARIOS));
  source = await loadPackageSource({ vendorId: 'quickpay-exchange', scenarios: path.join(dir, 'scenarios.json') });
  await new ExchangePackageWriter().write({ ...source, out: path.join(dir, 'out') });
  execFileSync(process.execPath, [
    path.join(REPO, 'vendors/quickpay-exchange/run-exchange.js'),
    path.join(dir, 'out'),
    path.join(dir, 'registers'),
  ]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importInto(store: FileImportStore, from: string): Promise<ImportOutcome> {
  return new ExchangeImporter().import({
    ...source,
    source: from,
    importedBy: 'test',
    importedAt: '2026-11-30T12:00:00.000Z',
    store,
  });
}

function adapterOver(store: FileImportStore): ProtocolVendorAdapter {
  const transport = new ExchangeTransport({
    vendorId: 'quickpay-exchange',
    config: source.manifest.transport as never,
    declared: { name: source.manifest.name, version: source.manifest.version },
    store,
  });
  return new ProtocolVendorAdapter({ manifest: source.manifest, manifestHash: source.manifestSha256, transport });
}

/** A copy of the registers with one file's text changed. */
function registersWith(name: string, edit: (text: string) => string): string {
  const copy = mkdtempSync(path.join(dir, 'edited-'));
  cpSync(path.join(dir, 'registers'), copy, { recursive: true });
  writeFileSync(path.join(copy, name), edit(readFileSync(path.join(copy, name), 'utf8')));
  return copy;
}

it('sent each pay run only the events entered by its cut-off', () => {
  const run = (payday: string) =>
    JSON.parse(readFileSync(path.join(dir, 'out/pay-runs', payday, 'pay-run.json'), 'utf8')) as {
      employees: Array<{ id: string; events: unknown[]; payRuns: Array<{ cutoff: string }> }>;
    };
  // Entered 2026-02-02: after the cut-off of 2026-01-28 (2026-01-21), by the one of 2026-02-11 (2026-02-04).
  expect(run('2026-01-28').employees.find((e) => e.id === 'late-ot')!.events).toEqual([]);
  expect(run('2026-02-11').employees.find((e) => e.id === 'late-ot')!.events).toHaveLength(1);
  const events = readFileSync(path.join(dir, 'out/pay-runs/2026-02-11/events.csv'), 'utf8');
  expect(events.split('\n')[1]).toMatch(/^late-ot,overtime,ot,2026-01-10,,2026-02-02,.*yes$/);
});

it('imports a zip as a folder and answers the evaluation from it', async () => {
  const zip = new ZipFile();
  for (const name of ['register-2026-01-14.csv', 'register-2026-01-28.csv', 'register-2026-02-11.csv'])
    zip.addFile(path.join(dir, 'registers', name), `quickpay/${name}`);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  writeFileSync(path.join(dir, 'registers.zip'), Buffer.concat(chunks));
  const store = new FileImportStore(path.join(dir, 'store-zip'));

  const outcome = await importInto(store, path.join(dir, 'registers.zip'));

  expect(outcome).toMatchObject({ ok: true, missing: 0, expected: 6 });
  expect(outcome.ok && outcome.provenance.source).toMatchObject({
    kind: 'zip',
    sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  expect(outcome.ok && outcome.provenance.files.map((f) => f.name)).toEqual([
    'quickpay/register-2026-01-14.csv',
    'quickpay/register-2026-01-28.csv',
    'quickpay/register-2026-02-11.csv',
  ]);
  const answers = await adapterOver(store).payRun(source.scenarios);
  const late = answers.get('late-ot')!;
  expect(late.ok && late.statements.map((s) => s.payday)).toEqual(['2026-01-14', '2026-01-28', '2026-02-11']);
  // The overtime of January 10, seen first on 2026-02-11, comes back as a correction for its period.
  expect(late.ok && late.statements[2].lines.find((l) => l.code === 'RETRO_ADJUSTMENT')?.forPeriod).toEqual({
    start: '2026-01-01',
    end: '2026-01-14',
  });
});

it('reports a pay with no register as awaiting-supplier, for that employee only', async () => {
  const store = new FileImportStore(path.join(dir, 'store-partial'));
  const partial = registersWith('register-2026-02-11.csv', (t) =>
    t
      .split('\n')
      .filter((l) => !l.startsWith('late-ot;'))
      .join('\n'),
  );
  const outcome = await importInto(store, partial);
  expect(outcome).toMatchObject({ ok: true, missing: 1 });

  const answers = await adapterOver(store).payRun(source.scenarios);
  expect(answers.get('plain-a')!.ok).toBe(true);
  expect(answers.get('late-ot')).toMatchObject({
    ok: false,
    failure: {
      kind: 'awaiting-supplier',
      message: expect.stringMatching(
        /^awaiting supplier quickpay-exchange: no register imported in import .* for late-ot on 2026-02-11$/,
      ),
    },
  });
  const nothing = await adapterOver(new FileImportStore(path.join(dir, 'store-empty'))).payRun(source.scenarios);
  expect(nothing.get('plain-a')).toMatchObject({ ok: false, failure: { kind: 'awaiting-supplier' } });
});

it('refuses the whole import, naming file, row and column, when registers do not match what was sent', async () => {
  const store = new FileImportStore(path.join(dir, 'store-bad'));
  let strangerRow = 0;
  let movedRow = 0;
  const bad = registersWith('register-2026-01-28.csv', (t) => {
    const lines = t.trimEnd().split('\n');
    const plain = lines.filter((l) => l.startsWith('plain-a;'));
    strangerRow = lines.length + 1;
    movedRow = strangerRow + plain.length;
    return [
      ...lines,
      ...plain.map((l) => l.replace(/^plain-a;/, 'stranger;')), // an employee never sent
      ...plain.map((l) => l.replace('28.01.2026', '25.02.2026')), // a payday not sent to plain-a
    ].join('\n');
  });
  writeFileSync(path.join(bad, 'again.csv'), readFileSync(path.join(dir, 'registers/register-2026-01-14.csv')));

  const outcome = await importInto(store, bad);

  expect(outcome.ok).toBe(false);
  const problems = outcome.ok ? [] : outcome.problems.map(formatProblem);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(
        new RegExp(
          `^register-2026-01-28\\.csv, row ${strangerRow}, column "EMPLOYEE_NO": employee stranger was not sent`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^register-2026-01-28\\.csv, row ${movedRow}, column "PAY_DATE": 2026-02-25 is not a pay run of employee plain-a`,
        ),
      ),
      expect.stringMatching(
        /^register-2026-01-14\.csv, row 2: a second statement for employee plain-a on payday 2026-01-14 \(the first is at again\.csv, row 2; expected one\)$/,
      ),
    ]),
  );
  expect(await store.latest('quickpay-exchange')).toBeUndefined();
});

it('refuses to answer from an answers file changed after the import', async () => {
  const root = path.join(dir, 'store-tampered');
  const outcome = await importInto(new FileImportStore(root), path.join(dir, 'registers'));
  if (!outcome.ok) throw new Error('the import was refused');
  const answers = path.join(root, 'quickpay-exchange', outcome.provenance.importId, 'answers.jsonl');
  writeFileSync(answers, readFileSync(answers, 'utf8').replace('"2639.11"', '"2639.12"'));

  const read = await adapterOver(new FileImportStore(root)).payRun(source.scenarios);
  expect(read.get('plain-a')).toMatchObject({
    ok: false,
    failure: {
      kind: 'crash',
      message: expect.stringMatching(/answers\.jsonl: its sha256 is .* it was changed after the import/),
    },
  });
});

it('the CLI prints every problem on standard error and exits 2, storing nothing', () => {
  const bad = registersWith('register-2026-01-14.csv', (t) => t.replace(/;2639,11;/, ';2.639,11;'));
  const env = { PAYPROOF_EXCHANGE: path.join(dir, 'store-cli') };
  const r = runPayproof(
    ['exchange', 'import', '--vendor', 'quickpay-exchange', '--scenarios', path.join(dir, 'scenarios.json'), bad],
    { env },
  );
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(
    /^register-2026-01-14\.csv, row \d+, column "AMOUNT": found "2\.639,11", expected an amount/m,
  );
  expect(r.stderr).toMatch(/import refused: 1 problem in 1 file; nothing was stored/);
  expect(r.status).toBe(2);

  const ok = runPayproof(
    [
      'exchange',
      'import',
      '--vendor',
      'quickpay-exchange',
      '--scenarios',
      path.join(dir, 'scenarios.json'),
      '--by',
      'Pay Centre',
      path.join(dir, 'registers'),
    ],
    { env },
  );
  expect(ok.stderr).toBe('');
  expect(ok.stdout).toMatch(/^imported 3 files for quickpay-exchange .*: 6 statements for 2 employees, 0 declined$/m);
  expect(ok.stdout).toMatch(/by Pay Centre; answers sha256 [0-9a-f]{64}; package [0-9a-f]{64}$/m);
  expect(ok.status).toBe(0);
});
