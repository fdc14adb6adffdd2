import type { ArgumentsHost } from '@nestjs/common';
import * as path from 'node:path';
import { flagName, reportCliError } from '../../../src/cli/run-cli';
import { PayproofError } from '../../../src/domain/errors';
import { ErrorFilter, type ErrorBody } from '../../../src/http/error.filter';
import { VendorRegistry } from '../../../src/vendors/vendor-registry';

const PROTOCOL_FIXTURES = path.join(__dirname, '../../fixtures/protocol');

/** What the CLI door prints for an error, and the exit code it gives. */
function cliDoor(err: unknown): { status: number; stderr: string } {
  const written: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    return { status: reportCliError(err), stderr: written.join('') };
  } finally {
    spy.mockRestore();
  }
}

/** What the HTTP door answers for an error. */
function httpDoor(err: unknown): ErrorBody {
  let sent: { status?: number; body?: ErrorBody } = {};
  const response = {
    status: (status: number) => ({ json: (body: ErrorBody) => (sent = { status, body }) }),
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new ErrorFilter().catch(err, host);
  expect(sent.status).toBe(sent.body?.statusCode);
  return sent.body!;
}

function unknownVendorError(): PayproofError {
  try {
    VendorRegistry.load({ root: PROTOCOL_FIXTURES }).select('fixture-module,nobody');
  } catch (err) {
    if (err instanceof PayproofError) return err;
    throw err;
  }
  throw new Error('an unknown vendor id was accepted');
}

describe('the two doors format one coded error each their own way, neither rewriting the other', () => {
  it('an unknown vendor id: the CLI names the flag (exit 2), HTTP the field (422), from the same error', () => {
    const err = unknownVendorError();
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'vendors' });
    const known = 'known vendors: fixture-command, fixture-http, fixture-module';
    expect(err.message).toBe(`unknown vendor "nobody"; ${known}`);
    expect(cliDoor(err)).toEqual({ status: 2, stderr: `payproof: --vendors: unknown vendor "nobody"; ${known}\n` });
    expect(httpDoor(err)).toEqual({
      statusCode: 422,
      error: 'INVALID_INPUT',
      message: `vendors: unknown vendor "nobody"; ${known}`,
      field: 'vendors',
      details: { unknown: ['nobody'], known: ['fixture-command', 'fixture-http', 'fixture-module'] },
    });
  });

  it('an error that names no field is printed as it is by both', () => {
    const err = new PayproofError('CONFIG', 'vendors folder /x does not exist');
    expect(cliDoor(err)).toEqual({ status: 78, stderr: 'payproof: vendors folder /x does not exist\n' });
    expect(httpDoor(err)).toEqual({ statusCode: 500, error: 'CONFIG', message: 'vendors folder /x does not exist' });
  });

  it('a field is said as its flag on the command line', () => {
    expect(flagName('vendors')).toBe('--vendors');
    expect(flagName('payDate')).toBe('--pay-date');
    expect(flagName('federalClaimAmount')).toBe('--federal-claim-amount');
  });

  it('anything else is an internal error: exit 70 on the CLI, a 500 without the stack over HTTP', () => {
    const bug = new TypeError('x is undefined');
    const cli = cliDoor(bug);
    expect(cli.status).toBe(70);
    expect(cli.stderr).toMatch(/^payproof: internal error \(please report it\): TypeError: x is undefined/);
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const body = httpDoor(bug);
    logged.mockRestore();
    expect(body).toEqual({ statusCode: 500, error: 'INTERNAL', message: expect.stringMatching(/^internal error/) });
  });
});
