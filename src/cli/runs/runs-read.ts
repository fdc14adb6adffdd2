import { PayproofError } from '../../domain/errors';
import type { EvaluationService } from '../../evaluation/evaluation.service';
import type { MissingView, RunView } from '../../evaluation/evaluation.types';
import { describeDatabase } from '../../common/database-target';
import { loadConfig } from '../../common/config';
import type { Lang } from '../../submissions/reader-text';
import { refuse } from './runs-flags';

/** The database as messages name it (--db, else PAYPROOF_DB, else the default file). */
export const databaseNamed = (db: string | undefined) => describeDatabase(db ?? loadConfig(process.env).databaseFile);

/** A run by its id, as GET /api/runs/:id reads it; an unknown id is named in the reader's language, with where to find the ids. */
export async function readRun(
  service: EvaluationService,
  runId: string,
  o: { lang: Lang; db: string | undefined },
): Promise<RunView> {
  try {
    return await service.get(runId);
  } catch (err) {
    if (!(err instanceof PayproofError) || err.code !== 'NOT_FOUND') throw err;
    const where = databaseNamed(o.db);
    throw refuse(
      o.lang,
      {
        en: `no evaluation run "${runId}" in ${where}; expected a run id as payproof runs list shows them`,
        fr: `aucune évaluation « ${runId} » dans ${where}; attendu un identifiant d’évaluation comme payproof runs list les affiche`,
      },
      'NOT_FOUND',
    );
  }
}

/** The first `n` missing employees of each supplier an awaiting run waits for (none for any other run). */
export async function firstMissing(service: EvaluationService, run: RunView, n: number): Promise<MissingView[]> {
  const first: MissingView[] = [];
  for (const supplier of Object.keys(run.missing))
    first.push(...(await service.missing(run.id, { supplier, limit: n })).items);
  return first;
}
