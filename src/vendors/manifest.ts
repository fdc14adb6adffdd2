import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { PayproofError } from '../domain/errors';
import { jsonSyntaxError } from '../domain/scenario/parse-result';
import { exchangeTransportJson } from '../exchange/exchange-config';
import { linksOutside, pathsOutside, resolveTransportPaths } from './manifest-paths';

export { resolveTransportPaths } from './manifest-paths';

/**
 * vendors/<id>/vendor.json: who the supplier is and how to reach it. Validation is a pure
 * function (parsed JSON + the manifest's folder in, typed manifest or field-named errors out);
 * relative paths are resolved against the manifest's folder so a plug is relocatable.
 */
export const MANIFEST_FILE = 'vendor.json';
export const VENDOR_PROTOCOL = 'payproof-vendor/1';

const MiB = 1024 * 1024;
/** A vendor.json is a few hundred bytes; anything near this is not a manifest. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
const timeoutMs = z.number().int().positive().default(10_000);
const maxResponseBytes = z
  .number()
  .int()
  .positive()
  .default(10 * MiB);
const args = z.array(z.string()).default([]);
const env = z.record(z.string(), z.string()).default({});
// SIGTERM first so a supplier can flush its logs; SIGKILL after this grace period.
const killGraceMs = z.number().int().nonnegative().default(2_000);

const moduleTransport = z.strictObject({
  kind: z.literal('module'),
  entry: z.string().min(1),
  timeoutMs,
  maxResponseBytes,
  // Loading the engine into its thread; a top level that never returns is stopped after it.
  startTimeoutMs: z.number().int().positive().default(10_000),
});

const httpStart = z.strictObject({
  command: z.string().min(1),
  args,
  env,
  cwd: z.string().optional(),
  readyPath: z.string().startsWith('/').optional(),
  startTimeoutMs: z.number().int().positive().default(10_000),
  killGraceMs,
});

/**
 * Async mode (docs/vendor-protocol.md section 10). The default deadline, 10 minutes, is enough
 * for a supplier that queues each request as a batch job; a job that takes longer belongs in the
 * exchange transport, whose deadline procurement sets. An hour at most: a live run is not held
 * open longer than that by one request.
 */
const httpAsync = z.strictObject({
  deadlineMs: z.number().int().positive().max(3_600_000).default(600_000),
  pollIntervalMs: z.number().int().min(100).max(60_000).default(1_000),
});

const httpTransport = z
  .strictObject({
    kind: z.literal('http'),
    // May hold `{port}` when `start` is given; defaults to http://127.0.0.1:{port}/ then.
    url: z.string().refine(isHttpUrl, 'expected an http:// or https:// URL').optional(),
    start: httpStart.optional(),
    timeoutMs,
    retries: z.number().int().min(0).max(10).default(2),
    retryBackoffMs: z.number().int().nonnegative().default(200),
    maxResponseBytes,
    async: httpAsync.optional(),
  })
  .refine((t) => t.url !== undefined || t.start !== undefined, {
    message: 'give "url", "start", or both',
    path: ['url'],
  })
  .superRefine((t, ctx) => {
    // Zod runs this also when a field is already refused; a refused deadline is reported once.
    if (t.async && t.async.deadlineMs > 0 && t.async.deadlineMs <= t.timeoutMs)
      ctx.addIssue({
        code: 'custom',
        path: ['async', 'deadlineMs'],
        message: `expected more than timeoutMs (${t.timeoutMs}): the deadline covers the whole job, the POST included`,
      });
  });

const commandTransport = z.strictObject({
  kind: z.literal('command'),
  command: z.string().min(1),
  args,
  cwd: z.string().optional(),
  env,
  timeoutMs,
  maxResponseBytes,
  killGraceMs,
});

const manifestSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  version: z.string().optional(),
  protocol: z.literal(VENDOR_PROTOCOL),
  transport: z.discriminatedUnion('kind', [moduleTransport, httpTransport, commandTransport, exchangeTransportJson]),
  lineCodes: z.record(z.string(), z.string()).optional(),
  // How many requests the harness may have in flight at once (docs/vendor-protocol.md section 1).
  maxConcurrentRequests: z.number().int().min(1).max(64).optional(),
});

/** A validated manifest; every path in it is absolute. */
export type Manifest = z.output<typeof manifestSchema>;
export type TransportConfig = Manifest['transport'];
export type ModuleTransportConfig = Extract<TransportConfig, { kind: 'module' }>;
export type HttpTransportConfig = Extract<TransportConfig, { kind: 'http' }>;
export type HttpStartConfig = NonNullable<HttpTransportConfig['start']>;
export type HttpAsyncConfig = NonNullable<HttpTransportConfig['async']>;
export type CommandTransportConfig = Extract<TransportConfig, { kind: 'command' }>;
export type ExchangeTransportConfig = Extract<TransportConfig, { kind: 'exchange' }>;

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; errors: string[] };

export interface ParseManifestOptions {
  /** How errors name the file, e.g. "vendors/acme/vendor.json". */
  displayPath?: string;
}

export function parseManifest(json: unknown, manifestDir: string, opts: ParseManifestOptions = {}): ManifestResult {
  const label = opts.displayPath ?? path.join(manifestDir, MANIFEST_FILE);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.flatMap((i) => describeIssue(i, json)).map((e) => `${label}: ${e}`),
    };
  }
  const escapes = pathsOutside(parsed.data.transport, manifestDir, path.dirname(label));
  if (escapes.length > 0) return { ok: false, errors: escapes.map((e) => `${label}: ${e}`) };
  return {
    ok: true,
    manifest: { ...parsed.data, transport: resolveTransportPaths(parsed.data.transport, manifestDir) },
  };
}

/** sha256 of the manifest file's bytes, hex; a run pins it so a changed plug is visible. */
export function hashManifest(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

/** Read, parse, validate and hash one vendor.json; a bad file is a CONFIG error naming it. */
export function readManifest(file: string, displayPath = file): { manifest: Manifest; sha256: string } {
  const size = statSync(file).size;
  if (size > MAX_MANIFEST_BYTES)
    throw new PayproofError(
      'CONFIG',
      `${displayPath}: the file is ${size} bytes, over the limit of ${MAX_MANIFEST_BYTES} bytes for a vendor.json (a manifest is a few hundred bytes)`,
    );
  const bytes = readFileSync(file);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new PayproofError(
      'CONFIG',
      `${displayPath}: not valid JSON${jsonSyntaxError(bytes.toString('utf8'), err).replace(/^this is not valid JSON/, '')}`,
    );
  }
  const result = parseManifest(json, path.dirname(file), { displayPath });
  if (!result.ok) throw new PayproofError('CONFIG', result.errors.join('\n'), { errors: result.errors });
  const links = linksOutside(result.manifest.transport, path.dirname(file), path.dirname(displayPath)).map(
    (e) => `${displayPath}: ${e}`,
  );
  if (links.length > 0) throw new PayproofError('CONFIG', links.join('\n'), { errors: links });
  return { manifest: result.manifest, sha256: hashManifest(bytes) };
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown): string[] {
  const at = (p: PropertyKey[]) => (p.length ? p.map(String).join('.') : '(top level)');
  const found = describeValue(valueAt(json, issue.path));
  switch (issue.code) {
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        return [`${at(issue.path)}: expected one of ${issue.options.join(', ')}, found ${found}`];
      }
      return [`${at(issue.path)}: ${issue.message}, found ${found}`];
    case 'invalid_type':
      return [`${at(issue.path)}: expected ${issue.expected}, found ${found}`];
    case 'invalid_value':
      return [`${at(issue.path)}: expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${found}`];
    case 'unrecognized_keys':
      return issue.keys.map((k) => `${at([...issue.path, k])}: unknown field`);
    case 'too_small':
      return [
        `${at(issue.path)}: expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, found ${found}`,
      ];
    case 'too_big':
      return [
        `${at(issue.path)}: expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, found ${found}`,
      ];
    default:
      return [`${at(issue.path)}: ${issue.message}, found ${found}`];
  }
}

function isHttpUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url.replaceAll('{port}', '1')).protocol);
  } catch {
    return false;
  }
}

function valueAt(json: unknown, p: PropertyKey[]): unknown {
  return p.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    json,
  );
}

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  const text = JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
