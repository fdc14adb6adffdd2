import { NestFactory } from '@nestjs/core';
import { userInfo } from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '../../common/config';
import { describeDatabase, isPostgresUrl } from '../../common/database-target';
import { invalidInput } from '../../domain/errors';
import { EvaluationModule } from '../../evaluation/evaluation.module';
import { EvaluationService, type EvaluatedRun } from '../../evaluation/evaluation.service';
import { RunDeadlines } from '../../evaluation/run-deadlines.service';
import { EXIT } from '../exit-codes';
import { awaitingText, FIRST_MISSING, partialReports } from './awaiting-text';
import { PilotEvaluationModule } from '../../pilots/pilots.module';
import { PilotService } from '../../pilots/pilot.service';
import { terminalReport } from '../../reports/terminal-report';
import type { CommandSpec } from '../command-spec';
import { readPolicyFlag } from '../policy-flag';
import {
  checkDatabasePath,
  checkReportsPath,
  EVALUATE_FLAGS,
  reportLocale,
  share,
  wholeNumber,
  type EvaluateFlags,
} from './evaluate-flags';
import { progressBar } from './progress-bar';

export type { EvaluateFlags } from './evaluate-flags';
export { EVALUATE_FLAGS } from './evaluate-flags';

/** How a path prints: relative to where the user is, when it is below it. */
/** Who is at the terminal, recorded with a deadline they set (as `exchange import` records its --by). */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

/**
 * `payproof evaluate`: every scenario through every supplier and the reference; prints the
 * side-by-side table and writes reports/<run-id>/. Exit 0 when the run completed: findings
 * are results, not errors. `--resume <run-id>` finishes an interrupted run. Ctrl-C (or
 * SIGTERM) marks the run interrupted, to be resumed. A run that waits for an exchange
 * supplier's answers says what is missing and exits EXIT.awaiting (issue 16, item 3).
 */
export const evaluateCommand: CommandSpec<EvaluateFlags> = {
  flags: EVALUATE_FLAGS,
  async run(_params, flags) {
    const policy = await readPolicyFlag(flags.policy);
    const workers = wholeNumber('--workers', flags.workers, 0);
    const chunkSize = wholeNumber('--chunk-size', flags.chunkSize, 1);
    const sameAnswerRate = share('--same-answer-rate', flags.sameAnswerRate);
    const locale = reportLocale(flags, process.env);
    if (
      flags.resume !== undefined &&
      (flags.scenarios ?? flags.vendors ?? flags.vendorsDir ?? flags.policy) !== undefined
    )
      throw invalidInput(
        '--resume: a resumed run keeps its own scenarios, suppliers and policy; leave those flags out',
      );
    // --db wins over PAYPROOF_DB; the evaluation module reads its configuration when it starts, just below.
    if (flags.db !== undefined) process.env.PAYPROOF_DB = flags.db;
    if (flags.queue !== undefined) process.env.PAYPROOF_QUEUE = flags.queue;
    const config = loadConfig(process.env);
    checkDatabasePath(flags.db !== undefined ? '--db' : 'PAYPROOF_DB', config.databaseFile);
    const reportsDir = flags.out ?? config.reportsDir;
    checkReportsPath(flags.out !== undefined ? '--out' : 'PAYPROOF_REPORTS', reportsDir);
    const app = await NestFactory.createApplicationContext(
      flags.pilot !== undefined ? PilotEvaluationModule : EvaluationModule,
      { logger: ['error'] },
    );
    const service = app.get(EvaluationService);
    // --pilot: the pilot must exist before anything runs; the finished run becomes its next round (docs/pilots.md).
    const pilots = flags.pilot !== undefined ? app.get(PilotService) : undefined;
    const progress = progressBar(process.stderr, locale.lang);
    const onSignal = (signal: NodeJS.Signals) => {
      progress.stop();
      process.stderr.write(
        `\npayproof: ${signal}: the run is interrupted; finish it with payproof evaluate --resume <run-id>\n`,
      );
      void service.interruptMine(`interrupted by ${signal}`).finally(() => process.exit(130));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      if (pilots) await pilots.expect(flags.pilot!);
      if (flags.resume !== undefined && flags.supplierDeadline !== undefined)
        await app.get(RunDeadlines).set(flags.resume, flags.supplierDeadline, osUser(), '--supplier-deadline');
      const run: EvaluatedRun =
        flags.resume !== undefined
          ? await service.resume(flags.resume, { workers, reportsDir, reportLocale: locale }, progress.listener)
          : await service.start(
              {
                scenarios: flags.scenarios,
                vendors: flags.vendors,
                ...(flags.vendorsDir !== undefined && { vendorsRoot: flags.vendorsDir }),
                policy,
                ...(flags.policy !== undefined && { policySource: `--policy ${flags.policy}` }),
                workers,
                chunkSize,
                sameAnswerRate,
                reportsDir,
                reportLocale: locale,
                ...(flags.supplierDeadline !== undefined && {
                  supplierDeadline: flags.supplierDeadline,
                  deadlineField: '--supplier-deadline',
                }),
                startedBy: osUser(),
              },
              progress.listener,
            );
      progress.stop();
      if (run.status === 'awaiting-supplier') {
        const first = [];
        for (const supplier of Object.keys(run.missing))
          first.push(...(await service.missing(run.id, { supplier, limit: FIRST_MISSING })).items);
        const html = run.report ? `\n${partialReports(locale.lang)} ${shown(run.report.files.html)}` : '';
        process.stdout.write(`\n${awaitingText(run, first, locale.lang)}${html}\n`);
        if (pilots)
          process.stdout.write(
            `Pilot ${flags.pilot}: the round is recorded once the run finishes (payproof evaluate --resume ${run.id} --pilot ${flags.pilot})\n`,
          );
        return EXIT.awaiting;
      }
      const files = run.report!.files;
      const stored = isPostgresUrl(config.databaseFile)
        ? describeDatabase(config.databaseFile)
        : shown(path.resolve(config.databaseFile));
      const [html, csv, defects, findings, json] = [
        files.html,
        files.csv,
        files.defects,
        files.findings,
        files.json,
      ].map(shown);
      const where =
        locale.lang === 'fr'
          ? `Rapport : ${html}\n  aussi ${csv}, ${defects}, ${findings} et ${json}; enregistré dans ${stored}`
          : `Report: ${html}\n  also ${csv}, ${defects}, ${findings} and ${json}; stored in ${stored}`;
      process.stdout.write(`\n${terminalReport(run, await service.defects(run.id), locale.lang)}\n${where}\n`);
      if (pilots) {
        const recorded = await pilots.recordRound(flags.pilot!, run.id);
        process.stdout.write(
          `Pilot ${recorded.pilot}: round ${recorded.round} (payproof pilot show ${recorded.pilot})\n`,
        );
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      progress.stop();
      await app.close();
    }
  },
};
