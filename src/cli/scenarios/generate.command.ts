import { Presets, SingleBar } from 'cli-progress';
import * as path from 'node:path';
import { PopulationGenerator, type PopulationSummary } from '../../scenarios/generate/population-generator.service';
import { kindWords, mixSummary } from '../../scenarios/generate/population-mix';
import type { CommandSpec } from '../command-spec';
import { count } from '../text-table';
import { GENERATE_FLAGS, GenerateFlags, generateInputFromFlags, replayCommand } from './generate-flags';

/** Below this many employees the run takes a few seconds: no progress is printed. */
const PROGRESS_FROM = 10_000;

/** Progress on standard error: a bar on a terminal, plain lines every few seconds otherwise. */
function progressBar(total: number): { update: (done: number) => void; stop: () => void } {
  const bar = new SingleBar(
    {
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: false,
      format: 'employees {bar} {value}/{total} | {eta_formatted} left',
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

/** Lines of at most 80 characters, as commander wraps its own help. */
const wrap = (text: string) => text.replace(/(.{1,79})(?: +|$)/g, '$1\n').trimEnd();

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)} %`;

function summaryText(s: PopulationSummary, replay: string): string {
  const where = path.relative(process.cwd(), path.dirname(s.files[0])) || '.';
  const events = Object.entries(s.eventsByKind)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, n]) => `${kindWords(kind)} ${n}`)
    .join(', ');
  return [
    `wrote ${count(s.scenarios, 'scenario')} (${s.firstId} to ${s.lastId}) in ${count(s.files.length, 'file')} to ${where}: ${(s.bytes / 1e6).toFixed(1)} MB`,
    `paydays ${s.payRuns.from} to ${s.payRuns.to}: ${s.payRuns.paydays} per employee, ${s.scenarios * s.payRuns.paydays} employee-pay-periods`,
    `regular pay only: ${s.plain} (${percent(s.plain, s.scenarios)}); hired during the years: ${s.hired}; with an event entered late: ${s.withLateEntry}`,
    `events: ${events || 'none'}`,
    `replay: ${replay}`,
    '',
  ].join('\n');
}

/** `payproof scenarios generate --employees N --seed S --year Y --out DIR`: a population for benchmarks and demos. */
export const scenariosGenerateCommand: CommandSpec<GenerateFlags> = {
  flags: GENERATE_FLAGS,
  help: wrap(
    'One scenario per employee, paid on every payday of --year, a few thousand per file; every file passes ' +
      '`payproof scenarios validate` and the reference pays every scenario. The mix (a choice for load tests, ' +
      `not a census): ${mixSummary()}.`,
  ),
  async run(_params, flags) {
    const input = generateInputFromFlags(flags);
    const progress = input.employees >= PROGRESS_FROM ? progressBar(input.employees) : undefined;
    try {
      const summary = await new PopulationGenerator().generate({
        ...input,
        onProgress: (done) => progress?.update(done),
      });
      progress?.stop();
      process.stdout.write(summaryText(summary, replayCommand(input)));
    } finally {
      progress?.stop();
    }
  },
};
