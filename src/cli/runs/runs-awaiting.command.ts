import { deadlinePassed, parseDeadline } from '../../evaluation/deadline';
import { EvaluationService } from '../../evaluation/evaluation.service';
import type { RunView } from '../../evaluation/evaluation.types';
import { RunDeadlines } from '../../evaluation/run-deadlines.service';
import { day, type Lang } from '../../submissions/reader-text';
import { auditLang, DB_FLAG, LANG_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';
import { textTable } from '../text-table';
import { countFlag, DEADLINE_FLAGS, JSON_FLAG, PAGE_FLAG, PAGE_SIZE, refuse, SUPPLIER_FLAG } from './runs-flags';
import { readRun } from './runs-read';
import { AWAITING_WORDS, DEADLINE_ERRORS } from './awaiting-words';
import { when } from './runs-text';

interface MissingFlags {
  db?: string;
  lang?: string;
  json?: boolean;
  supplier?: string;
  page?: string;
}

/** `--supplier` must be one of the run's suppliers: a typo would otherwise read as "nothing missing". */
function checkSupplier(lang: Lang, run: RunView, supplier: string | undefined): void {
  if (supplier === undefined || run.pins.vendors.some((v) => v.id === supplier)) return;
  const known = run.pins.vendors.map((v) => v.id).join(', ');
  throw refuse(lang, {
    en: `--supplier: run ${run.id} has no supplier "${supplier}"; expected one of ${known}`,
    fr: `--supplier : l’évaluation ${run.id} n’a pas de fournisseur « ${supplier} »; attendu l’un de ${known}`,
  });
}

/**
 * `payproof runs missing <run-id>`: what an awaiting run misses, one employee of one supplier
 * a row with its pay runs, a page of PAGE_SIZE at a time, as GET /api/runs/:id/missing gives it.
 */
export const runsMissingCommand: CommandSpec<MissingFlags> = {
  arguments: '<run-id>',
  flags: [SUPPLIER_FLAG, PAGE_FLAG, JSON_FLAG, DB_FLAG, LANG_FLAG],
  async run([runId], flags) {
    const lang = auditLang(flags.lang);
    const page = countFlag(lang, '--page', flags.page) ?? 1;
    const { run, missing } = await withAudit(flags.db, async (app) => {
      const service = app.get(EvaluationService);
      const found = await readRun(service, runId, { lang, db: flags.db });
      checkSupplier(lang, found, flags.supplier);
      const offset = (page - 1) * PAGE_SIZE;
      const supplier = flags.supplier !== undefined ? { supplier: flags.supplier } : {};
      return { run: found, missing: await service.missing(runId, { ...supplier, offset, limit: PAGE_SIZE }) };
    });
    const w = AWAITING_WORDS[lang];
    const pages = Math.max(1, Math.ceil(missing.total / PAGE_SIZE));
    if (page > pages)
      throw refuse(lang, {
        en: `--page: expected 1 to ${pages} (${missing.total} missing, ${PAGE_SIZE} a page); found ${page}`,
        fr: `--page : attendu de 1 à ${pages} (${missing.total} manquants, ${PAGE_SIZE} par page); reçu ${page}`,
      });
    if (flags.json) return void process.stdout.write(`${JSON.stringify(missing, null, 2)}\n`);
    if (missing.total === 0) return void process.stdout.write(`${w.nothing(run.id, run.status)}\n`);
    const rows = missing.items.map((m) => [
      m.vendorId,
      m.scenarioId,
      String(m.paydays.length),
      m.paydays.length > 0 ? day(lang, m.paydays[0]) : '',
      m.paydays.length > 0 ? day(lang, m.paydays[m.paydays.length - 1]) : '',
    ]);
    const lines = [w.head(run.id, missing.total, { page, pages }), textTable([...w.columns], rows, new Set([2]))];
    if (page < pages)
      lines.push(
        w.next(
          `payproof runs missing ${run.id}${flags.supplier ? ` --supplier ${flags.supplier}` : ''} --page ${page + 1}`,
        ),
      );
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};

interface DeadlineFlags {
  db?: string;
  lang?: string;
  json?: boolean;
  at?: string;
  by?: string;
  clear?: boolean;
}

/** --at, --by and --clear checked before the store is opened: what was given and what was expected. */
function deadlineAsked(lang: Lang, flags: DeadlineFlags): { at: string | null; by: string } {
  const w = DEADLINE_ERRORS;
  const by = flags.by?.trim() ?? '';
  if (by === '') throw refuse(lang, w.by(flags.by));
  if (flags.at !== undefined && flags.clear) throw refuse(lang, w.both(flags.at));
  if (flags.at === undefined && !flags.clear) throw refuse(lang, w.at());
  if (flags.at === undefined) return { at: null, by };
  try {
    return { at: parseDeadline(flags.at, '--at'), by };
  } catch {
    throw refuse(lang, w.badAt(flags.at));
  }
}

/** Who may be given a deadline: a run with an exchange supplier that has not finished (RunDeadlines.set checks it too). */
function checkDeadlineRun(lang: Lang, run: RunView): void {
  const w = DEADLINE_ERRORS;
  if (!run.pins.vendors.some((v) => v.transport === 'exchange'))
    throw refuse(lang, w.noExchange(run.id, run.pins.vendors.map((v) => `${v.id}: ${v.transport}`).join(', ')));
  if (run.status === 'finished')
    throw refuse(lang, w.finished(run.id, run.finishedAt ? when(lang, run.finishedAt) : ''), 'CONFLICT');
}

/**
 * `payproof runs deadline <run-id> --at <date-time> --by <who>`: sets (or --clear removes) the
 * supplier deadline as PATCH /api/runs/:id/deadline does, through the same service, which
 * stores who and when. Over HTTP the procurement role is the authority; here it is access to
 * the database, and --by names the person.
 */
export const runsDeadlineCommand: CommandSpec<DeadlineFlags> = {
  arguments: '<run-id>',
  flags: [...DEADLINE_FLAGS, JSON_FLAG, DB_FLAG, LANG_FLAG],
  async run([runId], flags) {
    const lang = auditLang(flags.lang);
    const asked = deadlineAsked(lang, flags);
    const run = await withAudit(flags.db, async (app) => {
      checkDeadlineRun(lang, await readRun(app.get(EvaluationService), runId, { lang, db: flags.db }));
      return app.get(RunDeadlines).set(runId, asked.at, asked.by, '--at');
    });
    if (flags.json) return void process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    const w = AWAITING_WORDS[lang];
    const set = run.deadlineSet!;
    const lines = [
      run.supplierDeadline === null
        ? w.cleared(run.id)
        : w.set(run.id, when(lang, run.supplierDeadline), run.supplierDeadline),
      w.setBy(set.by, when(lang, set.at)),
    ];
    if (run.status === 'awaiting-supplier' && deadlinePassed(run.supplierDeadline, set.at))
      lines.push(w.passed(run.id));
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
