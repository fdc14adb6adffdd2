import { NestFactory } from '@nestjs/core';
import { loadConfig } from '../../common/config';
import { describeDatabase } from '../../common/database-target';
import { invalidInput } from '../../domain/errors';
import { ChunkWorkerService } from '../../distributed/chunk-worker.service';
import { DEFAULT_STALL_SECONDS, startQueueWorker } from '../../distributed/queue-worker';
import { describeRedis } from '../../distributed/redis';
import { WorkerModule } from '../../distributed/worker.module';
import type { CommandSpec } from '../command-spec';
import type { FlagSpec } from '../declare-options';
import { checkDatabasePath, wholeNumber } from '../evaluate/evaluate-flags';

export interface WorkerFlags {
  queue?: string;
  db?: string;
  vendorsDir?: string;
  workers?: string;
  concurrency?: string;
  stallSeconds?: string;
}

const FLAGS: readonly FlagSpec[] = [
  {
    flags: '--queue <url>',
    description: 'the Redis the runs queue their chunks in, redis://host:6379 (default: PAYPROOF_QUEUE)',
  },
  {
    flags: '--db <file|url>',
    description: "the runs' store, the same as the run's: postgres://… across machines (default: PAYPROOF_DB)",
  },
  {
    flags: '--vendors-dir <dir>',
    description: "the supplier plugs on this machine (default: the run's vendors folder, else the bundled vendors/)",
  },
  { flags: '--workers <n>', description: 'worker threads for the reference and the checks (default: one per core)' },
  { flags: '--concurrency <n>', description: 'chunks evaluated at once (default: twice the threads, plus one)' },
  {
    flags: '--stall-seconds <s>',
    description: `seconds a chunk may go without a sign of life from its worker before another takes it (default ${DEFAULT_STALL_SECONDS})`,
  },
];

const HELP = `A worker machine needs: the same payproof release as the runs (checked: a run started by
another release is refused), the suppliers' vendors folder with the same vendor.json files
(checked against the run's pins), the runs' store (PostgreSQL, or the same SQLite file on one
machine) and the queue's Redis. It needs no scenario catalogue: each chunk carries its
scenarios. Stop it with Ctrl-C or SIGTERM: it finishes the chunks in hand first. A worker
killed outright loses nothing: after --stall-seconds its chunks go to another worker.`;

/** `payproof worker`: takes chunks of evaluation runs from the queue until stopped. */
export const workerCommand: CommandSpec<WorkerFlags> = {
  flags: FLAGS,
  help: HELP,
  async run(_args, flags) {
    const threads = wholeNumber('--workers', flags.workers, 0);
    const concurrency = wholeNumber('--concurrency', flags.concurrency, 1);
    const stallSeconds = wholeNumber('--stall-seconds', flags.stallSeconds, 1);
    if (flags.queue !== undefined) process.env.PAYPROOF_QUEUE = flags.queue;
    if (flags.db !== undefined) process.env.PAYPROOF_DB = flags.db;
    const config = loadConfig(process.env);
    if (config.queueUrl === undefined)
      throw invalidInput(
        '--queue: expected the Redis URL to take chunks from, e.g. redis://127.0.0.1:6379 (or PAYPROOF_QUEUE)',
      );
    checkDatabasePath(flags.db !== undefined ? '--db' : 'PAYPROOF_DB', config.databaseFile);
    const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    const log = (line: string) => process.stderr.write(`payproof worker: ${line}\n`);
    try {
      const worker = await startQueueWorker(app.get(ChunkWorkerService), {
        queueUrl: config.queueUrl,
        threads,
        concurrency,
        stallSeconds,
        vendorsDir: flags.vendorsDir,
        log,
      });
      log(
        `taking chunks from ${describeRedis(config.queueUrl)} into ${describeDatabase(config.databaseFile)}; ${worker.threads} thread(s), up to ${worker.concurrency} chunk(s) at once; Ctrl-C stops after the chunks in hand`,
      );
      // Listeners stay while the chunks in hand finish: with none left, signal-exit (the
      // supplier process groups' clean-up) would end the process with the signal at once.
      let onSignal: (signal: NodeJS.Signals) => void = () => undefined;
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        onSignal = resolve;
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
      });
      log(`${signal}: finishing the chunks in hand`);
      try {
        await worker.close();
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    } finally {
      await app.close();
    }
  },
};
