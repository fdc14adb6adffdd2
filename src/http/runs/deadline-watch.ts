import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { RunDeadlines, type OverdueSweep } from '../../evaluation/run-deadlines.service';

/**
 * Runs that wait for an exchange supplier may not wait past their deadline (issue 16, item
 * 3): `serve` finishes them without a person doing it, by the same service method as
 * `evaluate --resume`. A sweep at start-up, then a timer for the nearest deadline; the timer
 * also looks again every LOOK_AGAIN_MS, so a run that starts waiting later (an evaluate in
 * another process) is not missed.
 */
const LOOK_AGAIN_MS = 5 * 60_000;

@Injectable()
export class DeadlineWatch implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('deadlines');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<OverdueSweep>;
  private closed = false;

  constructor(
    private readonly deadlines: RunDeadlines,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
  }

  onModuleDestroy(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  /** Finishes every overdue run (one sweep at a time), then sets the timer again. */
  async sweep(): Promise<OverdueSweep> {
    this.sweeping ??= this.deadlines.finishOverdue().finally(() => (this.sweeping = undefined));
    const done = await this.sweeping;
    for (const run of done.finished) this.logger.log(`run ${run.id} finished at its supplier deadline`);
    for (const f of done.failed) this.logger.error(`run ${f.runId} could not finish at its deadline: ${f.error}`);
    await this.arm();
    return done;
  }

  /** The timer for the nearest deadline (a deadline was set or moved: call again). */
  async arm(): Promise<void> {
    clearTimeout(this.timer);
    if (this.closed) return;
    const next = await this.deadlines.nextDeadline().catch(() => undefined);
    const until = next === undefined ? LOOK_AGAIN_MS : Date.parse(next) - Date.parse(this.clock.nowIso());
    this.timer = setTimeout(
      () => void this.sweep().catch(() => undefined),
      Math.max(0, Math.min(until, LOOK_AGAIN_MS)),
    );
    this.timer.unref();
  }
}
