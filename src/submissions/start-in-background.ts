import type { EvaluationService } from '../evaluation/evaluation.service';
import type { EvaluateOptions, RunView } from '../evaluation/evaluation.types';

/**
 * Runs started over HTTP go on in the background. EvaluationService.start resolves only at
 * the end of a run, so this resolves as soon as the run is stored; an error before the run
 * exists (bad input) rejects, one after is recorded on the run by the service and passed to
 * `onLateError`. Shutdown waits for the runs still going (`settled`), so none is cut off with
 * its database closed under it.
 */
export class BackgroundRuns {
  private readonly running = new Set<Promise<unknown>>();

  constructor(
    private readonly evaluation: EvaluationService,
    private readonly onLateError: (err: unknown) => void,
  ) {}

  start(options: EvaluateOptions): Promise<RunView> {
    return new Promise((resolve, reject) => {
      let started = false;
      const whole = this.evaluation
        .start(options, (event) => {
          if (event.type !== 'started' || started) return;
          started = true;
          this.evaluation.get(event.runId).then(resolve, reject);
        })
        .catch((err: unknown) =>
          started ? this.onLateError(err) : reject(err instanceof Error ? err : new Error(String(err))),
        );
      this.running.add(whole);
      void whole.finally(() => this.running.delete(whole));
    });
  }

  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}
