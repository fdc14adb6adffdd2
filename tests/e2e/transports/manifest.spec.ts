import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PayproofError } from '../../../src/domain/errors';
import { hashManifest, Manifest, MAX_MANIFEST_BYTES, parseManifest, readManifest } from '../../../src/vendors/manifest';
import { createTransport, KNOWN_TRANSPORT_KINDS } from '../../../src/vendors/transports';
import { FAKE_VENDORS } from './helpers';

const DIR = '/srv/payproof/vendors/acme';
const LABEL = { displayPath: 'vendors/acme/vendor.json' };

function manifest(transport: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'acme', name: 'Acme Payroll', protocol: 'payproof-vendor/1', transport, ...extra };
}

function errorsOf(json: unknown): string[] {
  const result = parseManifest(json, DIR, LABEL);
  return result.ok ? [] : result.errors;
}

describe('vendor manifest', () => {
  it('fills defaults and resolves relative paths against the manifest folder', () => {
    const result = parseManifest(manifest({ kind: 'command', command: './bin/engine', args: ['--json'] }), DIR);

    expect(result).toEqual({
      ok: true,
      manifest: {
        id: 'acme',
        name: 'Acme Payroll',
        protocol: 'payproof-vendor/1',
        transport: {
          kind: 'command',
          command: '/srv/payproof/vendors/acme/bin/engine',
          args: ['--json'],
          cwd: DIR,
          env: {},
          timeoutMs: 10_000,
          maxResponseBytes: 10 * 1024 * 1024,
          killGraceMs: 2_000,
        },
      },
    });
  });

  it('leaves a bare command name for PATH and resolves a module entry', () => {
    const command = parseManifest(manifest({ kind: 'command', command: 'node' }), DIR);
    const module = parseManifest(manifest({ kind: 'module', entry: 'engine.js' }), DIR);

    expect(command.ok && command.manifest.transport).toMatchObject({ command: 'node' });
    expect(module.ok && module.manifest.transport).toMatchObject({ entry: '/srv/payproof/vendors/acme/engine.js' });
  });

  it('fails an unknown transport kind naming the file, the field and the known kinds', () => {
    expect(errorsOf(manifest({ kind: 'ftp' }))).toEqual([
      'vendors/acme/vendor.json: transport.kind: expected one of module, http, command, exchange, found "ftp"',
    ]);
  });

  it('names every bad field: missing, wrong type, wrong protocol, unknown, out of range', () => {
    const errors = errorsOf({
      name: 7,
      protocol: 'payproof-vendor/2',
      transport: { kind: 'http', url: 'http://127.0.0.1:9000/', timeoutMs: -5, timeoutMS: 5 },
    });

    expect(errors).toEqual(
      expect.arrayContaining([
        'vendors/acme/vendor.json: id: expected string, found nothing',
        'vendors/acme/vendor.json: name: expected string, found 7',
        'vendors/acme/vendor.json: protocol: expected "payproof-vendor/1", found "payproof-vendor/2"',
        expect.stringMatching(/^vendors\/acme\/vendor\.json: transport\.timeoutMs: .*found -5$/),
        'vendors/acme/vendor.json: transport.timeoutMS: unknown field',
      ]),
    );
    expect(errors).toHaveLength(5);
  });

  it('requires an http supplier to have a URL or a way to start it, and the URL to be http', () => {
    expect(errorsOf(manifest({ kind: 'http' }))).toEqual([
      'vendors/acme/vendor.json: transport.url: give "url", "start", or both, found nothing',
    ]);
    expect(errorsOf(manifest({ kind: 'http', url: 'ftp://x/' }))[0]).toMatch(
      /transport\.url: expected an http:\/\/ or https:\/\/ URL/,
    );
    expect(errorsOf(manifest({ kind: 'http', url: 'http://127.0.0.1:{port}/', start: { command: 'node' } }))).toEqual(
      [],
    );
  });

  it('reads, validates and hashes a manifest file, and refuses a broken one with a CONFIG error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'payproof-manifest-'));
    try {
      const text = JSON.stringify(manifest({ kind: 'module', entry: 'engine.js' }));
      writeFileSync(path.join(dir, 'vendor.json'), text);
      const loaded = readManifest(path.join(dir, 'vendor.json'));
      expect(loaded.sha256).toBe(hashManifest(text));
      expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(loaded.manifest.transport).toMatchObject({ entry: path.join(dir, 'engine.js') });

      writeFileSync(path.join(dir, 'vendor.json'), '{ "id": ');
      expect(() => readManifest(path.join(dir, 'vendor.json'), 'vendors/x/vendor.json')).toThrow(
        expect.objectContaining({
          code: 'CONFIG',
          message: expect.stringMatching(/^vendors\/x\/vendor\.json: not valid JSON at line 1, column 8 \(/),
        }),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ kind: 'module', entry: '../../x.js' }, 'transport.entry', '../../x.js'],
    [{ kind: 'module', entry: '/etc/passwd' }, 'transport.entry', '/etc/passwd'],
    [{ kind: 'command', command: '../other/bin/pay' }, 'transport.command', '../other/bin/pay'],
    [{ kind: 'command', command: 'node', cwd: '..' }, 'transport.cwd', '..'],
    [{ kind: 'http', start: { command: './x/../../y' } }, 'transport.start.command', './x/../../y'],
    [{ kind: 'http', start: { command: 'node', cwd: '/tmp' } }, 'transport.start.cwd', '/tmp'],
  ])('keeps paths inside the supplier folder: %j is refused, naming the field', (transport, field, value) => {
    expect(errorsOf(manifest(transport))).toEqual([
      `vendors/acme/vendor.json: ${field}: "${value}" is outside the supplier's folder (expected a path inside vendors/acme/, e.g. "./index.js"; a bare command name such as "node" is looked up on PATH)`,
    ]);
  });

  it('accepts absolute paths inside the folder and bare command names', () => {
    expect(errorsOf(manifest({ kind: 'module', entry: `${DIR}/lib/engine.js` }))).toEqual([]);
    expect(errorsOf(manifest({ kind: 'command', command: 'python3', cwd: './work' }))).toEqual([]);
  });

  it('refuses a symbolic link inside the folder that leads out of it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'payproof-manifest-'));
    try {
      symlinkSync(path.join(FAKE_VENDORS, 'module-engine.js'), path.join(dir, 'engine.js'));
      writeFileSync(path.join(dir, 'vendor.json'), JSON.stringify(manifest({ kind: 'module', entry: 'engine.js' })));
      expect(() => readManifest(path.join(dir, 'vendor.json'), 'vendors/acme/vendor.json')).toThrow(
        `vendors/acme/vendor.json: transport.entry: "${path.join(dir, 'engine.js')}" is a symbolic link to ${path.join(FAKE_VENDORS, 'module-engine.js')}, outside the supplier's folder (expected a file inside vendors/acme/)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a vendor.json over the size limit before reading it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'payproof-manifest-'));
    try {
      writeFileSync(path.join(dir, 'vendor.json'), ' '.repeat(MAX_MANIFEST_BYTES + 1));
      expect(() => readManifest(path.join(dir, 'vendor.json'), 'vendors/acme/vendor.json')).toThrow(
        `vendors/acme/vendor.json: the file is 65537 bytes, over the limit of 65536 bytes for a vendor.json`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hashes contents as sha256 hex', () => {
    expect(hashManifest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('createTransport', () => {
  it('knows the four kinds and builds each from a validated manifest', () => {
    expect(KNOWN_TRANSPORT_KINDS).toEqual(['module', 'http', 'command', 'exchange']);
    for (const transport of [
      { kind: 'module', entry: 'x.js' },
      { kind: 'http', url: 'http://127.0.0.1:1/' },
      { kind: 'command', command: 'node' },
      { kind: 'exchange', capabilities: { provinces: ['ON'], eventKinds: [], payYears: [2026] } },
    ]) {
      const result = parseManifest(manifest(transport), FAKE_VENDORS);
      expect(result.ok && createTransport(result.manifest, FAKE_VENDORS).kind).toBe(transport.kind);
    }
  });

  it('resolves paths of a manifest built in code against the given folder', async () => {
    const built = {
      transport: {
        kind: 'module',
        entry: 'module-engine.js',
        timeoutMs: 1_000,
        maxResponseBytes: 1_000,
        startTimeoutMs: 30_000,
      },
    } as Pick<Manifest, 'transport'>;

    const outcome = await createTransport(built, FAKE_VENDORS).call({ behaviour: 'echo' });
    expect(outcome).toMatchObject({ ok: true, body: { net: '987.65' } });
  });

  it('fails an unknown kind with a CONFIG error naming the known ones', () => {
    const bogus = { transport: { kind: 'ftp' } } as unknown as Manifest;

    expect(() => createTransport(bogus, DIR)).toThrow(PayproofError);
    expect(() => createTransport(bogus, DIR)).toThrow(
      'unknown transport kind "ftp"; known kinds: module, http, command, exchange',
    );
  });
});
