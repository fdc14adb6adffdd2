import { CutoffConvention, IsoDate, PAY_RUN_LOCK } from '../domain/calendar';
import { invalidInput } from '../domain/errors';
import type { Scenario, Statement } from '../domain/scenario';
import type { Manifest } from './manifest';
import {
  describeRequest,
  Description,
  EmployeeRead,
  lineCodeMap,
  LineCodeMap,
  payRunRequest,
  readDescribe,
  readPayRun,
  unsupportedReason,
} from './protocol';
import type { CallOptions, TransportOutcome, VendorFailure, VendorTransport } from './vendor-transport';

/**
 * The port the evaluation service uses to reach one supplier: scenarios in, canonical
 * statements or a classified failure per scenario out. It never throws for a supplier's
 * fault, and one scenario's failure never stops the others.
 */
export type VendorOutcome =
  | {
      ok: true;
      /** Canonical statements in payday order; a requested payday without one is in missingPaydays. */
      statements: Statement[];
      /** Pays the supplier missed: not a failure of the scenario, counted by the checks. */
      missingPaydays: IsoDate[];
      /** Time of the call that carried this scenario (shared by every scenario of its batch). */
      elapsedMs: number;
      stderr?: string;
    }
  | { ok: false; failure: VendorFailure; elapsedMs: number; stderr?: string };

export type DescribeOutcome =
  | { ok: true; description: Description; elapsedMs: number; stderr?: string }
  | { ok: false; failure: VendorFailure; elapsedMs: number; stderr?: string };

export interface VendorAdapter {
  /** The manifest's id: stable, lower-case, the folder name under vendors/. */
  readonly id: string;
  readonly manifest: Manifest;
  /** sha256 of vendor.json, recorded with every run. */
  readonly manifestHash: string;
  /** Prepare the transport (start an http supplier); throws PayproofError VENDOR_FAILURE when it cannot. */
  start(): Promise<void>;
  stop(): Promise<void>;
  describe(opts?: CallOptions): Promise<DescribeOutcome>;
  /** One outcome per scenario, keyed by scenario id, in the order given. */
  payRun(scenarios: readonly Scenario[], opts?: CallOptions): Promise<Map<string, VendorOutcome>>;
}

/** One request and what came back, for audit logs and the contract suite. */
export interface Exchange {
  request: unknown;
  outcome: TransportOutcome;
}

export interface ProtocolAdapterOptions {
  manifest: Manifest;
  manifestHash: string;
  transport: VendorTransport;
  /** How configuration errors name the manifest, e.g. "vendors/acme/vendor.json". */
  manifestPath?: string;
  convention?: CutoffConvention;
  /** Request ids; default `${id}-1`, `${id}-2`, … (deterministic, so runs are reproducible). */
  nextRequestId?: () => string;
  onExchange?: (exchange: Exchange) => void;
}

/** The VendorAdapter for any supplier that speaks payproof-vendor/1 over a transport. */
export class ProtocolVendorAdapter implements VendorAdapter {
  readonly id: string;
  readonly manifest: Manifest;
  readonly manifestHash: string;
  private readonly lineCodes: LineCodeMap;
  private readonly nextRequestId: () => string;
  private description?: Description;

  constructor(private readonly o: ProtocolAdapterOptions) {
    this.id = o.manifest.id;
    this.manifest = o.manifest;
    this.manifestHash = o.manifestHash;
    this.lineCodes = lineCodeMap(o.manifest.lineCodes, o.manifestPath ?? `vendors/${o.manifest.id}/vendor.json`);
    let sequence = 0;
    this.nextRequestId = o.nextRequestId ?? (() => `${this.id}-${++sequence}`);
  }

  async start(): Promise<void> {
    await this.o.transport.start?.();
  }

  async stop(): Promise<void> {
    this.description = undefined;
    await this.o.transport.stop?.();
  }

  /** See VendorTransport.awaiting: why there is nothing to judge yet, if so. */
  async awaiting(): Promise<string | undefined> {
    return this.o.transport.awaiting?.();
  }

  /** What the transport pins itself for a run (VendorTransport.pins), if anything. */
  async transportPins(): Promise<unknown> {
    return this.o.transport.pins?.();
  }

  /** Sends any request as it is and returns the raw outcome: for diagnostics and the contract suite. */
  async exchange(request: unknown, opts?: CallOptions): Promise<TransportOutcome> {
    const outcome = await this.o.transport.call(request, opts);
    this.o.onExchange?.({ request, outcome });
    return outcome;
  }

  async describe(opts?: CallOptions): Promise<DescribeOutcome> {
    const request = describeRequest(this.nextRequestId());
    const outcome = await this.exchange(request, opts);
    if (!outcome.ok) return outcome;
    const read = readDescribe(outcome.body, request.requestId);
    const timing = withStderr({ elapsedMs: outcome.elapsedMs }, outcome.stderr);
    if (!read.ok) return { ok: false, failure: read.failure, ...timing };
    this.description = read.value;
    return { ok: true, description: read.value, ...timing };
  }

  async payRun(scenarios: readonly Scenario[], opts?: CallOptions): Promise<Map<string, VendorOutcome>> {
    assertUniqueIds(scenarios);
    if (scenarios.length === 0) return new Map();
    const known = await this.capabilities(opts);
    if (!known.ok) {
      const failure = { ...known.failure, message: `describe failed: ${known.failure.message}` };
      return new Map(
        scenarios.map((s) => [s.id, withStderr({ ok: false, failure, elapsedMs: known.elapsedMs }, known.stderr)]),
      );
    }
    const { capabilities } = known.description;
    const outcomes = new Map<string, VendorOutcome>();
    const sendable = scenarios.filter((s) => {
      const reason = unsupportedReason(s, capabilities);
      if (reason !== undefined)
        outcomes.set(s.id, { ok: false, failure: { kind: 'unsupported', message: reason }, elapsedMs: 0 });
      return reason === undefined;
    });
    for (const batch of chunks(sendable, capabilities.maxEmployeesPerRequest)) {
      for (const [id, outcome] of await this.payRunBatch(batch, opts)) outcomes.set(id, outcome);
    }
    return new Map(scenarios.map((s) => [s.id, outcomes.get(s.id)!]));
  }

  /** The cached description, or a fresh describe call when there is none yet. */
  private async capabilities(opts?: CallOptions): Promise<DescribeOutcome> {
    if (this.description) return { ok: true, description: this.description, elapsedMs: 0 };
    return this.describe(opts);
  }

  private async payRunBatch(batch: readonly Scenario[], opts?: CallOptions): Promise<Map<string, VendorOutcome>> {
    const request = payRunRequest({
      requestId: this.nextRequestId(),
      scenarios: batch,
      convention: this.o.convention ?? PAY_RUN_LOCK,
    });
    const outcome = await this.exchange(request, opts);
    const { elapsedMs, stderr } = outcome;
    if (!outcome.ok)
      return new Map(batch.map((s) => [s.id, withStderr({ ok: false, failure: outcome.failure, elapsedMs }, stderr)]));
    const reads = readPayRun(outcome.body, request, this.lineCodes);
    return new Map(batch.map((s) => [s.id, toOutcome(reads.get(s.id)!, elapsedMs, stderr)]));
  }
}

function toOutcome(read: EmployeeRead, elapsedMs: number, stderr?: string): VendorOutcome {
  if (!read.ok) return withStderr({ ok: false, failure: read.failure, elapsedMs }, stderr);
  return withStderr({ ok: true, ...read.value, elapsedMs }, stderr);
}

/** Adds stderr only when there is some, so outcomes without it compare equal in tests and reports. */
function withStderr<T extends object>(value: T, stderr: string | undefined): T & { stderr?: string } {
  return stderr === undefined ? value : { ...value, stderr };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Two scenarios with one id cannot be told apart in one answer: that is the harness's bug, not the supplier's. */
function assertUniqueIds(scenarios: readonly Scenario[]): void {
  const seen = new Set<string>();
  for (const s of scenarios) {
    if (seen.has(s.id)) throw invalidInput(`scenario id ${s.id} is given twice; a pay run needs distinct scenario ids`);
    seen.add(s.id);
  }
}
