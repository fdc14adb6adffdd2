import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseScenarioOrThrow, Scenario } from '../../../src/domain/scenario';
import { Manifest, parseManifest } from '../../../src/vendors/manifest';
import { CallOptions, TransportOutcome, VendorTransport } from '../../../src/vendors/vendor-transport';

/** Shared by the vendor protocol tests: the example exchange, the fixture engine, a fake transport. */
export const PROTOCOL_FIXTURES = path.resolve(__dirname, '../../fixtures/protocol');
/** The protocol's published examples (docs/examples), which the documentation shows and the tests replay. */
export const EXAMPLE_DIR = path.resolve(__dirname, '../../../docs/examples');

export function exampleJson(file: string): any {
  return JSON.parse(readFileSync(path.join(EXAMPLE_DIR, file), 'utf8'));
}

/** The documented example scenario (AS-02 step 1, Ontario, two paydays), with changes. */
export function exampleScenario(patch: Record<string, unknown> = {}): Scenario {
  return parseScenarioOrThrow({ ...exampleJson('scenario.json'), ...patch });
}

/** The fixture suppliers' engine (plain JS, speaks the protocol only). */
interface EngineOptions {
  name?: string;
  codes?: Record<string, string>;
  maxEmployees?: number;
  fault?: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain JS plug, as an outside supplier would write it
export const engine: { handle(request: unknown, options?: EngineOptions): any } = require(
  path.join(PROTOCOL_FIXTURES, 'engine.js'),
);

type Answer = (request: any, n: number) => TransportOutcome | Promise<TransportOutcome>;

/** A transport that answers from a function and remembers every request. */
export class FakeTransport implements VendorTransport {
  readonly kind = 'module' as const;
  readonly requests: any[] = [];
  started = 0;
  stopped = 0;

  constructor(private readonly answer: Answer) {}

  async start(): Promise<void> {
    this.started += 1;
  }

  async call(request: unknown, _opts?: CallOptions): Promise<TransportOutcome> {
    // Through JSON, as every real transport does.
    const copy = JSON.parse(JSON.stringify(request));
    this.requests.push(copy);
    return this.answer(copy, this.requests.length);
  }

  async stop(): Promise<void> {
    this.stopped += 1;
  }
}

export function ok(body: unknown, elapsedMs = 7): TransportOutcome {
  return { ok: true, body: JSON.parse(JSON.stringify(body)), elapsedMs };
}

/** A transport backed by the fixture engine; `edit` may change each answer (to inject faults). */
export function engineTransport(
  options: EngineOptions = {},
  edit: (answer: any, request: any) => unknown = (a) => a,
): FakeTransport {
  return new FakeTransport((request) => ok(edit(engine.handle(request, options), request)));
}

export function manifest(patch: Record<string, unknown> = {}): Manifest {
  const result = parseManifest(
    {
      id: 'acme',
      name: 'Acme Payroll',
      protocol: 'payproof-vendor/1',
      transport: { kind: 'module', entry: './index.js' },
      ...patch,
    },
    '/tmp/acme',
  );
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.manifest;
}
