import type { NewRunRecord } from '../../../src/evaluation/ports/run-records';

/** A run as the evaluation service creates it, over `people` scenarios of test-payrolls, for the store tests. */
export function newRunRecord(
  id: string,
  o: { people: number; vendors?: string[]; chunkSize?: number; sameAnswerRate?: number },
): NewRunRecord {
  const vendors = o.vendors ?? ['acme'];
  return {
    id,
    startedAt: '2026-11-22T10:00:00.000Z',
    harnessVersion: 'payproof 0.1.0',
    tolerancePolicy: { default: '0.00' },
    policyHash: 'abc',
    policySource: 'the default policy',
    scenarioSource: 'test-payrolls',
    scenarioCount: o.people,
    workTotal: o.people * vendors.length,
    options: {
      scenarios: 'test-payrolls',
      vendors,
      chunkSize: o.chunkSize ?? o.people,
      sameAnswerRate: o.sameAnswerRate ?? 1,
    },
    owner: { pid: 1, host: 'here' },
    vendors: vendors.map((vendorId) => ({
      vendorId,
      name: vendorId,
      version: '1.0',
      manifestHash: 'm',
      transport: 'module',
    })),
    signatureVersion: 1,
  };
}
