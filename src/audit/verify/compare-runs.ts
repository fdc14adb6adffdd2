import type { RunRecorder } from '../../evaluation/ports/run-recorder.port';
import type { RunSummary } from '../../evaluation/evaluation.types';
import type { AuditStore } from '../audit-store.port';
import { canonicalJson } from '../hashing/canonical-json';

/** The first place two runs of the same pins part ways. */
export interface Difference {
  what: 'scenario' | 'reference' | 'answer' | 'finding' | 'score';
  message: string;
}

const PAGE = 1000;

/** A message's first line, at most 200 characters: a difference is read in a terminal. */
const brief = (m: string) => {
  const line = m.split('\n')[0];
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

async function* pins(recorder: RunRecorder, runId: string) {
  for (let offset = 0; ; offset += PAGE) {
    const page = await recorder.scenarioPins(runId, { offset, limit: PAGE });
    yield* page.items;
    if (page.items.length < PAGE) return;
  }
}

/** Walks two streams side by side; yields pairs (either side undefined when it ran out first). */
async function* zip<T>(a: AsyncIterable<T>, b: AsyncIterable<T>): AsyncIterable<[T | undefined, T | undefined]> {
  const ia = a[Symbol.asyncIterator]();
  const ib = b[Symbol.asyncIterator]();
  for (;;) {
    const [x, y] = await Promise.all([ia.next(), ib.next()]);
    if (x.done && y.done) return;
    yield [x.done ? undefined : x.value, y.done ? undefined : y.value];
  }
}

async function scenarios(recorder: RunRecorder, then: string, now: string): Promise<Difference | undefined> {
  for await (const [a, b] of zip(pins(recorder, then), pins(recorder, now))) {
    if (!b)
      return { what: 'scenario', message: `scenario ${a!.scenarioId} (${a!.file}) is missing from the catalogue now` };
    if (!a)
      return {
        what: 'scenario',
        message: `scenario ${b.scenarioId} (${b.file}) is in the catalogue now but was not in the run`,
      };
    if (a.scenarioId !== b.scenarioId)
      return {
        what: 'scenario',
        message: `scenario ${a.scenarioId} (${a.file}) is not where it was: ${b.scenarioId} is in its place now`,
      };
    if (a.hash !== b.hash)
      return {
        what: 'scenario',
        message: `scenario ${a.scenarioId} (${a.file}) changed: sha256 ${a.hash.slice(0, 12)}… then, ${b.hash.slice(0, 12)}… now`,
      };
    if (a.referenceHash !== b.referenceHash || a.refused?.code !== b.refused?.code)
      return {
        what: 'reference',
        message: `the reference pays scenario ${a.scenarioId} differently: statements sha256 ${a.referenceHash?.slice(0, 12) ?? `refused ${a.refused?.code}`} then, ${b.referenceHash?.slice(0, 12) ?? `refused ${b.refused?.code}`} now`,
      };
  }
  return undefined;
}

async function answers(store: AuditStore, then: string, now: string): Promise<Difference | undefined> {
  for await (const [a, b] of zip(store.eachAnswer(then), store.eachAnswer(now))) {
    if (!a || !b || a.vendorId !== b.vendorId || a.scenarioId !== b.scenarioId) {
      const x = a ?? b!;
      return { what: 'answer', message: `${x.vendorId} answered for ${x.scenarioId} in one run only` };
    }
    if (a.answerHash !== b.answerHash || a.status !== b.status || a.failureKind !== b.failureKind)
      return {
        what: 'answer',
        message: `${a.vendorId} answered differently for ${a.scenarioId}: ${a.status === 'ok' ? `statements sha256 ${a.answerHash?.slice(0, 12)}…` : `failed (${a.failureKind})`} then, ${b.status === 'ok' ? `statements sha256 ${b.answerHash?.slice(0, 12)}…` : `failed (${b.failureKind})`} now`,
      };
  }
  return undefined;
}

async function findings(recorder: RunRecorder, then: string, now: string): Promise<Difference | undefined> {
  for await (const [a, b] of zip(recorder.eachFinding(then), recorder.eachFinding(now))) {
    if (!b)
      return {
        what: 'finding',
        message: `finding ${a!.vendorId}/${a!.scenarioId}/${a!.seq} is not found again: ${brief(a!.message)}`,
      };
    if (!a)
      return { what: 'finding', message: `a new finding ${b.vendorId}/${b.scenarioId}/${b.seq}: ${brief(b.message)}` };
    if (canonicalJson(a) !== canonicalJson(b))
      return {
        what: 'finding',
        message: `finding ${a.vendorId}/${a.scenarioId}/${a.seq} differs: "${brief(a.message)}" then, "${brief(b.message)}" now`,
      };
  }
  return undefined;
}

/** Scores without what differs from run to run by nature (response times). */
function scores(s: RunSummary | null): string {
  if (!s) return 'none';
  const cards = Object.fromEntries(
    Object.entries(s.scorecards).map(([id, c]) => {
      const { responseMs: _r, families, ...rest } = c;
      return [
        id,
        {
          ...rest,
          families: Object.fromEntries(Object.entries(families).map(([f, t]) => [f, { ...t, responseMs: null }])),
        },
      ];
    }),
  );
  return canonicalJson({ cards, ranking: s.ranking.map((r) => [r.vendorId, r.score]) });
}

/**
 * The first difference between a run and its re-run, in the order a difference propagates:
 * the scenarios and the reference's statements, then each supplier's answers, then the
 * findings, then the scores (response times aside). Undefined: identical.
 */
export async function firstDifference(i: {
  recorder: RunRecorder;
  store: AuditStore;
  then: { id: string; summary: RunSummary | null };
  now: { id: string; summary: RunSummary | null };
}): Promise<Difference | undefined> {
  return (
    (await scenarios(i.recorder, i.then.id, i.now.id)) ??
    (await answers(i.store, i.then.id, i.now.id)) ??
    (await findings(i.recorder, i.then.id, i.now.id)) ??
    (scores(i.then.summary) === scores(i.now.summary)
      ? undefined
      : {
          what: 'score',
          message: 'the findings are the same but the scores differ (rulings made since the run apply now)',
        })
  );
}
