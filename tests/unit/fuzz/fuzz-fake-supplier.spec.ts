import { runReference } from '../../../src/domain/reference/engine';
import type { Scenario } from '../../../src/domain/scenario';
import { fuzzSupplier } from '../../../src/fuzz/fuzz-runner';
import type { VendorAdapter, VendorOutcome } from '../../../src/vendors/vendor-adapter';

/**
 * A supplier as the fuzzer sees it (the VendorAdapter port), paying as the reference does
 * except where a test says otherwise: the failure and scope paths without a real transport.
 */
function fakeSupplier(o: {
  eventKinds?: string[];
  payYears?: number[];
  answer?: (s: Scenario) => VendorOutcome | undefined;
}) {
  const seen: Scenario[] = [];
  const adapter = {
    id: 'fake',
    describe: async () => ({
      ok: true,
      elapsedMs: 0,
      description: {
        supplier: { name: 'fake', version: '1' },
        capabilities: {
          provinces: ['ON'],
          eventKinds: o.eventKinds ?? ['overtime', 'acting', 'leaveWithoutPay'],
          payYears: o.payYears ?? [2025, 2026],
          maxEmployeesPerRequest: 100,
        },
      },
    }),
    payRun: async (scenarios: readonly Scenario[]) =>
      new Map(
        scenarios.map((s) => {
          seen.push(s);
          const statements = runReference(s).pays.map((p) => p.statement);
          return [s.id, o.answer?.(s) ?? { ok: true, statements, missingPaydays: [], elapsedMs: 0 }];
        }),
      ),
  } as unknown as VendorAdapter;
  return { adapter, seen };
}

describe('fuzzSupplier with a fake supplier', () => {
  it('reports a supplier that fails on overtime, shrunk to one overtime entry on one payday', async () => {
    const { adapter } = fakeSupplier({
      answer: (s) =>
        s.events.some((e) => e.kind === 'overtime')
          ? { ok: false, failure: { kind: 'crash', message: 'overtime not handled' }, elapsedMs: 0 }
          : undefined,
    });
    const report = await fuzzSupplier(adapter, { runs: 30, seed: 1 });
    expect(report.defects.map((d) => d.signature)).toEqual(['failure:crash']);
    const [defect] = report.defects;
    expect(defect.counterexample.events.map((e) => e.kind)).toEqual(['overtime']);
    expect(defect.counterexample.payRuns.from).toBe(defect.counterexample.payRuns.to);
    expect(defect.finding.message).toBe('the supplier failed: overtime not handled');
  });

  it('asks only what the supplier declared it can pay, and counts what it still refuses as skipped', async () => {
    const { adapter, seen } = fakeSupplier({
      eventKinds: ['overtime'],
      payYears: [2026],
      answer: (s) =>
        s.events.length > 2
          ? { ok: false, failure: { kind: 'unsupported', message: 'too many events' }, elapsedMs: 0 }
          : undefined,
    });
    const report = await fuzzSupplier(adapter, { runs: 40, seed: 2 });
    expect(seen.every((s) => s.events.every((e) => e.kind === 'overtime') && s.payRuns.from >= '2026-01-01')).toBe(
      true,
    );
    expect(report.skipped).toBeGreaterThan(0);
    expect(report.defects).toEqual([]);
  });
});
