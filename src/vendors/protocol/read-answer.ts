import type { z } from 'zod';
import type { VendorFailure } from '../vendor-transport';
import { check, failureOf, issueAt } from './issues';
import { describeResultJson, errorResultJson, type Capabilities, type Supplier } from './response.schema';

/**
 * The first reading of any answer: a protocol error message becomes a 'vendor-error'
 * failure; anything else must match the expected message schema and echo the request's id.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; failure: VendorFailure };

export function readAnswer<T extends { requestId: string }>(
  body: unknown,
  schema: z.ZodType<T>,
  requestId: string,
): Read<T> {
  if (isErrorMessage(body)) return readError(body);
  const checked = check(schema, body);
  if (!checked.ok) return { ok: false, failure: failureOf('schema', checked.issues) };
  if (checked.value.requestId !== requestId) {
    const issue = issueAt(
      ['requestId'],
      `found ${JSON.stringify(checked.value.requestId)}, expected ${JSON.stringify(requestId)} (the request's id)`,
    );
    return { ok: false, failure: failureOf('schema', [issue]) };
  }
  return checked;
}

function isErrorMessage(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { type?: unknown }).type === 'error';
}

function readError(body: unknown): Read<never> {
  const checked = check(errorResultJson, body);
  if (!checked.ok) return { ok: false, failure: failureOf('schema', checked.issues) };
  const { code, message } = checked.value;
  return {
    ok: false,
    failure: { kind: 'vendor-error', message: `supplier answered error ${code}: ${message}`, detail: { code } },
  };
}

/** What `describe` tells about a supplier. */
export interface Description {
  supplier: Supplier;
  capabilities: Capabilities;
}

export function readDescribe(body: unknown, requestId: string): Read<Description> {
  const read = readAnswer(body, describeResultJson, requestId);
  if (!read.ok) return read;
  return { ok: true, value: { supplier: read.value.supplier, capabilities: read.value.capabilities } };
}
