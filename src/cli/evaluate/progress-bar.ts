import { Presets, SingleBar } from 'cli-progress';
import type { ProgressEvent, ProgressListener } from '../../evaluation/evaluation.types';

/**
 * The evaluation's progress on standard error (standard output keeps the table): a live bar
 * on a terminal, plain lines every few seconds otherwise (CI), via cli-progress noTTYOutput.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  listener: ProgressListener;
  stop: () => void;
} {
  const bar = new SingleBar(
    {
      format: 'evaluating [{bar}] {value}/{total} scenario-supplier pairs | {vendor}',
      stream,
      noTTYOutput: true,
      notTTYSchedule: 2000,
      hideCursor: stream.isTTY === true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  let running = false;
  const listener = (e: ProgressEvent): void => {
    if (e.type === 'started') {
      bar.start(e.total, 0, { vendor: '' });
      running = true;
    } else if (e.type === 'advanced') bar.update(e.done, { vendor: e.vendorId });
    else if (running) {
      bar.stop();
      running = false;
    }
  };
  return { listener, stop: () => running && bar.stop() };
}
