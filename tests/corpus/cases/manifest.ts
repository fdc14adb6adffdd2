import type { CliCase } from '../corpus.types';

/**
 * Supplier manifests (vendor.json), each wrong one way, through `payproof fuzz --vendor acme
 * --vendors-dir`: the supplier is disabled and asking for it is a configuration error (exit 78)
 * naming the file and the field.
 */
const GOOD = {
  id: 'acme',
  name: 'Acme Payroll',
  protocol: 'payproof-vendor/1',
  transport: { kind: 'module', entry: './index.js' },
};

function manifest(
  id: string,
  content: string,
  says: string | RegExp,
  extraFiles: Record<string, string> = {},
): CliCase {
  return {
    id: `manifest/${id}`,
    area: 'manifest',
    door: 'cli',
    files: {
      'vendors/acme/vendor.json': content,
      'vendors/acme/index.js': 'exports.handle = () => ({});',
      ...extraFiles,
    },
    args: ['fuzz', '--vendor', 'acme', '--vendors-dir', '{dir}/vendors', '--runs', '1'],
    exit: 78,
    stream: 'stderr',
    says:
      typeof says === 'string'
        ? new RegExp(`supplier "acme" is disabled: .*acme/vendor\\.json: ${escape(says)}`)
        : says,
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const json = (change: (m: Record<string, any>) => void) => {
  const m = structuredClone(GOOD) as Record<string, any>;
  change(m);
  return JSON.stringify(m);
};

export const MANIFEST_CASES: CliCase[] = [
  manifest('not-json', '{ "id": "acme", ', 'not valid JSON at line 1, column 17'),
  manifest(
    'missing-id',
    json((m) => delete m.id),
    'id: expected string, found nothing',
  ),
  manifest(
    'id-capitals',
    json((m) => (m.id = 'Acme')),
    'id: lower-case letters, digits and dashes, found "Acme"',
  ),
  manifest(
    'id-not-folder',
    json((m) => (m.id = 'globex')),
    'id "globex" does not match its folder "acme" (expected "acme")',
  ),
  manifest(
    'missing-name',
    json((m) => delete m.name),
    'name: expected string, found nothing',
  ),
  manifest(
    'protocol-2',
    json((m) => (m.protocol = 'payproof-vendor/2')),
    'protocol: expected "payproof-vendor/1", found "payproof-vendor/2"',
  ),
  manifest(
    'unknown-field',
    json((m) => (m.endpoint = 'x')),
    'endpoint: unknown field',
  ),
  manifest(
    'transport-ftp',
    json((m) => (m.transport = { kind: 'ftp' })),
    'transport.kind: expected one of module, http, command, exchange, found "ftp"',
  ),
  manifest(
    'http-no-url-or-start',
    json((m) => (m.transport = { kind: 'http' })),
    'transport.url: give "url", "start", or both, found nothing',
  ),
  manifest(
    'http-ftp-url',
    json((m) => (m.transport = { kind: 'http', url: 'ftp://pay.example/' })),
    'transport.url: expected an http:// or https:// URL',
  ),
  manifest(
    'timeout-negative',
    json((m) => (m.transport.timeoutMs = -5)),
    'transport.timeoutMs: expected more than 0, found -5',
  ),
  manifest(
    'timeout-as-text',
    json((m) => (m.transport.timeoutMs = '10s')),
    'transport.timeoutMs: expected number, found "10s"',
  ),
  manifest(
    'transport-unknown-field',
    json((m) => (m.transport.timeoutMS = 5)),
    'transport.timeoutMS: unknown field',
  ),
  manifest(
    'retries-11',
    json((m) => (m.transport = { kind: 'http', url: 'http://127.0.0.1:9/', retries: 11 })),
    'transport.retries: expected at most 10, found 11',
  ),
  manifest(
    'max-response-zero',
    json((m) => (m.transport.maxResponseBytes = 0)),
    'transport.maxResponseBytes: expected more than 0, found 0',
  ),
  manifest(
    'entry-outside',
    json((m) => (m.transport.entry = '../../x.js')),
    'transport.entry: "../../x.js" is outside the supplier\'s folder',
  ),
  manifest(
    'entry-absolute-outside',
    json((m) => (m.transport.entry = '/etc/passwd')),
    'transport.entry: "/etc/passwd" is outside the supplier\'s folder',
  ),
  manifest(
    'command-outside',
    json((m) => (m.transport = { kind: 'command', command: '../other/pay.sh' })),
    'transport.command: "../other/pay.sh" is outside the supplier\'s folder',
  ),
  manifest(
    'cwd-outside',
    json((m) => (m.transport = { kind: 'command', command: 'node', cwd: '..' })),
    'transport.cwd: ".." is outside the supplier\'s folder',
  ),
  manifest(
    'start-cwd-outside',
    json((m) => (m.transport = { kind: 'http', start: { command: 'node', cwd: '/tmp' } })),
    'transport.start.cwd: "/tmp" is outside the supplier\'s folder',
  ),
  manifest(
    'line-code-unknown',
    json((m) => (m.lineCodes = { BASIC: 'BASE_PAY' })),
    'lineCodes.BASIC: "BASE_PAY" is not a pay line code',
  ),
  manifest(
    'over-64-kb',
    json((m) => (m.name = 'n'.repeat(70_000))),
    /the file is \d+ bytes, over the limit of 65536 bytes for a vendor\.json/,
  ),
  manifest(
    'async-not-object',
    json((m) => (m.transport = { kind: 'http', url: 'http://127.0.0.1:9/', async: true })),
    'transport.async: expected object, found true',
  ),
  manifest(
    'async-deadline-as-text',
    json((m) => (m.transport = { kind: 'http', url: 'http://127.0.0.1:9/', async: { deadlineMs: '10m' } })),
    'transport.async.deadlineMs: expected number, found "10m"',
  ),
  manifest(
    'async-deadline-within-timeout',
    json(
      (m) =>
        (m.transport = { kind: 'http', url: 'http://127.0.0.1:9/', timeoutMs: 30_000, async: { deadlineMs: 20_000 } }),
    ),
    'transport.async.deadlineMs: expected more than timeoutMs (30000): the deadline covers the whole job, the POST included, found 20000',
  ),
  manifest(
    'async-poll-too-often',
    json((m) => (m.transport = { kind: 'http', url: 'http://127.0.0.1:9/', async: { pollIntervalMs: 5 } })),
    'transport.async.pollIntervalMs: expected at least 100, found 5',
  ),
  manifest(
    'async-unknown-field',
    json((m) => (m.transport = { kind: 'http', url: 'http://127.0.0.1:9/', async: { callback: true } })),
    'transport.async.callback: unknown field',
  ),
  manifest(
    'kill-grace-negative',
    json((m) => (m.transport = { kind: 'command', command: 'node', killGraceMs: -1 })),
    'transport.killGraceMs: expected at least 0, found -1',
  ),
];
