import { type IsoDate, payRunFor } from '../../calendar';
import { Money } from '../../money';
import type { LineCode, Statement } from '../../scenario';
import type { Finding } from '../finding.types';
import { toleranceFor, type TolerancePolicy } from '../tolerance-policy';
import { amountOf } from './deduction-base';
import { contributionGap, TAXES, withinContributions } from './deduction-verdict';
import type { Recomputed } from './recompute-deductions';

/**
 * One wrong formula parameter behind several deduction roots (docs/defects.md, "Parameters").
 * T4127 chapter 4: "P = the number of pay periods in the year". The CPP (QPP) basic exemption
 * per pay is the annual exemption ÷ P, and income tax annualises the pay by P, so a supplier
 * that counts its own P (27 Wednesdays in 2025 where 26 pays belong to the year) is wrong on CPP
 * and on both taxes at once. When the reference's rules replayed on the supplier's own base with
 * P one more (or one less) give every such root of a payday (within the policy's tolerance; a
 * tax also within what the payday's contribution differences can move it, as in
 * deduction-verdict.ts), those roots are one occurrence of one defect, not three.
 */
const BY_PERIODS: ReadonlySet<LineCode> = new Set<LineCode>(['CPP', 'QPP', 'FEDERAL_TAX', 'PROVINCIAL_TAX']);
const SHIFTS = [1, -1] as const;

export interface ParameterGroup {
  payday: IsoDate;
  /** Indices of the root findings the parameter explains. */
  members: number[];
  value: { used: number; due: number };
}

export interface ParameterInput {
  findings: readonly Finding[];
  /** Root findings not already in a pair. */
  roots: readonly number[];
  actual: readonly Statement[];
  policy: TolerancePolicy;
  /** The replay with P shifted (recompute-deductions.ts), computed when first asked for. */
  replay: (shift: number) => Recomputed;
}

/** Every member within tolerance of the shifted replay; a tax also within its payday's contribution differences (rule 3). */
function explains(i: ParameterInput, members: readonly number[], replayed: Map<LineCode, Money> | undefined): boolean {
  const supplier = i.actual.find((s) => s.payday === i.findings[members[0]].payday);
  if (!supplier || !replayed) return false;
  const moved = contributionGap(supplier, replayed);
  return members.every((k) => {
    const code = i.findings[k].code as LineCode;
    const gap = amountOf(supplier, code)
      .minus(replayed.get(code) ?? Money.ZERO)
      .abs();
    return gap.lte(toleranceFor(i.policy, code).amount) || (TAXES.has(code) && withinContributions(gap, moved));
  });
}

export function parameterGroups(i: ParameterInput): ParameterGroup[] {
  const byPayday = new Map<IsoDate, number[]>();
  for (const k of i.roots) {
    const f = i.findings[k];
    if (f.kind !== 'different' || f.code === null || !BY_PERIODS.has(f.code)) continue;
    const members = byPayday.get(f.payday) ?? [];
    members.push(k);
    byPayday.set(f.payday, members);
  }
  const groups: ParameterGroup[] = [];
  for (const [payday, members] of byPayday) {
    const due = payRunFor(payday).periodsInYear;
    const shift = SHIFTS.find((s) => due + s >= 1 && explains(i, members, i.replay(s).get(payday)));
    if (shift !== undefined) groups.push({ payday, members, value: { used: due + shift, due } });
  }
  return groups;
}
