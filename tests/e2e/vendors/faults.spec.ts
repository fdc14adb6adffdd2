import * as path from 'node:path';
import { parseManifest } from '../../../src/vendors/manifest';
import { createTransport } from '../../../src/vendors/transports';
import { ProtocolVendorAdapter, VendorOutcome } from '../../../src/vendors/vendor-adapter';
import { contractScenarios } from './contract-scenarios';

/**
 * Broken suppliers, through a real transport (the fixture command supplier, told to break
 * the protocol): the adapter classifies each fault per scenario and never throws.
 */
const DIR = path.resolve(__dirname, '../../fixtures/protocol/fixture-command');

function faulty(fault: string): ProtocolVendorAdapter {
  const json = {
    id: 'faulty',
    name: 'Faulty Payroll',
    protocol: 'payproof-vendor/1',
    transport: { kind: 'command', command: 'node', args: ['main.js', '--fault', fault] },
  };
  const parsed = parseManifest(json, DIR);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return new ProtocolVendorAdapter({
    manifest: parsed.manifest,
    manifestHash: 'test',
    transport: createTransport(parsed.manifest, DIR),
  });
}

const failures = (outcomes: Map<string, VendorOutcome>) =>
  [...outcomes].map(([id, o]) => (o.ok ? { id, ok: true } : { id, kind: o.failure.kind, message: o.failure.message }));

describe('adapter faults, through a real supplier process', () => {
  const [first] = contractScenarios();

  it('amounts as JSON numbers are a schema failure naming the field', async () => {
    expect(failures(await faulty('money-as-numbers').payRun([first]))).toEqual([
      {
        id: 'contract-hire-on',
        kind: 'schema',
        message:
          'results[0].statements[0].lines[0].amount: found the number 2639.11, expected money as text with exactly two decimals, e.g. "12.34" (and 3 more problems)',
      },
    ]);
  });

  it('answers for the wrong employee are wrong-employee, for every scenario of the request', async () => {
    const outcomes = failures(await faulty('wrong-employee').payRun(contractScenarios().slice(0, 2)));
    expect(outcomes).toEqual([
      {
        id: 'contract-hire-on',
        kind: 'wrong-employee',
        message:
          'results[0].employeeId: found "not-contract-hire-on", an employee not in the request (expected one of contract-hire-on, contract-year-end-bc) (and 1 more problem)',
      },
      {
        id: 'contract-year-end-bc',
        kind: 'wrong-employee',
        message: expect.stringMatching(/^results\[0\]\.employeeId: found "not-contract-hire-on"/),
      },
    ]);
  });

  it("statements for someone else inside an employee's result are wrong-employee", async () => {
    expect(failures(await faulty('swapped-statements').payRun([first]))).toEqual([
      {
        id: 'contract-hire-on',
        kind: 'wrong-employee',
        message:
          'results[0].statements[0].employeeId: found "someone-else", expected "contract-hire-on" (the result\'s employee) (and 1 more problem)',
      },
    ]);
  });

  it("the supplier's error message is a vendor-error carrying its code", async () => {
    const [outcome] = (await faulty('internal-error').payRun([first])).values();
    expect(outcome).toMatchObject({
      ok: false,
      failure: {
        kind: 'vendor-error',
        message: 'supplier answered error internal: rules tables failed to load',
        detail: { code: 'internal' },
      },
    });
  });

  it('a supplier that crashes fails its scenarios as crash, with its stderr', async () => {
    const [outcome] = (await faulty('no-such-fault').payRun([first])).values();
    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'crash', message: 'supplier exited with code 1' },
      stderr: expect.stringContaining('unknown fault no-such-fault'),
    });
  });
});
