import type { RunRecorder } from '../../evaluation/ports/run-recorder.port';
import type { RunSummary } from '../../evaluation/evaluation.types';
import type { AuditStore } from '../audit-store.port';
import { canonicalJson } from '../hashing/canonical-json';
import { said, type Said } from '../said';
import { quotedFinding } from './quoted-finding';

/** The first place two runs of the same pins part ways. */
export interface Difference {
  what: 'scenario' | 'reference' | 'answer' | 'finding' | 'score';
  message: string;
  /** The same in French (a finding's sentence quoted in French from its fields, or as stored, said so: quoted-finding.ts). */
  messageFr: string;
}

function diff(what: Difference['what'], s: Said): Difference {
  return { what, message: s.en, messageFr: s.fr };
}

const PAGE = 1000;

/** "1a2b3c4d5e6f" (the statements' sha256, shortened) or "refused UNSUPPORTED". */
const statementsOrRefusal = (p: { referenceHash?: string | null; refused?: { code: string } | null }): Said =>
  p.referenceHash
    ? { en: p.referenceHash.slice(0, 12), fr: p.referenceHash.slice(0, 12) }
    : said('audit.diff.refused', { code: p.refused?.code ?? '' });

const answered = (a: { status: string; answerHash?: string | null; failureKind?: string | null }): Said =>
  a.status === 'ok'
    ? said('audit.diff.answerOk', { hash: a.answerHash?.slice(0, 12) ?? '' })
    : said('audit.diff.answerFailed', { kind: a.failureKind ?? '' });

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
    if (!b) return diff('scenario', said('audit.diff.scenarioMissing', { id: a!.scenarioId, file: a!.file }));
    if (!a) return diff('scenario', said('audit.diff.scenarioNew', { id: b.scenarioId, file: b.file }));
    if (a.scenarioId !== b.scenarioId)
      return diff(
        'scenario',
        said('audit.diff.scenarioMoved', { id: a.scenarioId, file: a.file, other: b.scenarioId }),
      );
    if (a.hash !== b.hash)
      return diff(
        'scenario',
        said('audit.diff.scenarioChanged', {
          id: a.scenarioId,
          file: a.file,
          then: a.hash.slice(0, 12),
          now: b.hash.slice(0, 12),
        }),
      );
    if (a.referenceHash !== b.referenceHash || a.refused?.code !== b.refused?.code)
      return diff(
        'reference',
        said('audit.diff.reference', { id: a.scenarioId, then: statementsOrRefusal(a), now: statementsOrRefusal(b) }),
      );
  }
  return undefined;
}

async function answers(store: AuditStore, then: string, now: string): Promise<Difference | undefined> {
  for await (const [a, b] of zip(store.eachAnswer(then), store.eachAnswer(now))) {
    if (!a || !b || a.vendorId !== b.vendorId || a.scenarioId !== b.scenarioId) {
      const x = a ?? b!;
      return diff('answer', said('audit.diff.answerOnce', { vendor: x.vendorId, scenario: x.scenarioId }));
    }
    if (a.answerHash !== b.answerHash || a.status !== b.status || a.failureKind !== b.failureKind)
      return diff(
        'answer',
        said('audit.diff.answer', { vendor: a.vendorId, scenario: a.scenarioId, then: answered(a), now: answered(b) }),
      );
  }
  return undefined;
}

async function findings(recorder: RunRecorder, then: string, now: string): Promise<Difference | undefined> {
  for await (const [a, b] of zip(recorder.eachFinding(then), recorder.eachFinding(now))) {
    if (!b)
      return diff(
        'finding',
        said('audit.diff.findingGone', {
          id: `${a!.vendorId}/${a!.scenarioId}/${a!.seq}`,
          message: quotedFinding(a!, brief),
        }),
      );
    if (!a)
      return diff(
        'finding',
        said('audit.diff.findingNew', {
          id: `${b.vendorId}/${b.scenarioId}/${b.seq}`,
          message: quotedFinding(b, brief),
        }),
      );
    if (canonicalJson(a) !== canonicalJson(b))
      return diff(
        'finding',
        said('audit.diff.finding', {
          id: `${a.vendorId}/${a.scenarioId}/${a.seq}`,
          then: quotedFinding(a, brief),
          now: quotedFinding(b, brief),
        }),
      );
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
    (scores(i.then.summary) === scores(i.now.summary) ? undefined : diff('score', said('audit.diff.score')))
  );
}
