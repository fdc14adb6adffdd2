import type { ComponentName } from '../domain/checks/score.types';
import type { ScorecardJson } from '../evaluation/evaluation.types';
import type { ReportText } from './report-text';

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

/** The metrics the terminal shows, in English (the terminal table is English for now). */
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

/** The same metrics in the report's language, numbers and money by Intl. */
export function reportMetrics(x: ReportText): MetricRow[] {
  const of = (n: number, total: number) => x.t('report.metric.of', { n: x.number(n), total: x.number(total) });
  const share = (s: string | null) => (s === null ? '' : ` (${x.number(Number(s))} %)`);
  const kind = (k: string) => (k === 'unsupported' ? x.t('report.failure.unsupported') : k);
  const time = (n: number | null) => (n === null ? '-' : `${x.number(n)} ms`);
  return [
    { label: x.t('report.metric.score'), cell: (t) => x.number(Number(t.score.value)) },
    {
      label: x.t('report.metric.correct'),
      cell: (t) => `${of(t.scenariosCorrect, t.scenarios)}${share(t.correctShare)}`,
    },
    { label: x.t('report.metric.lines'), cell: (t) => of(t.lines.matched, t.lines.total) },
    { label: x.t('report.metric.over'), cell: (t) => x.money(t.overPaid) },
    { label: x.t('report.metric.under'), cell: (t) => x.money(t.underPaid) },
    { label: x.t('report.metric.people'), cell: (t) => x.number(t.peopleAffected) },
    { label: x.t('report.metric.missed'), cell: (t) => of(t.paysMissed, t.expectedPaydays) },
    { label: x.t('report.metric.violations'), cell: (t) => x.number(t.invariantViolations) },
    {
      label: x.t('report.metric.errors'),
      cell: (t) =>
        t.errors.total === 0
          ? '0'
          : `${x.number(t.errors.total)} (${Object.entries(t.errors.byKind)
              .map(([k, n]) => `${x.number(n)} ${kind(k)}`)
              .join(', ')})`,
    },
    { label: x.t('report.metric.response'), cell: (t) => `${time(t.responseMs.median)} / ${time(t.responseMs.p95)}` },
  ];
}
