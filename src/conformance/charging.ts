import type { Finding } from '../domain/checks/finding.types';
import { CONVENTION, conventionsNamedIn } from '../domain/conventions';
import { Money } from '../domain/money';
import type { ReferenceResult } from '../domain/reference/engine/engine.types';
import { isEarning } from '../domain/scenario';
import { PROTOCOL_RULES } from './conformance.types';

/** The rules a reference result exercises: the conventions its traces name, or that it does not judge by. */
export function exercised(r: ReferenceResult): Set<string> {
  const out = new Set<string>(conventionsNamedIn(r.pays.flatMap((p) => (p.lineTraces ?? []).flat())));
  for (const p of r.pays) for (const n of p.notJudged ?? []) out.add(n.convention);
  return out;
}

/** The conventions of the reference's lines of one code anywhere in the scenario: a finding on a line the reference lacks that day. */
function conventionsOfCode(r: ReferenceResult, code: string | null): string[] {
  const steps = r.pays.flatMap((p) =>
    p.statement.lines.flatMap((l, i) => (l.code === code ? (p.lineTraces?.[i] ?? []) : [])),
  );
  return conventionsNamedIn(steps);
}

const STATUTORY = new Set(['CPP', 'CPP2', 'EI', 'QPP', 'QPP2', 'QPIP', 'FEDERAL_TAX', 'PROVINCIAL_TAX']);
const C = CONVENTION;
const P_LINES = new Set(['CPP', 'QPP', 'FEDERAL_TAX', 'PROVINCIAL_TAX']);
const CONTRIBUTIONS = new Set(['CPP', 'CPP2', 'EI', 'QPP', 'QPP2', 'QPIP']);
const TAXES = new Set(['FEDERAL_TAX', 'PROVINCIAL_TAX']);
const RECOVERY_ROUTES = [C.routine, C.notAcknowledged, C.flexible];

/**
 * The rules each line code is about, by kind of finding: a wrong amount is the amount's rule; a
 * line the supplier lacks, or has that the reference lacks, is a question of when (cut-off,
 * recovery route). A statutory line's own rules are T4127's, and P's only where a holiday moved
 * a pay across the year end (its trace names calendar.payday-holiday-previous-business-day).
 */
function ownRules(f: Finding): readonly string[] {
  const timing = f.kind === 'missing' || f.kind === 'unexpected';
  switch (f.code) {
    case 'REGULAR':
    case 'LWOP':
      return [C.proration, C.workingDay];
    case 'ACTING':
      return [C.placement, C.qualifying];
    case 'OVERTIME':
      return [C.overtime];
    case 'ALLOWANCE_BILINGUALISM':
      return [C.bilingualism];
    case 'RETRO_ADJUSTMENT':
      return timing ? [C.cutoff, ...RECOVERY_ROUTES] : [C.retro];
    case 'RECOVERY':
      return timing ? RECOVERY_ROUTES : [C.priorYearNet];
    case 'PENSION':
      return [C.pension, C.lwopPension, C.lwopInstalments, C.pensionGroup1In2026, C.pensionGroup2In2025];
    case 'DISABILITY_INSURANCE':
    case 'DEATH_BENEFIT':
      return [C.insurance];
    default:
      // P moves CPP's basic exemption and the tax's annualization; not CPP2, EI or QPIP.
      return f.kind === 'different' && P_LINES.has(f.code ?? '') && f.conventions?.includes(C.holidayPayday)
        ? [C.holidayPayday, C.taxYear, C.retroTax]
        : [C.retroTax];
  }
}

const CENT = Money.of('0.01');

/**
 * The rules a finding is charged to: a one-cent difference on an earning line is rounding;
 * otherwise the rules of its line code that its trace names (for a line the reference lacks
 * that day, those of its code elsewhere in the scenario), plus T4127 on a statutory line; when
 * none applies, every convention the trace names, or else the lines rule.
 */
export function rulesOf(f: Finding, r: ReferenceResult): string[] {
  if (f.code !== null && isEarning(f.code) && f.kind === 'different' && f.difference.abs().eq(CENT))
    return [PROTOCOL_RULES.rounding];
  const t4127 = f.code !== null && STATUTORY.has(f.code) ? [PROTOCOL_RULES.t4127] : [];
  const named = f.conventions && f.conventions.length > 0 ? f.conventions : conventionsOfCode(r, f.code);
  const own = named.filter((id) => ownRules(f).includes(id));
  const rules = [...(own.length > 0 || t4127.length > 0 ? own : named), ...t4127];
  return rules.length > 0 ? rules : [PROTOCOL_RULES.lines];
}

/**
 * Findings that are consequences, not causes (DESIGN.md, root causes vs consequences): on a
 * payday where an earning line differs, the deductions follow it; where a contribution
 * differs, the income tax follows it (F5, K2). They are not charged.
 */
export function causes(findings: readonly Finding[]): Finding[] {
  const paydaysWith = (codes: (code: string) => boolean) =>
    new Set(findings.filter((f) => f.code !== null && codes(f.code)).map((f) => f.payday));
  const earning = paydaysWith(isEarning as (code: string) => boolean);
  const contribution = paydaysWith((code) => CONTRIBUTIONS.has(code));
  return findings.filter((f) => {
    if (f.code === null) return false;
    if (isEarning(f.code)) return true;
    if (earning.has(f.payday)) return false;
    return !(TAXES.has(f.code) && contribution.has(f.payday));
  });
}
