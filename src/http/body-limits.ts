import type { IncomingMessage, ServerResponse } from 'node:http';
import { SUBMISSION_LIMITS } from '../submissions/submission-limits';
import { formatBytes } from '../vendors/transports/answer';

/**
 * The JSON bodies the API reads (a tolerance policy, a run's options) are small; the limit is
 * the same as an uploaded scenario file's, so whatever a volunteer may upload also fits as JSON.
 * A body over it is answered 413 with the limit, a body that is not JSON 400 with the parser's
 * reason: body-parser's own errors would otherwise reach the error filter as unknown (500).
 */
export const JSON_BODY_LIMIT_BYTES = SUBMISSION_LIMITS.maxBytes;

/** What body-parser's errors (http-errors) carry. */
interface BodyError {
  type?: string;
  status?: number;
  limit?: number;
  length?: number;
  message?: string;
}

type Next = (err?: unknown) => void;
type JsonResponse = ServerResponse & { status(code: number): { json(body: unknown): void } };

/** Express error middleware for errors raised while reading a request's body. */
export function bodyErrors(err: unknown, _req: IncomingMessage, res: JsonResponse, next: Next): void {
  const e = err as BodyError;
  if (typeof e?.type !== 'string' || typeof e.status !== 'number') return next(err);
  const body = describe(e);
  if (!body) return next(err);
  res.status(body.statusCode).json(body);
}

function describe(e: BodyError): { statusCode: number; error: string; message: string } | undefined {
  switch (e.type) {
    case 'entity.too.large': {
      const size = e.length !== undefined ? ` is ${formatBytes(e.length)} (${e.length} bytes),` : '';
      const limit = e.limit ?? JSON_BODY_LIMIT_BYTES;
      return {
        statusCode: 413,
        error: 'PAYLOAD_TOO_LARGE',
        message: `the request body${size} over the limit of ${formatBytes(limit)} (${limit} bytes) for a JSON body`,
      };
    }
    case 'entity.parse.failed':
      return {
        statusCode: 400,
        error: 'BAD_REQUEST',
        message: `the request body is not valid JSON (${e.message ?? 'it cannot be parsed'}); expected a JSON object, e.g. { "tolerances": {} }`,
      };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return {
        statusCode: 415,
        error: 'UNSUPPORTED_MEDIA_TYPE',
        message: `${e.message ?? 'unsupported encoding'}; send the body as UTF-8 JSON, content-type: application/json`,
      };
    default:
      return undefined;
  }
}
