import { type IsoDate, yearOf } from '../../calendar';
import { Money } from '../../money';
import { isEarning, type LineCode, type Statement } from '../../scenario';
import type { Finding } from '../finding.types';
import type { TolerancePolicy } from '../tolerance-policy';
import type { ReasonCode } from './defect.types';
import { deductionVerdict, type Verdict } from './deduction-verdict';
import type { Recomputed } from './recompute-deductions';

/**
 * Root or consequence, for each finding of one person × one supplier (docs/defects.md):
 * - an earning line, a missed or unexpected pay, a recovery: a root (its inputs are HR events,
 *   which the supplier received as the reference did);
 * - a deduction: see deduction-verdict.ts;
 * - gross and net: consequences of the lines of their payday when those lines explain them to
 *   the cent, else roots (the supplier's own sums are wrong).
 * Decided first, linked after: a consequence names the roots it follows from, the largest of its
 * payday first, else the latest root of an earlier payday of the same year (carried year to date).
 */
export interface ClassifyInput {
  findings: readonly Finding[];
  actual: readonly Statement[];
  reference: readonly Statement[];
  policy: TolerancePolicy;
  /** The replay, computed only when a deduction finding needs it. */
  recompute: () => Recomputed;
  pensionGroup: string;
  /** Whether the reference's year to date for a capped contribution reached the maximum by this payday. */
  atMaximum: (code: LineCode, payday: IsoDate) => boolean;
}

export interface Role {
  role: 'root' | 'consequence';
  reason: ReasonCode;
  /** The finding (index) this consequence follows from. */
  rootOf?: number;
  /** Every root of its payday it follows from, largest first, when more than one: its dollars are shared among them. */
  sharedWith?: number[];
}

const byPayday = (list: readonly Statement[]) => new Map(list.map((s) => [s.payday, s]));
const largestFirst = (findings: readonly Finding[]) => (a: number, b: number) =>
  findings[b].netEffect.abs().compare(findings[a].netEffect.abs()) || a - b;

function decide(i: ClassifyInput, roles: Role[]): Map<number, Verdict> {
  let recomputed: Recomputed | undefined;
  const input = {
    findings: i.findings,
    actual: byPayday(i.actual),
    reference: byPayday(i.reference),
    policy: i.policy,
    pensionGroup: i.pensionGroup,
    recomputed: () => (recomputed ??= i.recompute()),
    atMaximum: i.atMaximum,
    isRoot: (k: number) => roles[k].role === 'root',
  };
  const verdicts = new Map<number, Verdict>();
  i.findings.forEach((f, k) => {
    if (f.code === null || isEarning(f.code)) return;
    const v = deductionVerdict(input, f);
    if (!v) return;
    verdicts.set(k, v);
    roles[k] = { role: 'consequence', reason: v.reason };
  });
  return verdicts;
}

function link(i: ClassifyInput, roles: Role[], k: number, v: Verdict): void {
  const f = i.findings[k];
  const roots = i.findings
    .map((_, j) => j)
    .filter((j) => j !== k && roles[j].role === 'root' && v.feeds(i.findings[j]));
  const same = v.earlierOnly
    ? []
    : roots.filter((j) => i.findings[j].payday === f.payday).sort(largestFirst(i.findings));
  if (same.length > 0) {
    roles[k] = { role: 'consequence', reason: v.reason, rootOf: same[0], ...(same.length > 1 && { sharedWith: same }) };
    return;
  }
  const earlier = roots.filter(
    (j) => i.findings[j].payday < f.payday && yearOf(i.findings[j].payday) === yearOf(f.payday),
  );
  const reason: ReasonCode = earlier.length > 0 ? 'carried-year-to-date' : v.reason;
  roles[k] = { role: 'consequence', reason, ...(earlier.length > 0 && { rootOf: earlier[earlier.length - 1] }) };
}

/** Gross and net follow their payday's lines when those add up to them exactly. */
function total(i: ClassifyInput, roles: Role[], k: number): void {
  const f = i.findings[k];
  const lines = i.findings
    .map((_, j) => j)
    .filter((j) => {
      const r = i.findings[j];
      return r.payday === f.payday && r.code !== null && (f.kind === 'net' || isEarning(r.code));
    });
  if (lines.length === 0 || !Money.sum(lines.map((j) => i.findings[j].netEffect)).eq(f.netEffect)) return;
  const roots = lines.filter((j) => roles[j].role === 'root');
  const pick = (roots.length > 0 ? roots : lines).sort(largestFirst(i.findings))[0];
  const rootOf = roles[pick].role === 'root' ? pick : roles[pick].rootOf;
  roles[k] = { role: 'consequence', reason: 'sum-of-lines', ...(rootOf !== undefined && { rootOf }) };
}

export function classifyFindings(i: ClassifyInput): Role[] {
  const roles: Role[] = i.findings.map(() => ({ role: 'root', reason: 'own-difference' }));
  const verdicts = decide(i, roles);
  for (const [k, v] of verdicts) link(i, roles, k, v);
  i.findings.forEach((f, k) => {
    if (f.kind === 'gross' || f.kind === 'net') total(i, roles, k);
  });
  return roles;
}
