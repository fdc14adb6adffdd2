/**
 * A rule the reference applies, written once: the reference's traces name it, and
 * docs/reference-engine.md and the vendor protocol's conventions section are generated from
 * it (tests/unit/conventions fails on drift). Every rule the reference chose where the law
 * leaves room is one of these, with its source or marked unverified (issue 15).
 */
export interface ConventionSource {
  /** Who published it: "PSPC", "TBS", "CRA", "NJC", or "secondary" for a non-official page. */
  publisher: string;
  title: string;
  url?: string;
  /** A short quotation of the words the rule rests on. */
  quote?: string;
}

/**
 * - sourced: the rule is written in an official source (quoted), the reference applies it as written;
 * - secondary: only a secondary source (a forum, a union page, a sample clause) was found;
 * - unverified: no public source was found; the reference's own choice, replaceable.
 */
export type ConventionStatus = 'sourced' | 'secondary' | 'unverified';

export interface ConventionEntry {
  id: string;
  /** A short name for people, in English and French (the conformance report prints it). */
  title: { en: string; fr: string };
  /** Where it applies: calendar, earnings, corrections, deductions, judging. */
  area: 'calendar' | 'earnings' | 'corrections' | 'deductions' | 'judging';
  /** The rule in words, as a supplier must apply it. */
  rule: string;
  status: ConventionStatus;
  sources: readonly ConventionSource[];
  /** What part of the rule no source settles, when some part does not. */
  unverified?: string;
  /**
   * A scenario may select this rule by listing its id in `conventions` (the only conventions
   * that are instructions rather than information: vendor-protocol.md section 5).
   */
  selectable?: boolean;
  /** Catalogue scenarios (test-payrolls) whose reference trace names it. */
  scenarios: readonly string[];
}
