import type { ComponentName } from '../domain/checks/score.types';
import type { ScorecardJson } from '../evaluation/evaluation.types';

type TallyJson = Omit<ScorecardJson, 'families'>;

/** One metric of the side-by-side comparison: its label and how a supplier's tally shows it. */
export interface MetricRow {
  label: string;
  cell: (t: TallyJson) => string;
}

const ms = (n: number | null): string => (n === null ? '-' : `${n} ms`);

/** The score's parts in words, for people (scoring-weights.ts names them for code). */
export const COMPONENT_WORDS: Record<ComponentName, string> = {
  correctlyPaid: 'people paid exactly right',
  harmPerPerson: 'dollars of harm per person',
  paysOnTime: 'pays not missed',
  noErrors: 'answers without error',
};

/** Failure kinds as a reader says them: 'unsupported' is a scope the supplier declared, not a crash. */
const kindWords = (kind: string): string => (kind === 'unsupported' ? 'not supported' : kind);

/** The metrics every report shows, in the same order and words (terminal and HTML). */
export const METRICS: readonly MetricRow[] = [
  { label: 'Score (0-100)', cell: (t) => t.score.value },
  {
    label: 'People paid exactly right',
    cell: (t) => `${t.scenariosCorrect}/${t.scenarios}${t.correctShare === null ? '' : ` (${t.correctShare}%)`}`,
  },
  { label: 'Pay lines correct', cell: (t) => `${t.lines.matched}/${t.lines.total}` },
  { label: 'Dollars over-paid', cell: (t) => t.overPaid },
  { label: 'Dollars under-paid', cell: (t) => t.underPaid },
  { label: 'People affected', cell: (t) => String(t.peopleAffected) },
  { label: 'Pays missed', cell: (t) => `${t.paysMissed}/${t.expectedPaydays}` },
  { label: 'Invariant violations', cell: (t) => String(t.invariantViolations) },
  {
    label: 'Errors',
    cell: (t) =>
      t.errors.total === 0
        ? '0'
        : `${t.errors.total} (${Object.entries(t.errors.byKind)
            .map(([k, n]) => `${n} ${kindWords(k)}`)
            .join(', ')})`,
  },
  {
    label: 'Response time per request, median / p95',
    cell: (t) => `${ms(t.responseMs.median)} / ${ms(t.responseMs.p95)}`,
  },
];
