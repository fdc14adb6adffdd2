import { NestFactory } from '@nestjs/core';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../common/config';
import { parseTolerancePolicyText } from '../../domain/checks/parse-tolerance-policy';
import type { TolerancePolicy } from '../../domain/checks/tolerance-policy';
import { invalidInput } from '../../domain/errors';
import { EvaluationModule } from '../../evaluation/evaluation.module';
import { EvaluationService } from '../../evaluation/evaluation.service';
import { ReportWriter } from '../../reports/report-writer.service';
import { terminalReport } from '../../reports/terminal-report';
import type { CommandSpec } from '../command-spec';
import type { FlagSpec } from '../declare-options';
import { progressBar } from './progress-bar';

export interface EvaluateFlags {
  scenarios?: string;
  vendors?: string;
  out?: string;
  db?: string;
  policy?: string;
}

async function readPolicy(file: string | undefined): Promise<TolerancePolicy | undefined> {
  if (file === undefined) return undefined;
  const text = await fs.readFile(file, 'utf8').catch(() => {
    throw invalidInput(`--policy: cannot read ${file}`);
  });
  const parsed = parseTolerancePolicyText(text);
  if (!parsed.ok) throw invalidInput(`--policy ${file}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}

/** How a path prints: relative to where the user is, when it is below it. */
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}

export const EVALUATE_FLAGS: readonly FlagSpec[] = [
  { flags: '--scenarios <path>', description: 'scenario file or folder (default: the bundled test-payrolls/)' },
  {
    flags: '--vendors <ids>',
    description: 'suppliers to evaluate, e.g. acme,globex (default: every bundled supplier)',
  },
  { flags: '--out <dir>', description: 'where reports/<run-id>/ goes (default: PAYPROOF_REPORTS, else ./reports)' },
  {
    flags: '--db <file>',
    description: 'SQLite file for runs and findings (default: PAYPROOF_DB, else data/payproof.sqlite)',
  },
  { flags: '--policy <file>', description: 'tolerance policy JSON (default: every line exact to the cent)' },
];

/**
 * `payproof evaluate`: every scenario through every supplier and the reference; prints the
 * side-by-side table and writes reports/<run-id>/. Exit 0 when the run completed: findings
 * are results, not errors.
 */
export const evaluateCommand: CommandSpec<EvaluateFlags> = {
  flags: EVALUATE_FLAGS,
  async run(_params, flags) {
    const policy = await readPolicy(flags.policy);
    // --db wins over PAYPROOF_DB; the evaluation module reads its configuration when it starts, just below.
    if (flags.db !== undefined) process.env.PAYPROOF_DB = flags.db;
    const config = loadConfig(process.env);
    const app = await NestFactory.createApplicationContext(EvaluationModule, { logger: ['error'] });
    const progress = progressBar();
    try {
      const service = app.get(EvaluationService);
      const run = await service.start(
        { scenarios: flags.scenarios, vendors: flags.vendors, policy },
        progress.listener,
      );
      progress.stop();
      const report = await new ReportWriter().write(
        run,
        await service.findings(run.id),
        flags.out ?? config.reportsDir,
      );
      process.stdout.write(
        `\n${terminalReport(run)}\nReport: ${shown(report.files.html)}\n  also ${shown(report.files.csv)} and ${shown(report.files.json)}; stored in ${shown(path.resolve(config.databaseFile))}\n`,
      );
    } finally {
      progress.stop();
      await app.close();
    }
  },
};
