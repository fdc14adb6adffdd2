import type { Finding, Violation } from '../domain/checks/finding.types';
import { Money } from '../domain/money';
import type { LineCode } from '../domain/scenario';
import type { VendorFailure } from '../vendors/vendor-transport';
import type { RelationBreak } from './relations';

/**
 * A defect signature groups findings that show the same defect, so the summary lists each
 * defect once and a regression is saved once: what was checked (the reference, an
 * invariant, a relation, or the supplier's failure), the line code, the kind and the
 * direction (who is harmed), and for a different amount its size (cents or more). E.g.
 * `reference:different:OVERTIME:under:amount`,
 * `relation:late-entry:acting:less`, `invariant:annual-maximum:CPP`, `failure:crash`.
 */
export interface FuzzFinding {
  signature: string;
  message: string;
}

/**
 * One wrong line drags others along: wrong earnings change pension, CPP, EI and tax, and
 * wrong contributions change tax, on that pay and (through the year to date) later ones.
 * Only the findings of the first layer a scenario shows are its own defects; the rest follow.
 */
const PAY_LAYER = 0;
const LAYER_BY_CODE: Partial<Record<LineCode, number>> = {
  PENSION: 1,
  CPP: 1,
  CPP2: 1,
  QPP: 1,
  QPP2: 1,
  EI: 1,
  QPIP: 1,
  UNION_DUES: 1,
  DISABILITY_INSURANCE: 1,
  DEATH_BENEFIT: 1,
  RECOVERY: 1,
  FEDERAL_TAX: 2,
  PROVINCIAL_TAX: 2,
};

function layerOf(f: Finding): number {
  if (f.kind === 'missed-pay' || f.kind === 'unexpected-pay') return PAY_LAYER;
  if (f.code === null) return 3;
  return LAYER_BY_CODE[f.code] ?? PAY_LAYER;
}

/**
 * A rounding defect (a cent or two either way) and a wrong amount on the same line are
 * different defects: the size of a 'different' finding is part of its signature.
 */
const ROUNDING = Money.of('0.02');
const sizeOf = (f: Finding) => (f.kind !== 'different' ? '' : f.difference.abs().lte(ROUNDING) ? ':cents' : ':amount');

export function referenceFindings(findings: readonly Finding[]): FuzzFinding[] {
  if (findings.length === 0) return [];
  const first = Math.min(...findings.map(layerOf));
  return findings
    .filter((f) => layerOf(f) === first)
    .map((f) => ({
      signature: `reference:${f.kind}:${f.code ?? 'PAY'}:${f.direction}${sizeOf(f)}`,
      message: f.message,
    }));
}

export function invariantFindings(violations: readonly Violation[]): FuzzFinding[] {
  return violations.map((v) => ({
    signature: `invariant:${v.check}${v.code ? `:${v.code}` : ''}`,
    message: v.message,
  }));
}

export function relationFindings(breaks: readonly RelationBreak[]): FuzzFinding[] {
  return breaks.map((b) => ({ signature: `relation:${b.relation}:${b.detail}`, message: b.message }));
}

export function failureFinding(failure: VendorFailure): FuzzFinding {
  return { signature: `failure:${failure.kind}`, message: `the supplier failed: ${failure.message}` };
}

/** The first finding of each signature, in order. */
export function distinct(findings: readonly FuzzFinding[]): FuzzFinding[] {
  const seen = new Map<string, FuzzFinding>();
  for (const f of findings) if (!seen.has(f.signature)) seen.set(f.signature, f);
  return [...seen.values()];
}

/** A signature as a file-name part: `reference-different-overtime-under`. */
export function signatureSlug(signature: string): string {
  return signature
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
