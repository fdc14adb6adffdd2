import { Injectable } from '@nestjs/common';
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Piscina } from 'piscina';
import { judgeTask } from './judge-task';
import { referenceTask } from './reference-task';
import type { JudgeOutcome, JudgeTask, ReferenceOutcome, ReferenceTask } from './tasks.types';

/**
 * Where the reference and the checks run: a pool of worker threads (one per core by default),
 * or this thread. The port the evaluation service uses; tests may pass a fake.
 */
export abstract class TaskPool {
  /** Worker threads (0: this thread). */
  abstract readonly threads: number;
  abstract reference(task: ReferenceTask): Promise<ReferenceOutcome[]>;
  abstract judge(task: JudgeTask): Promise<JudgeOutcome>;
  abstract close(): Promise<void>;
}

/** The same functions on the calling thread: for one core, and for tests run from TypeScript sources. */
export class InlineTaskPool extends TaskPool {
  readonly threads = 0;

  async reference(task: ReferenceTask): Promise<ReferenceOutcome[]> {
    return referenceTask(task);
  }

  async judge(task: JudgeTask): Promise<JudgeOutcome> {
    return judgeTask(task);
  }

  async close(): Promise<void> {}
}

/** Old-generation heap per worker thread, in MB: ample for a chunk of 100 employees (about 50 MB). */
export const WORKER_HEAP_MB = 256;

/** piscina: a well-kept pool of worker threads running task-worker.js (CommonJS). */
export class WorkerTaskPool extends TaskPool {
  private readonly pool: Piscina;

  constructor(
    readonly threads: number,
    filename: string,
  ) {
    super();
    this.pool = new Piscina({
      filename,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      // A worker holds one chunk at a time: a small heap limit makes V8 collect early instead of
      // growing the process's memory lazily (the run's memory must not depend on the population).
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
  }

  reference(task: ReferenceTask): Promise<ReferenceOutcome[]> {
    return this.pool.run(task, { name: 'reference' }) as Promise<ReferenceOutcome[]>;
  }

  judge(task: JudgeTask): Promise<JudgeOutcome> {
    return this.pool.run(task, { name: 'judge' }) as Promise<JudgeOutcome>;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** One worker per core the machine offers (os.availableParallelism). */
export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * `workers` threads (default one per core), or this thread when asked for 0, or when running
 * from the TypeScript sources (ts-jest), where no compiled worker file exists to load.
 */
export function createTaskPool(workers = defaultWorkers()): TaskPool {
  const compiled = path.join(__dirname, 'task-worker.js');
  if (workers <= 0 || !existsSync(compiled)) return new InlineTaskPool();
  return new WorkerTaskPool(workers, compiled);
}

/** Makes the task pool of a run (a port: tests can count or fake the threads). */
export abstract class TaskPools {
  abstract create(workers?: number): TaskPool;
}

@Injectable()
export class DefaultTaskPools extends TaskPools {
  create(workers?: number): TaskPool {
    return createTaskPool(workers);
  }
}
