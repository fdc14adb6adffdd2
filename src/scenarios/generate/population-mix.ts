/**
 * The mix of a generated population, in one table: stated in `payproof scenarios generate
 * --help`, README.md and docs/scenario-format.md (a test keeps the help in step with it).
 *
 * These are choices for benchmarks, load tests and demos, not a census of the public
 * service: no public source gives these shares for PA-group employees, so none is claimed.
 * Most people get their regular pay only; a minority have the HR events where Phoenix broke.
 */
export const POPULATION_MIX = {
  /** Percent of employees per province (the reference pays Ontario and Quebec). */
  province: { ON: 70, QC: 30 },
  /** Percent hired during the years generated (a hire event); the rest are employed before them. */
  hired: 5,
  /** Percent of employees with at least one HR event other than a hire. */
  withEvents: 30,
  /** Of those, percent with 1, 2, 3 or 4 events. */
  eventCount: { 1: 50, 2: 25, 3: 15, 4: 10 },
  /** Relative weight of each event kind. */
  eventKinds: {
    overtime: 35,
    acting: 15,
    stepIncrement: 15,
    allowance: 10,
    leaveWithoutPay: 8,
    termination: 5,
    rateRevision: 5,
    td1Change: 4,
    transfer: 3,
  },
  /** Percent of events (other than rate revisions) entered 3 to 17 weeks after they take effect: after the cut-off of the pay that should have paid them. */
  lateEntries: 25,
  /** Percent of employees working part time (30 or 18.75 hours a week). */
  partTime: 8,
  /** Percent in PSSA-1 (joined before 2013); the rest, and every hire, PSSA-2. */
  pssa1: 45,
  /** Percent with TD1 claim code 0 (no basic personal amount claimed); the rest claim code 1. */
  claimCode0: 6,
  /** Percent with no union dues withheld; the rest have an illustrative 25.00 to 40.00 a pay (not a union's actual rate). */
  noUnionDues: 15,
} as const;

export type GeneratedEventKind = keyof typeof POPULATION_MIX.eventKinds;

const KIND_WORDS: Record<GeneratedEventKind, string> = {
  overtime: 'overtime',
  acting: 'acting',
  stepIncrement: 'step increment',
  allowance: 'bilingualism allowance',
  leaveWithoutPay: 'leave without pay',
  termination: 'termination',
  rateRevision: 'rate revision (hypothetical, retroactive)',
  td1Change: 'TD1 change',
  transfer: 'transfer',
};

export function kindWords(kind: string): string {
  return (KIND_WORDS as Record<string, string>)[kind] ?? kind;
}

/** The mix in one paragraph, for --help and the docs. */
export function mixSummary(): string {
  const m = POPULATION_MIX;
  const kinds = Object.entries(m.eventKinds)
    .map(([k, w]) => `${kindWords(k)} ${w}`)
    .join(', ');
  const counts = Object.entries(m.eventCount)
    .map(([n, w]) => `${n}: ${w} %`)
    .join(', ');
  return (
    `a position in the PA pay table (every classification and step equally likely); ` +
    `Ontario ${m.province.ON} %, Quebec ${m.province.QC} %; ${m.hired} % hired during the years generated; ` +
    `${m.withEvents} % with HR events (events each: ${counts}), the rest regular pay only; ` +
    `event kinds by weight: ${kinds}; ${m.lateEntries} % of events entered late (3 to 17 weeks after they take effect); ` +
    `${m.partTime} % part time; PSSA-1 ${m.pssa1} %, PSSA-2 the rest; TD1 claim code 0 ${m.claimCode0} %, 1 the rest; ` +
    `no union dues ${m.noUnionDues} %, an illustrative 25.00 to 40.00 a pay the rest`
  );
}
