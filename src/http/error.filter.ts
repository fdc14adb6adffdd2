import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorCode, PayproofError } from '../domain/errors';
import { refusalIn } from '../submissions/refusal-text';
import { SUBMISSION_LIMITS } from '../submissions/submission-limits';

/**
 * The one table from error codes to HTTP statuses (the CLI has its own, exit-codes.ts).
 * INVALID_INPUT is 422: the request was read, and what it holds needs fixing.
 */
const STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: HttpStatus.UNPROCESSABLE_ENTITY,
  UNKNOWN_PROVINCE: HttpStatus.UNPROCESSABLE_ENTITY,
  NO_RULES_EDITION: HttpStatus.UNPROCESSABLE_ENTITY,
  UNSUPPORTED: HttpStatus.UNPROCESSABLE_ENTITY,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  CONFLICT: HttpStatus.CONFLICT,
  VENDOR_FAILURE: HttpStatus.BAD_GATEWAY,
  CONFIG: HttpStatus.INTERNAL_SERVER_ERROR,
};

const TOO_LARGE = `the upload is larger than the limit of ${SUBMISSION_LIMITS.maxBytes / 1024} KiB (${SUBMISSION_LIMITS.maxBytes} bytes); split the file into smaller ones`;

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** The message in French, when the error is one of the reference's refusals (refusal-text.ts); the dashboard shows the page's. */
  messageFr?: string;
  /** The request field the message is about, when the error names one (the message starts with it). */
  field?: string;
  details?: unknown;
}

/** Nest's own exceptions (bad JSON, a file over the size limit) keep their status; the message says what to fix. */
function fromHttpException(err: HttpException): ErrorBody {
  const status = err.getStatus();
  const response = err.getResponse();
  const raw =
    typeof response === 'object' && response !== null ? (response as { message?: unknown }).message : response;
  const text = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : err.message;
  // Multer's "File too large" does not say what the limit is.
  const message = status === (HttpStatus.PAYLOAD_TOO_LARGE as number) ? TOO_LARGE : text;
  return { statusCode: status, error: HttpStatus[status] ?? 'ERROR', message };
}

/** Every error as JSON { statusCode, error, message, details? }; never a stack trace. An unexpected error is a 500 logged on the server. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('payproof');

  catch(err: unknown, host: ArgumentsHost): void {
    const body = this.toBody(err);
    host
      .switchToHttp()
      .getResponse<{ status(code: number): { json(body: unknown): void } }>()
      .status(body.statusCode)
      .json(body);
  }

  private toBody(err: unknown): ErrorBody {
    if (err instanceof PayproofError) {
      // The error names its field, and this door says it the HTTP way (the CLI says --vendors).
      return {
        statusCode: STATUS[err.code],
        error: err.code,
        message: err.field === undefined ? err.message : `${err.field}: ${err.message}`,
        ...(err.say !== undefined ? { messageFr: refusalIn('fr', err) } : {}),
        ...(err.field !== undefined ? { field: err.field } : {}),
        ...(err.details !== undefined ? { details: err.details } : {}),
      };
    }
    if (err instanceof HttpException) return fromHttpException(err);
    this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return {
      statusCode: 500,
      error: 'INTERNAL',
      message: 'internal error (please report it; the server log has the details)',
    };
  }
}
