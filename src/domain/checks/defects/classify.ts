import { type IsoDate, yearOf } from '../../calendar';
import { Money } from '../../money';
import { isEarning, type LineCode, type Statement } from '../../scenario';
import type { Finding } from '../finding.types';
import { toleranceFor, type TolerancePolicy } from '../tolerance-policy';
import { deductionBase, amountOf } from './deduction-base';
import type { ReasonCode } from './defect.types';
import { pensionSlack } from './pension-slack';
import type { Recomputed } from './recompute-deductions';

/**
 * Root or consequence, for each finding of one person × one supplier (docs/defects.md):
 * - an earning line, a missed or unexpected pay, a recovery: a root (its inputs are HR events,
 *   which the supplier received as the reference did);
 * - a deduction: a consequence when the reference's rules on the supplier's own base give the
 *   supplier's amount (recompute-deductions.ts), else a root;
 * - gross and net: consequences of the lines of their payday when those lines explain them to
 *   the cent, else roots (the supplier's own sums are wrong).
 * A consequence names the root it follows from: the largest root of its payday that can feed
 * it, else the latest root of an earlier payday of the same year (carried year to date).
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

const CONTRIBUTIONS: ReadonlySet<LineCode> = new Set<LineCode>(['CPP', 'CPP2', 'QPP', 'QPP2', 'EI', 'QPIP']);
const TAXES: ReadonlySet<LineCode> = new Set<LineCode>(['FEDERAL_TAX', 'PROVINCIAL_TAX']);
const ON_PAYING: ReadonlySet<LineCode> = new Set<LineCode>(['DISABILITY_INSURANCE', 'DEATH_BENEFIT', 'UNION_DUES']);
const CENT = Money.of('0.01');

const byPayday = (list: readonly Statement[]) => new Map(list.map((s) => [s.payday, s]));

/** What feeds a deduction on its payday: earnings always; pension, dues and contributions feed tax. */
function feeds(root: Finding, target: LineCode): boolean {
  if (root.code === null) return false;
  if (isEarning(root.code)) return true;
  return TAXES.has(target) && (CONTRIBUTIONS.has(root.code) || root.code === 'PENSION' || root.code === 'UNION_DUES');
}

class Classifier {
  readonly roles: Role[];
  private recomputed?: Recomputed;
  private readonly actual: Map<IsoDate, Statement>;
  private readonly reference: Map<IsoDate, Statement>;

  constructor(private readonly i: ClassifyInput) {
    this.roles = i.findings.map(() => ({ role: 'root', reason: 'own-difference' }));
    this.actual = byPayday(i.actual);
    this.reference = byPayday(i.reference);
  }

  run(): Role[] {
    const order = this.i.findings.map((f, k) => ({ f, k }));
    for (const { f, k } of order) if (f.code !== null && !isEarning(f.code)) this.deduction(f, k);
    for (const { f, k } of order) if (f.kind === 'gross' || f.kind === 'net') this.total(f, k);
    return this.roles;
  }

  private consequence(k: number, reason: ReasonCode, rootOf: number | undefined, sharedWith?: number[]): void {
    this.roles[k] = {
      role: 'consequence',
      reason,
      ...(rootOf !== undefined && { rootOf }),
      ...(sharedWith && sharedWith.length > 1 && { sharedWith }),
    };
  }

  /** The roots of the payday satisfying `ok`, largest harm first, else the latest root of an earlier payday of the same year. */
  private rootFor(f: Finding, ok: (root: Finding) => boolean): { root?: number; all?: number[]; carried: boolean } {
    const candidates = this.i.findings
      .map((r, k) => ({ r, k }))
      .filter(({ r, k }) => k !== this.i.findings.indexOf(f) && this.roles[k].role === 'root' && ok(r));
    const same = candidates.filter(({ r }) => r.payday === f.payday);
    if (same.length > 0) {
      same.sort((a, b) => b.r.netEffect.abs().compare(a.r.netEffect.abs()) || a.k - b.k);
      return { root: same[0].k, all: same.map((x) => x.k), carried: false };
    }
    const earlier = candidates.filter(({ r }) => r.payday < f.payday && yearOf(r.payday) === yearOf(f.payday));
    return earlier.length > 0 ? { root: earlier[earlier.length - 1].k, carried: true } : { carried: false };
  }

  private deduction(f: Finding, k: number): void {
    const code = f.code as LineCode;
    if (code === 'RECOVERY') return;
    const supplier = this.actual.get(f.payday);
    if (!supplier) return;
    if (ON_PAYING.has(code)) {
      const paying = (s?: Statement) => (s ? deductionBase(s).current.isPositive() : false);
      if (paying(supplier) !== paying(this.reference.get(f.payday))) {
        const found = this.rootFor(f, (r) => r.code !== null && isEarning(r.code));
        this.consequence(k, 'recomputed-on-supplier-base', found.root, found.all);
      }
      return;
    }
    const expected = (this.recomputed ??= this.i.recompute()).get(f.payday)?.get(code) ?? Money.ZERO;
    const gap = amountOf(supplier, code).minus(expected).abs();
    const link = () => {
      const found = this.rootFor(f, (r) => feeds(r, code));
      return { ...found, reason: found.carried ? ('carried-year-to-date' as const) : undefined };
    };
    const room = code === 'PENSION' ? this.pensionRoom(f) : undefined;
    if (gap.lte(toleranceFor(this.i.policy, code).amount) || (room !== undefined && gap.lte(room))) {
      const { root, all, reason } = link();
      this.consequence(k, reason ?? 'recomputed-on-supplier-base', root, all);
      return;
    }
    if (TAXES.has(code)) {
      const moved = this.contributionGap(f.payday);
      if (moved.isPositive() && gap.lte(moved.plus(CENT))) {
        const { root, all } = link();
        this.consequence(k, 'tax-within-contribution-difference', root, all);
      }
    }
    if (CONTRIBUTIONS.has(code) && this.i.atMaximum(code, f.payday)) this.catchUp(f, k);
  }

  /**
   * At the annual maximum the reference withholds what is left to it, so the pay that reaches it
   * carries every earlier difference of the year, including those in pays before the window that
   * the supplier was not asked about and the replay cannot see. A difference there follows from
   * an earlier root of the same year that feeds the contribution.
   */
  private catchUp(f: Finding, k: number): void {
    const earlier = this.i.findings
      .map((r, j) => ({ r, j }))
      .filter(
        ({ r, j }) =>
          this.roles[j].role === 'root' &&
          r.payday < f.payday &&
          yearOf(r.payday) === yearOf(f.payday) &&
          (r.code === f.code || (r.code !== null && isEarning(r.code))),
      );
    if (earlier.length > 0) this.consequence(k, 'carried-year-to-date', earlier[earlier.length - 1].j);
  }

  /** Σ |supplier − recomputed| over the contributions of a payday: how far they can move its tax. */
  private contributionGap(payday: IsoDate): Money {
    const recomputed = (this.recomputed ??= this.i.recompute()).get(payday);
    const supplier = this.actual.get(payday);
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
  private pensionRoom(f: Finding): Money | undefined {
    const retro = this.i.findings.filter((r) => r.payday === f.payday && r.code === 'RETRO_ADJUSTMENT');
    if (retro.length === 0) return undefined;
    const moved = Money.sum(retro.map((r) => r.difference.abs()));
    return pensionSlack(this.i.pensionGroup, yearOf(f.payday), moved);
  }

  private total(f: Finding, k: number): void {
    const lines = this.i.findings
      .map((r, j) => ({ r, j }))
      .filter(({ r }) => r.payday === f.payday && r.code !== null && (f.kind === 'net' || isEarning(r.code)));
    if (lines.length === 0) return;
    const explained = Money.sum(lines.map(({ r }) => r.netEffect));
    if (!explained.eq(f.netEffect)) return;
    const roots = lines.filter(({ j }) => this.roles[j].role === 'root');
    const pick = (roots.length > 0 ? roots : lines).sort(
      (a, b) => b.r.netEffect.abs().compare(a.r.netEffect.abs()) || a.j - b.j,
    )[0];
    const rootOf = this.roles[pick.j].role === 'root' ? pick.j : this.roles[pick.j].rootOf;
    this.consequence(k, 'sum-of-lines', rootOf);
  }
}

export function classifyFindings(i: ClassifyInput): Role[] {
  return new Classifier(i).run();
}
