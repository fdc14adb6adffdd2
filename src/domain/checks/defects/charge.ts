import type { IsoDate } from '../../calendar';
import { Money } from '../../money';
import type { Finding } from '../finding.types';
import type { Role } from './classify';
import type { ExplainedFinding, Occurrence } from './defect.types';

/**
 * Dollars to defects (docs/defects.md, "Dollars"): each line's net effect goes to the
 * occurrence of its root, so every payday's net difference is charged once; a net finding
 * carries only what its lines do not explain (the supplier's own sum), a gross finding nothing.
 */
function charge(o: Occurrence | undefined, payday: IsoDate, amount: Money): void {
  if (!o || amount.isZero()) return;
  o.netByPayday.set(payday, (o.netByPayday.get(payday) ?? Money.ZERO).plus(amount));
}

/** Net effect of a finding on the person, without counting a total twice: lines and pays carry it; a net root carries what its lines do not explain. */
function netShare(findings: readonly Finding[], k: number): Money {
  const f = findings[k];
  if (f.code !== null || f.kind === 'missed-pay' || f.kind === 'unexpected-pay') return f.netEffect;
  if (f.kind !== 'net') return Money.ZERO;
  const lines = findings.filter((r) => r.payday === f.payday && r.code !== null);
  return f.netEffect.minus(Money.sum(lines.map((r) => r.netEffect)));
}

export interface Charging {
  findings: readonly Finding[];
  roles: readonly Role[];
  occurrences: Occurrence[];
  occurrenceOf: ReadonlyMap<number, number>;
}

/** A finding's net effect to its occurrence; a consequence of several roots of its payday is shared in proportion to their own net effects. */
export function chargeFinding(c: Charging, e: ExplainedFinding): void {
  const f = c.findings[e.index];
  const share = netShare(c.findings, e.index);
  const shared = c.roles[e.index].sharedWith;
  if (!shared || share.isZero()) {
    charge(e.occurrence === undefined ? undefined : c.occurrences[e.occurrence], f.payday, share);
    return;
  }
  const weights = shared.map((k) => c.findings[k].netEffect.abs().toDecimal());
  const parts = weights.some((w) => !w.isZero()) ? share.allocate(weights) : [share];
  parts.forEach((part, n) => charge(c.occurrences[c.occurrenceOf.get(shared[n])!], f.payday, part));
}
