import type { RoundDefect, RoundInput, SealedResult, SupplierStanding } from './pilot.types';

/** What a round needs of its stored run (evaluation_run). */
export interface StoredRun {
  id: string;
  status: string;
  startedAt: string;
  harnessVersion: string;
  rulesEditions: string[];
  policyHash: string;
  tolerancePolicy: unknown;
  summary: unknown;
}

interface CardJson {
  overPaid: string;
  underPaid: string;
  peopleAffected: number;
  scenarios: number;
  paysMissed: number;
  expectedPaydays: number;
  errors: { total: number };
  score: { value: string };
}

interface SealedJson {
  commitment: string;
  scenarios: number;
  matches: unknown;
  threshold: { scoreGap: number; pLimit: number };
  suppliers: Record<string, { public: { score: string }; sealed: { score: string }; gap: string; flagged: boolean }>;
}

interface SummaryJson {
  ranking?: Array<{ rank: number; vendorId: string; name: string }>;
  scorecards?: Record<string, CardJson>;
  audit?: { rulings?: Array<{ id: string }>; sealed?: SealedJson };
}

/** The sealed-set result as src/audit/seal stored it in the summary (summary.audit.sealed); null when none. */
export function sealedOf(summary: unknown): SealedResult | null {
  const sealed = (summary as SummaryJson | null)?.audit?.sealed;
  if (!sealed) return null;
  return {
    commitment: sealed.commitment,
    scenarios: sealed.scenarios,
    committed: sealed.matches !== null && sealed.matches !== undefined,
    threshold: sealed.threshold,
    suppliers: Object.entries(sealed.suppliers)
      .map(([vendorId, s]) => ({
        vendorId,
        publicScore: s.public.score,
        sealedScore: s.sealed.score,
        gap: s.gap,
        flagged: s.flagged,
      }))
      .sort((a, b) => a.vendorId.localeCompare(b.vendorId)),
  };
}

/** The tolerances of a stored policy by subject, as text ("0.01"); a malformed policy has none. */
export function tolerancesOf(policy: unknown): Record<string, string> {
  const tolerances = (policy as { tolerances?: Record<string, { amount?: unknown }> } | null)?.tolerances ?? {};
  return Object.fromEntries(
    Object.entries(tolerances)
      .filter(([, t]) => typeof t?.amount === 'string')
      .map(([subject, t]) => [subject, String(t.amount)]),
  );
}

/** Each supplier's standing from the run's summary (its scorecards and ranking), ranked first. */
export function standingsOf(summary: unknown): SupplierStanding[] {
  const s = (summary ?? {}) as SummaryJson;
  const ranking = new Map((s.ranking ?? []).map((r) => [r.vendorId, r]));
  return Object.entries(s.scorecards ?? {})
    .map(([vendorId, c]) => ({
      vendorId,
      name: ranking.get(vendorId)?.name ?? vendorId,
      rank: ranking.get(vendorId)?.rank ?? null,
      score: c.score.value,
      overPaid: c.overPaid,
      underPaid: c.underPaid,
      peopleAffected: c.peopleAffected,
      scenarios: c.scenarios,
      paysMissed: c.paysMissed,
      expectedPaydays: c.expectedPaydays,
      errors: c.errors.total,
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.vendorId.localeCompare(b.vendorId));
}

export function roundInput(o: {
  round: number;
  run: StoredRun;
  catalogueHash: string;
  defects: RoundDefect[] | null;
}): RoundInput {
  const { run } = o;
  return {
    round: o.round,
    runId: run.id,
    startedAt: run.startedAt,
    status: run.status,
    pins: {
      catalogueHash: o.catalogueHash,
      rulesEditions: run.rulesEditions,
      policyHash: run.policyHash,
      tolerances: tolerancesOf(run.tolerancePolicy),
      harnessVersion: run.harnessVersion,
    },
    standings: standingsOf(run.summary),
    defectsStored: o.defects !== null,
    defects: o.defects ?? [],
    rulingsApplied: ((run.summary as SummaryJson | null)?.audit?.rulings ?? []).map((r) => r.id),
    sealed: sealedOf(run.summary),
  };
}
