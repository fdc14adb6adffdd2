import { parseTolerancePolicyOrThrow } from '../../../src/domain/checks/parse-tolerance-policy';
import { Money } from '../../../src/domain/money';
import { runReference } from '../../../src/domain/reference/engine';
import type { Scenario, Statement } from '../../../src/domain/scenario';
import { fuzzSupplier } from '../../../src/fuzz/fuzz-runner';
import { saveRegressions } from '../../../src/fuzz/regression-store';
import { settle } from '../../../src/selftest/rebuild-statements';
import type { VendorAdapter, VendorOutcome } from '../../../src/vendors/vendor-adapter';

/**
 * A supplier as the fuzzer sees it (the VendorAdapter port), paying as the reference does
 * except where a test says otherwise: failure, scope, batch, determinism and tolerance paths
 * without a real transport.
 */
function fakeSupplier(o: {
  eventKinds?: string[];
  payYears?: number[];
  answer?: (s: Scenario, request: readonly Scenario[], call: number) => VendorOutcome | undefined;
}) {
  const seen: Scenario[] = [];
  let calls = 0;
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
    payRun: async (scenarios: readonly Scenario[]) => {
      calls += 1;
      return new Map(
        scenarios.map((s) => {
          seen.push(s);
          const statements = runReference(s).pays.map((p) => p.statement);
          return [s.id, o.answer?.(s, scenarios, calls) ?? ok(statements)];
        }),
      );
    },
  } as unknown as VendorAdapter;
  return { adapter, seen };
}

const ok = (statements: Statement[]): VendorOutcome => ({ ok: true, statements, missingPaydays: [], elapsedMs: 0 });
const reference = (s: Scenario) => runReference(s).pays.map((p) => p.statement);

/** Every pay's REGULAR line (and so gross and net) moved by `cents`. */
function regularOff(s: Scenario, cents: number): Statement[] {
  return reference(s).map((st) =>
    settle(
      st,
      st.lines.map((l) => (l.code === 'REGULAR' ? { ...l, amount: l.amount.plus(Money.fromCents(cents)) } : l)),
    ),
  );
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
    expect(report.defects.map((d) => d.signature)).toEqual(['v2:failure:crash:-:-:-:-:-']);
    const [defect] = report.defects;
    expect(defect.counterexample.events.map((e) => e.kind)).toEqual(['overtime']);
    expect(defect.counterexample.payRuns.from).toBe(defect.counterexample.payRuns.to);
    expect(defect.finding.message).toBe('the supplier failed: overtime not handled');
    expect(defect.reproducedAlone).toBe(true);
    expect(report.supplierErrors).toEqual([]);
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

  it('reports a failure of whole batches as a supplier error, never as a scenario defect or a regression', async () => {
    const { adapter } = fakeSupplier({
      answer: (_s, request) =>
        request.length > 5
          ? { ok: false, failure: { kind: 'timeout', message: 'no answer within 30000 ms' }, elapsedMs: 30000 }
          : undefined,
    });
    const report = await fuzzSupplier(adapter, { runs: 20, seed: 5 });
    expect(report.defects).toEqual([]);
    expect(report.supplierErrors.map((e) => [e.signature, e.runs])).toEqual([['v2:failure:timeout:-:-:-:-:-', 20]]);
  });

  it('saves a counterexample only when, sent alone, it shows its defect again', async () => {
    // Overtime 10.00 short, but only in requests of several people: alone, the counterexample is paid right.
    const { adapter } = fakeSupplier({
      answer: (s, request) => {
        if (request.length < 2 || !s.events.some((e) => e.kind === 'overtime')) return undefined;
        return ok(
          reference(s).map((st) =>
            settle(
              st,
              st.lines.map((l) => (l.code === 'OVERTIME' ? { ...l, amount: l.amount.minus(Money.of('10.00')) } : l)),
            ),
          ),
        );
      },
    });
    const report = await fuzzSupplier(adapter, { runs: 30, seed: 1, maxShrinkSteps: 60 });
    const overtime = report.defects.filter((d) => d.signature.startsWith('v2:line:OVERTIME:under'));
    expect(overtime).toHaveLength(1);
    expect(overtime[0].reproducedAlone).toBe(false);
    expect(saveRegressions('/nonexistent-never-written', { vendorId: 'fake', seed: 1, runs: 30 }, overtime)).toEqual(
      [],
    );
  });

  it('judges determinism: a supplier that answers a request differently the second time is that defect, not a pay defect', async () => {
    const { adapter } = fakeSupplier({ answer: (s, _r, call) => (call % 2 === 0 ? ok(regularOff(s, 1)) : undefined) });
    const report = await fuzzSupplier(adapter, { runs: 10, seed: 3, maxShrinkSteps: 40 });
    expect(report.defects.map((d) => d.signature)).toEqual(['v2:invariant:same-answer-twice:-:-:-:-:-']);
  });

  it('uses the tolerance policy as an evaluation does', async () => {
    const { adapter } = fakeSupplier({ answer: (s) => ok(regularOff(s, 1)) });
    const exact = await fuzzSupplier(adapter, { runs: 10, seed: 4, maxShrinkSteps: 20 });
    expect(exact.defects.map((d) => d.signature)).toEqual(['v2:rounding:EARNINGS:-:-:-:-:-']);
    const policy = parseTolerancePolicyOrThrow({
      tolerances: {
        REGULAR: { amount: '0.01', reason: 'supplier rounds per day' },
        GROSS: { amount: '0.01', reason: 'follows REGULAR' },
        NET: { amount: '0.01', reason: 'follows REGULAR' },
      },
    });
    const tolerant = await fuzzSupplier(adapter, { runs: 10, seed: 4, policy });
    expect(tolerant.defects).toEqual([]);
  });
});
