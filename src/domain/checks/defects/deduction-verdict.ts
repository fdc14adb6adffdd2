import { type IsoDate, yearOf } from '../../calendar';
import { Money } from '../../money';
import { isEarning, type LineCode, type Statement } from '../../scenario';
import type { Finding } from '../finding.types';
import { toleranceFor, type TolerancePolicy } from '../tolerance-policy';
import { amountOf, deductionBase } from './deduction-base';
import type { ReasonCode } from './defect.types';
import { pensionSlack } from './pension-slack';
import type { Recomputed } from './recompute-deductions';

/**
 * Whether a deduction finding is a consequence, and why (docs/defects.md, "Deductions"):
 * - the reference's rules on the supplier's own base give the supplier's amount
 *   (recompute-deductions.ts), within the policy's tolerance for the code;
 * - pension, when the supplier's retroactive lines differ: within what they can move it;
 * - income tax: within what the payday's contribution differences can move it (T4127 F5, K2);
 * - insurance and union dues: the pay is there on one side and not the other;
 * - a contribution at the annual maximum: carried from an earlier root of the year.
 * Otherwise a root. RECOVERY is always a root: recovering is a decision of its own.
 */
export interface VerdictInput {
  findings: readonly Finding[];
  actual: ReadonlyMap<IsoDate, Statement>;
  reference: ReadonlyMap<IsoDate, Statement>;
  policy: TolerancePolicy;
  pensionGroup: string;
  recomputed: () => Recomputed;
  atMaximum: (code: LineCode, payday: IsoDate) => boolean;
  /** Whether the finding at an index is (so far) a root: earlier paydays are decided first. */
  isRoot: (k: number) => boolean;
}

export interface Verdict {
  reason: ReasonCode;
  /** The roots it may follow from. */
  feeds: (root: Finding) => boolean;
  /** Follow only a root of an earlier payday of the same year. */
  earlierOnly?: boolean;
}

const CONTRIBUTIONS: ReadonlySet<LineCode> = new Set<LineCode>(['CPP', 'CPP2', 'QPP', 'QPP2', 'EI', 'QPIP']);
export const TAXES: ReadonlySet<LineCode> = new Set<LineCode>(['FEDERAL_TAX', 'PROVINCIAL_TAX']);
const ON_PAYING: ReadonlySet<LineCode> = new Set<LineCode>(['DISABILITY_INSURANCE', 'DEATH_BENEFIT', 'UNION_DUES']);
const CENT = Money.of('0.01');

/** Rule 3: a tax gap the payday's contribution differences can account for (T4127 F5, K2), to the cent. */
export const withinContributions = (gap: Money, moved: Money): boolean =>
  moved.isPositive() && gap.lte(moved.plus(CENT));

const earning = (r: Finding) => r.code !== null && isEarning(r.code);

/**
 * Earnings feed every deduction, and a deduction's own earlier differences feed it through the
 * year to date (the annual maximum); pension, dues and contributions feed income tax too.
 */
export function feedsCode(target: LineCode): (root: Finding) => boolean {
  return (root) =>
    earning(root) ||
    root.code === target ||
    (TAXES.has(target) &&
      root.code !== null &&
      (CONTRIBUTIONS.has(root.code) || root.code === 'PENSION' || root.code === 'UNION_DUES'));
}

/** Σ |supplier − recomputed| over the contributions of a payday: how far they can move its tax. */
export function contributionGap(
  supplier: Statement | undefined,
  recomputed: ReadonlyMap<LineCode, Money> | undefined,
): Money {
  let gap = Money.ZERO;
  for (const c of CONTRIBUTIONS)
    gap = gap.plus(
      amountOf(supplier, c)
        .minus(recomputed?.get(c) ?? Money.ZERO)
        .abs(),
    );
  return gap;
}

/** When the supplier's retroactive lines differ from the reference's, the pension on them is not known exactly. */
function pensionRoom(i: VerdictInput, f: Finding): Money | undefined {
  const retro = i.findings.filter((r) => r.payday === f.payday && r.code === 'RETRO_ADJUSTMENT');
  if (retro.length === 0) return undefined;
  return pensionSlack(i.pensionGroup, yearOf(f.payday), Money.sum(retro.map((r) => r.difference.abs())));
}

/** At the annual maximum the pay that reaches it carries every earlier difference of the year, pays before the window included. */
function catchUp(i: VerdictInput, f: Finding, code: LineCode): Verdict | undefined {
  const feeds = (r: Finding) => r.code === code || earning(r);
  const earlier = i.findings.some(
    (r, k) => i.isRoot(k) && r.payday < f.payday && yearOf(r.payday) === yearOf(f.payday) && feeds(r),
  );
  return earlier ? { reason: 'carried-year-to-date', feeds, earlierOnly: true } : undefined;
}

export function deductionVerdict(i: VerdictInput, f: Finding): Verdict | undefined {
  const code = f.code as LineCode;
  const supplier = i.actual.get(f.payday);
  if (code === 'RECOVERY' || !supplier) return undefined;
  if (ON_PAYING.has(code)) {
    const paying = (s?: Statement) => (s ? deductionBase(s).current.isPositive() : false);
    return paying(supplier) !== paying(i.reference.get(f.payday))
      ? { reason: 'recomputed-on-supplier-base', feeds: earning }
      : undefined;
  }
  const expected = i.recomputed().get(f.payday)?.get(code) ?? Money.ZERO;
  const gap = amountOf(supplier, code).minus(expected).abs();
  const room = code === 'PENSION' ? pensionRoom(i, f) : undefined;
  if (gap.lte(toleranceFor(i.policy, code).amount) || (room !== undefined && gap.lte(room)))
    return { reason: 'recomputed-on-supplier-base', feeds: feedsCode(code) };
  if (TAXES.has(code)) {
    const moved = contributionGap(supplier, i.recomputed().get(f.payday));
    if (withinContributions(gap, moved))
      return { reason: 'tax-within-contribution-difference', feeds: feedsCode(code) };
  }
  return CONTRIBUTIONS.has(code) && i.atMaximum(code, f.payday) ? catchUp(i, f, code) : undefined;
}
