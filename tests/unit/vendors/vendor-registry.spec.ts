import { mkdirSync, mkdtempSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BUNDLED_VENDORS } from '../../../src/common/paths';
import { VendorRegistry } from '../../../src/vendors/vendor-registry';
import { FakeTransport, PROTOCOL_FIXTURES } from './helpers';

describe('VendorRegistry', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(path.join(tmpdir(), 'payproof-vendors-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function plug(folder: string, manifest: unknown): string {
    mkdirSync(path.join(root, folder));
    const file = path.join(root, folder, 'vendor.json');
    writeFileSync(file, typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
    return file;
  }
  const manifest = (id: string, extra: object = {}) => ({
    id,
    name: id,
    protocol: 'payproof-vendor/1',
    transport: { kind: 'module', entry: 'index.js' },
    ...extra,
  });

  it('loads every folder with a vendor.json, skipping folders without one', () => {
    const registry = VendorRegistry.load({ root: PROTOCOL_FIXTURES });
    expect(registry.ids()).toEqual(['fixture-command', 'fixture-http', 'fixture-module']);
    expect(registry.get('fixture-module').manifestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(registry.get('fixture-http').manifest.transport.kind).toBe('http');
  });

  it("defaults to the package's own vendors/ folder", () => {
    const plugs = existsSync(BUNDLED_VENDORS)
      ? readdirSync(BUNDLED_VENDORS).filter((d) => existsSync(path.join(BUNDLED_VENDORS, d, 'vendor.json')))
      : [];
    expect(VendorRegistry.load().ids()).toEqual(plugs.sort());
  });

  it('selects with --vendors, in the order given; nothing selected means every supplier', () => {
    const registry = VendorRegistry.load({ root: PROTOCOL_FIXTURES });
    expect(registry.select(' fixture-module,fixture-http ,').map((a) => a.id)).toEqual([
      'fixture-module',
      'fixture-http',
    ]);
    expect(registry.select(['fixture-command']).map((a) => a.id)).toEqual(['fixture-command']);
    expect(registry.select(undefined).map((a) => a.id)).toEqual(registry.ids());
  });

  it.each([[''], [' , '], [[]]])('a selection naming no id (%j) is an error, not every supplier', (selection) => {
    const registry = VendorRegistry.load({ root: PROTOCOL_FIXTURES });
    expect(() => registry.select(selection)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'vendors',
        message: expect.stringMatching(
          /^expected one or more supplier ids separated by commas, e\.g\. fixture-command,fixture-http; found .*, which names none/,
        ),
      }),
    );
  });

  it('an unknown id is bad input naming its field and listing the known ones', () => {
    const registry = VendorRegistry.load({ root: PROTOCOL_FIXTURES });
    expect(() => registry.select('fixture-module,acme,globex')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'vendors',
        message: 'unknown vendors "acme", "globex"; known vendors: fixture-command, fixture-http, fixture-module',
      }),
    );
    expect(() => registry.get('acme')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'vendor',
        message: 'unknown vendor "acme"; known vendors: fixture-command, fixture-http, fixture-module',
      }),
    );
  });

  /** The registry loads the good plug; the bad one is disabled with the reason, which asking for it gives. */
  function disabledReason(): string {
    plug('good', manifest('good'));
    const registry = VendorRegistry.load({ root });
    expect(registry.ids()).toEqual(['good']);
    const [disabled] = registry.disabled();
    expect(disabled).toMatchObject({
      id: 'acme',
      manifestPath: path.join(root, 'acme/vendor.json'),
    });
    expect(() => registry.select('good,acme')).toThrow(
      expect.objectContaining({
        code: 'CONFIG',
        message: `supplier "acme" is disabled: ${disabled.reason}`,
      }),
    );
    expect(() => registry.get('acme')).toThrow(`supplier "acme" is disabled`);
    return disabled.reason;
  }

  it('a bad manifest disables its supplier only, naming the file and the field', () => {
    const file = plug('acme', manifest('acme', { transport: { kind: 'ftp' } }));
    expect(disabledReason()).toBe(
      `${file}: transport.kind: expected one of module, http, command, exchange, found "ftp"`,
    );
  });

  it('a manifest that is not JSON, names the file', () => {
    plug('acme', '{ "id": ');
    expect(disabledReason()).toMatch(/acme\/vendor\.json: not valid JSON/);
  });

  it("a manifest whose id is not its folder's name", () => {
    plug('acme', manifest('globex'));
    expect(disabledReason()).toMatch(/acme\/vendor\.json: id "globex" does not match its folder "acme"/);
  });

  it('a lineCodes entry mapping to no pay line code', () => {
    plug('acme', manifest('acme', { lineCodes: { BASIC: 'BASE_PAY' } }));
    expect(disabledReason()).toMatch(/acme\/vendor\.json: lineCodes\.BASIC: "BASE_PAY" is not a pay line code/);
  });

  it('a module entry outside the supplier folder, naming the field', () => {
    plug('acme', manifest('acme', { transport: { kind: 'module', entry: '../../x.js' } }));
    expect(disabledReason()).toMatch(
      /acme\/vendor\.json: transport\.entry: "\.\.\/\.\.\/x\.js" is outside the supplier's folder/,
    );
  });

  it('starts every supplier side by side: one that cannot start is reported, the others run; stop stops all', async () => {
    plug('acme', manifest('acme'));
    plug('globex', manifest('globex'));
    const transports = new Map<string, FakeTransport>();
    const registry = VendorRegistry.load({
      root,
      transportFor: (m) => {
        const t = new FakeTransport(() => ({ ok: true, body: {}, elapsedMs: 0 }));
        if (m.id === 'acme') t.start = () => Promise.reject(new Error('supplier did not become ready within 10000 ms'));
        transports.set(m.id, t);
        return t;
      },
    });
    const failures = await registry.start();
    expect(failures.map((f) => [f.id, f.error.message])).toEqual([
      ['acme', 'supplier did not become ready within 10000 ms'],
    ]);
    expect(transports.get('globex')!.started).toBe(1);
    await registry.stop();
    expect([...transports.values()].map((t) => t.stopped)).toEqual([1, 1]);
  });
});

describe('VendorRegistry roots', () => {
  it('a vendors folder given explicitly must exist', () => {
    expect(() => VendorRegistry.load({ root: '/nonexistent/vendors' })).toThrow(
      'vendors folder /nonexistent/vendors does not exist',
    );
  });
});
