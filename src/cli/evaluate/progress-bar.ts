import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { ProgressEvent, ProgressListener } from '../../evaluation/evaluation.types';
import type { Lang } from '../../submissions/reader-text';

/** The progress lines in the reader's language. */
const WORDS = {
  en: {
    evaluating: 'evaluating',
    reading: 'reading the scenarios',
    readingSoFar: (files: number, scenarios: number) =>
      `reading the scenarios (${files} files, ${scenarios} scenarios so far)`,
    people: 'people',
    left: 'left',
    resume: (id: string) => `run ${id}: if it stops before the end, finish it with payproof evaluate --resume ${id}`,
    reports: 'writing the reports',
  },
  fr: {
    evaluating: 'évaluation',
    reading: 'lecture des scénarios',
    readingSoFar: (files: number, scenarios: number) =>
      `lecture des scénarios (${files} fichier(s), ${scenarios} scénario(s) jusqu’ici)`,
    people: 'personnes',
    left: 'restant',
    resume: (id: string) =>
      `évaluation ${id} : si elle s’arrête avant la fin, terminez-la avec payproof evaluate --resume ${id}`,
    reports: 'écriture des rapports',
  },
};

/** People per second since this process started on the run, and seconds left at that rate. */
export function rateAndEta(i: { done: number; startDone: number; total: number; elapsedMs: number }): {
  rate: number;
  etaSeconds: number | null;
} {
  const rate = i.elapsedMs > 0 ? ((i.done - i.startDone) * 1000) / i.elapsedMs : 0;
  return { rate, etaSeconds: rate > 0 ? Math.ceil((i.total - i.done) / rate) : null };
}

export function duration(seconds: number | null): string {
  if (seconds === null) return '?';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
}

interface SupplierProgress {
  id: string;
  done: number;
  startDone: number;
  total: number;
  bar?: SingleBar;
}

const PLAIN_EVERY_MS = 2000;

/**
 * The evaluation's progress on standard error (standard output keeps the table), from the
 * first second: while the catalogue is read, then people done of total per supplier, with the
 * rate and the time left. A bar per supplier on a terminal (cli-progress), a plain line every
 * two seconds otherwise (CI).
 */
export function progressBar(
  stream: NodeJS.WriteStream = process.stderr,
  lang: Lang = 'en',
): {
  listener: ProgressListener;
  stop: () => void;
} {
  const w = WORDS[lang];
  const sep = lang === 'fr' ? ' : ' : ': ';
  const tty = stream.isTTY === true;
  const started = Date.now();
  let runStart = started;
  const suppliers = new Map<string, SupplierProgress>();
  let multi: MultiBar | undefined;
  let phase = w.reading;
  let lastPlain = 0;
  const line = (force = false) => {
    const now = Date.now();
    if (!force && now - lastPlain < PLAIN_EVERY_MS) return;
    lastPlain = now;
    const parts = [...suppliers.values()].map((s) => {
      const { rate, etaSeconds } = rateAndEta({ ...s, elapsedMs: now - runStart });
      return `${s.id} ${s.done}/${s.total} ${w.people} (${rate.toFixed(0)}/s, ${duration(etaSeconds)} ${w.left})`;
    });
    stream.write(`${w.evaluating}${sep}${parts.length > 0 ? parts.join('; ') : phase}\n`);
  };
  const timer = tty ? undefined : setInterval(() => line(true), PLAIN_EVERY_MS);
  timer?.unref();
  const listener = (e: ProgressEvent): void => {
    if (e.type === 'reading') {
      phase = w.readingSoFar(e.files, e.scenarios);
      if (!tty) line();
    } else if (e.type === 'started') {
      runStart = Date.now();
      stream.write(`${w.resume(e.runId)}\n`);
      for (const v of e.vendors) suppliers.set(v.id, { id: v.id, done: v.done, startDone: v.done, total: v.total });
      if (tty) {
        multi = new MultiBar(
          {
            stream,
            format: `{id} [{bar}] {value}/{total} ${w.people} | {rate}/s | {left} ${w.left}`,
            hideCursor: true,
            clearOnComplete: false,
          },
          Presets.shades_classic,
        );
        for (const s of suppliers.values())
          s.bar = multi.create(s.total, s.done, { id: s.id.padEnd(16), rate: '0', left: '?' });
      } else line(true);
    } else if (e.type === 'advanced') {
      const s = suppliers.get(e.vendorId);
      if (!s) return;
      s.done = e.vendorDone;
      const { rate, etaSeconds } = rateAndEta({ ...s, elapsedMs: Date.now() - runStart });
      s.bar?.update(s.done, { rate: rate.toFixed(0), left: duration(etaSeconds) });
      if (!tty) line();
    } else if (e.type === 'reporting') {
      multi?.stop();
      multi = undefined;
      stream.write(`${w.reports}\n`);
    }
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    multi?.stop();
    multi = undefined;
  };
  return { listener, stop };
}
