import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../common/config';
import { EvaluationService } from '../../evaluation/evaluation.service';
import type { RunView } from '../../evaluation/evaluation.types';
import { auditLang, DB_FLAG, LANG_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';
import { textTable } from '../text-table';
import { countFlag, JSON_FLAG, LIMIT_FLAG, REPORTS_FLAG, STATUS_FLAG, statusFlag } from './runs-flags';
import { databaseNamed, firstMissing, readRun } from './runs-read';
import { RUNS_WORDS, when } from './runs-text';
import { awaitingText, FIRST_MISSING } from '../evaluate/awaiting-text';

interface ListFlags {
  db?: string;
  lang?: string;
  json?: boolean;
  status?: string;
  limit?: string;
}

/** The row of one run in `runs list`. */
function row(run: Omit<RunView, 'pins'>, lang: 'en' | 'fr'): string[] {
  const w = RUNS_WORDS[lang];
  const people = Math.max(0, ...Object.values(run.progress).map((p) => p.total));
  return [
    run.id,
    w.status[run.status],
    when(lang, run.startedAt, 'short'),
    run.finishedAt === null ? '' : when(lang, run.finishedAt, 'short'),
    String(people),
    Object.keys(run.progress).join(', '),
    run.partial ? w.yes : w.no,
  ];
}

/**
 * `payproof runs list`: the runs, newest first, as GET /api/runs gives them (the same service
 * method); --status and --limit choose among them, --json prints them as the API does.
 */
export const runsListCommand: CommandSpec<ListFlags> = {
  flags: [STATUS_FLAG, LIMIT_FLAG, JSON_FLAG, DB_FLAG, LANG_FLAG],
  async run(_args, flags) {
    const lang = auditLang(flags.lang);
    const status = statusFlag(lang, flags.status);
    const limit = countFlag(lang, '--limit', flags.limit);
    const all = await withAudit(flags.db, (app) => app.get(EvaluationService).list());
    const matching = all.filter((r) => status === undefined || r.status === status);
    const chosen = matching.slice(0, limit);
    if (flags.json) return void process.stdout.write(`${JSON.stringify(chosen, null, 2)}\n`);
    const w = RUNS_WORDS[lang];
    if (all.length === 0) return void process.stdout.write(`${w.noRuns(databaseNamed(flags.db))}\n`);
    if (chosen.length === 0) return void process.stdout.write(`${w.noneWith(w.status[status!], all.length)}\n`);
    const table = textTable(
      [...w.columns],
      chosen.map((r) => row(r, lang)),
      new Set([4]),
    );
    const more = chosen.length < matching.length ? `\n${w.more(chosen.length, matching.length)}` : '';
    process.stdout.write(`${table}${more}\n`);
  },
};

interface ShowFlags {
  db?: string;
  lang?: string;
  json?: boolean;
  reports?: string;
}

/** The lines of `runs show` for one run: status, times, each supplier's progress and what it misses, the deadline. */
function runLines(run: RunView, lang: 'en' | 'fr'): string[] {
  const w = RUNS_WORDS[lang];
  const lines = [w.run(run.id), w.statusLine(w.status[run.status]), w.started(when(lang, run.startedAt))];
  if (run.finishedAt !== null) lines.push(w.finished(when(lang, run.finishedAt)));
  if (run.error !== null) lines.push(w.error(run.error));
  const vendors = Object.entries(run.progress);
  if (vendors.length > 0) {
    const rows = vendors.map(([id, p]) => {
      const m = run.missing[id];
      return [`  ${id}`, w.done(p.done, p.total), m ? w.missing(m.employees, m.payRuns) : ''];
    });
    lines.push(w.suppliers, ...textTable(['', '', ''], rows).split('\n').slice(2));
  }
  // An awaiting run's deadline is in the awaiting text (runsShowCommand); who set it follows it there.
  if (run.status === 'awaiting-supplier') return lines;
  if (run.pins.vendors.some((v) => v.transport === 'exchange') || run.supplierDeadline !== null)
    lines.push(run.supplierDeadline === null ? w.noDeadline : w.deadline(when(lang, run.supplierDeadline)));
  return [...lines, ...setByLine(run, lang)];
}

/** Who set the deadline last, and when (nothing when no one did). */
const setByLine = (run: RunView, lang: 'en' | 'fr') =>
  run.deadlineSet ? [RUNS_WORDS[lang].setBy(run.deadlineSet.by, when(lang, run.deadlineSet.at))] : [];

/** Where a finished run's reports are, when they are in the reports folder. */
function reportLines(run: RunView, reports: string, lang: 'en' | 'fr'): string[] {
  const w = RUNS_WORDS[lang];
  const dir = path.resolve(reports, run.id);
  if (!existsSync(path.join(dir, 'index.html'))) return [w.noReports(path.resolve(reports))];
  const files = ['index.html', 'discrepancies.csv', 'defects.json', 'findings.jsonl', 'run.json', 'scenarios.jsonl'];
  return [w.reports(dir), ...files.filter((f) => existsSync(path.join(dir, f))).map((f) => `  ${path.join(dir, f)}`)];
}

/**
 * `payproof runs show <run-id>`: one run as GET /api/runs/:id gives it (the same service
 * method): its status, each supplier's progress and what it misses, the deadline and who set
 * it, what to do next (the awaiting text `evaluate` prints), the reports once finished.
 */
export const runsShowCommand: CommandSpec<ShowFlags> = {
  arguments: '<run-id>',
  flags: [JSON_FLAG, REPORTS_FLAG, DB_FLAG, LANG_FLAG],
  async run([runId], flags) {
    const lang = auditLang(flags.lang);
    const { run, first } = await withAudit(flags.db, async (app) => {
      const service = app.get(EvaluationService);
      const found = await readRun(service, runId, { lang, db: flags.db });
      return { run: found, first: flags.json ? [] : await firstMissing(service, found, FIRST_MISSING) };
    });
    if (flags.json) return void process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    const w = RUNS_WORDS[lang];
    const lines = runLines(run, lang);
    if (run.status === 'awaiting-supplier')
      lines.push(
        '',
        awaitingText(run, first, lang, (iso) => when(lang, iso)),
        ...setByLine(run, lang),
        w.list(run.id),
      );
    if (run.status === 'interrupted') lines.push('', w.resume(run.id));
    if (run.status === 'running') lines.push('', w.running(run.id));
    if (run.status === 'finished')
      lines.push('', ...reportLines(run, flags.reports ?? loadConfig(process.env).reportsDir, lang));
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
