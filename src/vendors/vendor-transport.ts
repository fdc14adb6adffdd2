/**
 * The port between the harness and one supplier: move one JSON request there, bring back a
 * parsed JSON value or a classified failure. Schema validation and line-code mapping belong to
 * the layer above; a transport never throws for a supplier's fault, it returns `ok: false`.
 */

/** How the bytes travel; one transport class per kind (see transports/index.ts). */
export type TransportKind = 'module' | 'http' | 'command' | 'exchange';

/** Failures a transport can classify on its own, without knowing the payload schema. */
export const TRANSPORT_FAILURE_KINDS = [
  'timeout',
  'crash',
  'malformed',
  'too-large',
  'connection',
  'http-status',
  // The harness itself cancelled the call (opts.signal); not the supplier's fault.
  'aborted',
  // An exchange supplier has not (yet) sent the register this answer needs (docs/vendor-protocol.md, "Exchange").
  'awaiting-supplier',
  // An asynchronous HTTP job did not answer within its whole-job deadline (docs/vendor-protocol.md section 10).
  'async-deadline',
] as const;
export type TransportFailureKind = (typeof TRANSPORT_FAILURE_KINDS)[number];

/**
 * Failures only the layer above can see, once it knows what the answer should contain.
 * 'vendor-error': the supplier answered with a protocol error message ({ type: 'error', code }).
 */
export const PAYLOAD_FAILURE_KINDS = ['schema', 'unsupported', 'wrong-employee', 'vendor-error'] as const;
export type PayloadFailureKind = (typeof PAYLOAD_FAILURE_KINDS)[number];

/** Everything a broken supplier can be reported as, from the wire up to the payload. */
export type VendorFailureKind = TransportFailureKind | PayloadFailureKind;

/** Facts behind a failure, for the discrepancy report; every field is optional. */
export interface FailureDetail {
  /** Exit code of the supplier's process, or null when a signal ended it. */
  exitCode?: number | null;
  signal?: string | null;
  /** HTTP status for 'http-status'. */
  status?: number;
  /** Start of the answer: 500 chars of an HTTP error body, 200 chars of a malformed answer. */
  bodyStart?: string;
  /** Bytes received (or announced by Content-Length) and the limit, for 'too-large'. */
  bytes?: number;
  limitBytes?: number;
  /** Connection attempts made, for 'connection'. */
  attempts?: number;
  /** Operating-system or library error code, such as ECONNREFUSED or ENOENT; for 'vendor-error', the protocol error code. */
  code?: string;
  /** The limit that ran out, for 'timeout' and 'async-deadline'. */
  timeoutMs?: number;
  /** An asynchronous job's URL and how many times it was polled (async mode). */
  job?: string;
  polls?: number;
  /** Every problem found, as `path: found …, expected …` lines, for 'schema' and 'wrong-employee'. */
  issues?: string[];
}

export interface VendorFailure<K extends string = VendorFailureKind> {
  kind: K;
  /** One plain sentence an auditor can read in a report. */
  message: string;
  detail?: FailureDetail;
}

export type TransportFailure = VendorFailure<TransportFailureKind>;

/** `stderr` is the tail (at most 64 KB) of what the supplier's process wrote, when there is one. */
export type TransportOutcome =
  | { ok: true; body: unknown; elapsedMs: number; stderr?: string }
  | { ok: false; failure: TransportFailure; elapsedMs: number; stderr?: string };

export interface CallOptions {
  /** Cancels the call; the outcome is then an 'aborted' failure, never a thrown error. */
  signal?: AbortSignal;
}

export interface VendorTransport {
  readonly kind: TransportKind;
  /**
   * Prepare (load the module, start the supplier's server). Throws a PayproofError with code
   * VENDOR_FAILURE when the supplier cannot be made ready; `call` starts lazily as well and
   * reports the same problem as a failure instead.
   */
  start?(): Promise<void>;
  /** Never rejects because of the supplier; see TransportOutcome. */
  call(request: unknown, opts?: CallOptions): Promise<TransportOutcome>;
  /** Release what start() took: kills the supplier's process tree. Safe to call twice. */
  stop?(): Promise<void>;
  /** What the transport itself pins for a run (an exchange supplier: its import and file hashes); see docs/auditing.md. */
  pins?(): Promise<unknown>;
  /**
   * Why the supplier has nothing to be judged on yet (an exchange supplier before its first
   * import), or undefined when it can answer. A run that names no supplier leaves such a
   * supplier out and says why; a run that names it judges it (every pay awaiting-supplier).
   */
  awaiting?(): Promise<string | undefined>;
}
