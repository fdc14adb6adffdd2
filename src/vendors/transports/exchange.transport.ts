import { loadConfig } from '../../common/config';
import type { AnswerRecord, ImportStore, StoredImport } from '../../exchange/store/import-store';
import { FileImportStore } from '../../exchange/store/file-import-store';
import type { ExchangeTransportConfig, Manifest } from '../manifest';
import { VENDOR_PROTOCOL } from '../protocol/fields';
import { knownToSupplier } from '../../exchange/outbound/package-plan';
import type { EmployeeRequest, PayRunJson, PayRunRequest } from '../protocol/request.schema';
import type { EmployeeResult, VendorStatementJson } from '../protocol/response.schema';
import type { CallOptions, TransportFailure, TransportOutcome, VendorTransport } from '../vendor-transport';
import { aborted, stopwatch, type OutcomeWithoutTime } from './answer';

/**
 * A supplier that runs its payroll in its own tenant and answers through files
 * (docs/vendor-protocol.md, "Exchange"). Nothing is called: `describe` is answered from the
 * manifest's declared capabilities, and `payRun` from the supplier's latest import, as the
 * protocol's own JSON, so the adapter reads and judges imported answers exactly as live ones
 * (same schema, line-code mapping, missed pays).
 *
 * One employee per request (maxEmployeesPerRequest 1): a register not imported yet fails only
 * the employee it belongs to, as 'awaiting-supplier', never a batch.
 */
export interface ExchangeTransportOptions {
  vendorId: string;
  config: ExchangeTransportConfig;
  /** The manifest's name and version, used until an import says who answered. */
  declared: { name: string; version?: string };
  store: ImportStore;
}

/** What a run must pin to be reproduced from an import (issue 16: "the pins include the import's hashes"). */
export interface ExchangePins {
  importId: string;
  importedAt: string;
  importedBy: string;
  packageId: string;
  answersSha256: string;
  files: Array<{ name: string; sha256: string }>;
}

export class ExchangeTransport implements VendorTransport {
  readonly kind = 'exchange' as const;
  private latest?: Promise<StoredImport | undefined>;

  constructor(private readonly o: ExchangeTransportOptions) {}

  /** The transport a vendor.json asks for; the import store is the data folder's (PAYPROOF_EXCHANGE). */
  static fromManifest(config: ExchangeTransportConfig, manifest: Pick<Manifest, 'id' | 'name' | 'version'>) {
    return new ExchangeTransport({
      vendorId: manifest.id,
      config,
      declared: { name: manifest.name, version: manifest.version },
      store: new FileImportStore(loadConfig(process.env).exchangeDir),
    });
  }

  async start(): Promise<void> {
    await this.current();
  }

  async stop(): Promise<void> {
    this.latest = undefined;
  }

  async awaiting(): Promise<string | undefined> {
    if (await this.current()) return undefined;
    return `no pay register imported yet (payproof exchange export --vendor ${this.o.vendorId}, then payproof exchange import --vendor ${this.o.vendorId} <folder|zip>)`;
  }

  /** The latest import's hashes, or undefined before any import. */
  async pins(): Promise<ExchangePins | undefined> {
    const stored = await this.current();
    if (!stored) return undefined;
    const p = stored.provenance;
    return {
      importId: p.importId,
      importedAt: p.importedAt,
      importedBy: p.importedBy,
      packageId: p.packageId,
      answersSha256: p.answers.sha256,
      files: p.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
    };
  }

  async call(request: unknown, opts: CallOptions = {}): Promise<TransportOutcome> {
    const finish = stopwatch();
    if (opts.signal?.aborted) return finish({ ok: false, failure: aborted() });
    try {
      return finish(await this.answer(request as Envelope));
    } catch (err) {
      // The store itself is broken (a changed answers file): no answer can be trusted.
      return finish({ ok: false, failure: { kind: 'crash', message: (err as Error).message } });
    }
  }

  /** The harness's own request, answered as a supplier would (protocol errors included), from the import. */
  private async answer(request: Envelope): Promise<OutcomeWithoutTime> {
    const refused = envelopeError(request);
    if (refused) return refused;
    const stored = await this.current();
    if (request.type === 'describe') return { ok: true, body: this.describeResult(request.requestId, stored) };
    const payRun = request as PayRunRequest;
    if (payRun.employees.length > 1)
      return protocolError(
        request.requestId,
        'too-many-employees',
        `maxEmployeesPerRequest is 1; this request has ${payRun.employees.length} employees`,
      );
    const results: EmployeeResult[] = [];
    const waiting: string[] = [];
    for (const employee of payRun.employees) {
      const answer = await resultFor(employee, stored);
      if ('missing' in answer) waiting.push(answer.missing);
      else results.push(answer);
    }
    if (waiting.length > 0) return { ok: false, failure: awaiting(this.o.vendorId, waiting, stored) };
    return {
      ok: true,
      body: {
        protocol: VENDOR_PROTOCOL,
        type: 'payRunResult',
        requestId: payRun.requestId,
        supplier: this.supplier(stored),
        results,
      },
    };
  }

  private describeResult(requestId: unknown, stored: StoredImport | undefined) {
    return {
      protocol: VENDOR_PROTOCOL,
      type: 'describeResult',
      requestId,
      supplier: this.supplier(stored),
      capabilities: { ...this.o.config.capabilities, maxEmployeesPerRequest: 1 },
    };
  }

  /** Who answered, with the import in the version, so a run's pins name the import it judged. */
  private supplier(stored: StoredImport | undefined): { name: string; version: string } {
    if (!stored)
      return {
        name: this.o.declared.name,
        version: `${this.o.declared.version ?? 'unversioned'} (no exchange import yet)`,
      };
    const p = stored.provenance;
    return {
      name: p.supplier.name,
      version: `${p.supplier.version} (exchange import ${p.importId}, answers sha256 ${p.answers.sha256})`,
    };
  }

  private current(): Promise<StoredImport | undefined> {
    this.latest ??= this.o.store.latest(this.o.vendorId);
    return this.latest;
  }
}

/** The stored answer for one employee, or what is missing. */
async function resultFor(
  employee: EmployeeRequest,
  stored: StoredImport | undefined,
): Promise<EmployeeResult | { missing: string }> {
  const records: AnswerRecord[] = stored ? await stored.answersFor(employee.id) : [];
  const declined = records.find((r): r is Extract<AnswerRecord, { unsupported: string }> => 'unsupported' in r);
  if (declined) return { employeeId: employee.id, status: 'unsupported', reason: declined.unsupported };
  const byPayday = new Map<string, VendorStatementJson>();
  for (const r of records) if ('statement' in r) byPayday.set(r.statement.payday, r.statement);
  const owed = employee.payRuns.filter((run) => knownToSupplier(employee, run));
  const absent = owed.map((run) => run.payday).filter((payday) => !byPayday.has(payday));
  if (absent.length > 0) return { missing: `${employee.id} on ${listPaydays(absent)}` };
  return {
    employeeId: employee.id,
    status: 'ok',
    statements: employee.payRuns.map((run) => byPayday.get(run.payday) ?? nothingPaid(employee.id, run)),
  };
}

/** A run before the supplier could know the employee (hire not entered yet): it paid nothing. */
function nothingPaid(employeeId: string, run: PayRunJson): VendorStatementJson {
  return {
    employeeId,
    payday: run.payday,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    lines: [],
    gross: '0.00',
    net: '0.00',
  };
}

function listPaydays(paydays: readonly string[]): string {
  if (paydays.length <= 3) return paydays.join(', ');
  return `${paydays.slice(0, 3).join(', ')} and ${paydays.length - 3} more paydays`;
}

function awaiting(vendorId: string, missing: readonly string[], stored: StoredImport | undefined): TransportFailure {
  const which = stored ? `in import ${stored.provenance.importId}` : 'yet (run `payproof exchange import`)';
  return {
    kind: 'awaiting-supplier',
    message: `awaiting supplier ${vendorId}: no register imported ${which} for ${missing.join('; ')}`,
  };
}

type Envelope = { protocol?: unknown; type?: unknown; requestId?: unknown; employees?: unknown };

/** What a live supplier answers to a request it cannot take (docs/vendor-protocol.md, section 7). */
function envelopeError(request: Envelope): OutcomeWithoutTime | undefined {
  if (typeof request !== 'object' || request === null || typeof request.requestId !== 'string')
    return protocolError(undefined, 'bad-request', 'expected a JSON object with a requestId');
  if (request.protocol !== VENDOR_PROTOCOL)
    return protocolError(request.requestId, 'unsupported-protocol', `this supplier speaks ${VENDOR_PROTOCOL} only`);
  if (request.type !== 'describe' && request.type !== 'payRun')
    return protocolError(request.requestId, 'unsupported-type', `unknown request type ${JSON.stringify(request.type)}`);
  if (request.type === 'payRun' && (!Array.isArray(request.employees) || request.employees.length === 0))
    return protocolError(request.requestId, 'bad-request', 'expected employees: a non-empty list');
  return undefined;
}

function protocolError(requestId: unknown, code: string, message: string): OutcomeWithoutTime {
  const id = typeof requestId === 'string' ? { requestId } : {};
  return { ok: true, body: { protocol: VENDOR_PROTOCOL, type: 'error', ...id, code, message } };
}
