import { Presets, SingleBar } from 'cli-progress';
import * as path from 'node:path';
import type { FuzzProgress } from '../../fuzz/fuzz-runner';
import { fuzzReportJson, fuzzSummary } from '../../fuzz/fuzz-summary';
import { FuzzService } from '../../fuzz/fuzz.service';
import type { CommandSpec } from '../command-spec';
import { readPolicyFlag } from '../policy-flag';
import { EXIT } from '../exit-codes';
import { FUZZ_FLAGS, FuzzFlags, fuzzInputFromFlags } from './fuzz-flags';

const PHASES: Record<FuzzProgress['phase'], string> = { run: 'scenarios', shrink: 'shrinking' };

/**
 * Progress on standard error: a bar on a terminal, plain lines otherwise (cli-progress
 * noTTYOutput), so CI logs show it and standard output keeps only the results.
 */
function progressReporter(): { update: (p: FuzzProgress) => void; stop: () => void } {
  let bar: SingleBar | undefined;
  let phase: FuzzProgress['phase'] | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    update(p) {
      if (p.phase !== phase) {
        stop();
        phase = p.phase;
        bar = new SingleBar(
          {
            stream: process.stderr,
            noTTYOutput: true,
            notTTYSchedule: 2000,
            hideCursor: false,
            format: `${PHASES[p.phase]} {bar} {value}/{total} | distinct defects {defects}`,
          },
          Presets.shades_classic,
        );
        bar.start(p.total, 0, { defects: p.defects });
      }
      bar?.update(p.done, { defects: p.defects });
    },
    stop,
  };
}

/** `payproof fuzz --vendor <id> [--runs N] [--seed S]`: generated scenarios against one supplier. */
export const fuzzCommand: CommandSpec<FuzzFlags> = {
  flags: FUZZ_FLAGS,
  async run(_params, flags) {
    const input = fuzzInputFromFlags(flags);
    const policy = await readPolicyFlag(flags.policy);
    const replay = `payproof fuzz --vendor ${input.vendorId} --seed ${input.seed} --runs ${input.runs}`;
    if (!flags.json) process.stdout.write(`fuzzing ${input.vendorId} with seed ${input.seed} (replay: ${replay})\n`);
    else process.stderr.write(`fuzzing ${input.vendorId} with seed ${input.seed} (replay: ${replay})\n`);
    const progress = progressReporter();
    try {
      const out = input.out === undefined ? undefined : path.resolve(input.out);
      const { report, saved } = await new FuzzService().run({
        ...input,
        out,
        ...(policy && { policy }),
        onProgress: progress.update,
      });
      progress.stop();
      const shown = saved.map((s) => ({ ...s, file: path.relative(process.cwd(), s.file) || s.file }));
      process.stdout.write(
        flags.json ? `${JSON.stringify(fuzzReportJson(report, shown), null, 2)}\n` : `\n${fuzzSummary(report, shown)}`,
      );
      return report.defects.length > 0 || report.supplierErrors.length > 0 ? EXIT.findings : EXIT.ok;
    } finally {
      progress.stop();
    }
  },
};
