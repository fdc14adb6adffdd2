import { Money } from '../money';
import type { ReferencePay } from '../reference/engine';
import type { ExpectedLine, Statement } from '../scenario';
import { checkExpectedLines, type StubCheck } from './expected-lines';

/**
 * A volunteer's stub lines in an evaluation (docs/evaluation-pipeline.md, "Pay stubs"): each
 * stub line is a second witness of what a line was, beside the reference. The reference stays
 * the judge (scores and defects come from it alone); the stub says which side each supplier
 * took:
 * - the stub agrees with the reference: a supplier that pays otherwise is wrong by both
 *   witnesses ('neither'), one that pays the same is confirmed ('both');
 * - the stub differs from the reference (the old system paid otherwise, the volunteer's
 *   question): the supplier paid as the reference ('reference'), as the stub, repeating what
 *   was paid then ('stub'), or as neither ('neither').
 */
export type StubSide = 'both' | 'reference' | 'stub' | 'neither';

export interface SupplierStubCheck extends StubCheck {
  /** What the supplier paid for the stub's payday, code and period (0.00 without such a line). */
  supplier: Money;
  side: StubSide;
}

const samePeriod = (line: ExpectedLine, l: Statement['lines'][number], s: Statement): boolean =>
  (l.forPeriod?.start ?? s.periodStart) === (line.forPeriod?.start ?? s.periodStart) &&
  (l.forPeriod?.end ?? s.periodEnd) === (line.forPeriod?.end ?? s.periodEnd);

function sideOf(c: StubCheck, supplier: Money): StubSide {
  const asStub = supplier.eq(c.stub);
  const asReference = c.correct !== null && supplier.eq(c.correct);
  if (asStub && asReference) return 'both';
  return asReference ? 'reference' : asStub ? 'stub' : 'neither';
}

/**
 * Every stub line the reference produced a payday for, with the supplier's amount and side.
 * A stub line whose payday is not among the scenario's paydays judges nothing ('not-produced').
 */
export function stubSides(
  expected: readonly ExpectedLine[],
  reference: readonly ReferencePay[],
  actual: readonly Statement[],
): SupplierStubCheck[] {
  return checkExpectedLines(expected, reference).flatMap((c, k) => {
    if (c.verdict === 'not-produced') return [];
    const line = expected[k];
    const onPayday = actual.filter((s) => s.payday === line.payday);
    const supplier = Money.sum(
      onPayday.flatMap((s) =>
        s.lines.filter((l) => l.code === line.code && samePeriod(line, l, s)).map((l) => l.amount),
      ),
    );
    return [{ ...c, supplier, side: sideOf(c, supplier) }];
  });
}
