import { Presets, SingleBar } from 'cli-progress';
import * as path from 'node:path';
import { PopulationGenerator, type PopulationSummary } from '../../scenarios/generate/population-generator.service';
import { kindWords, mixSummary, POPULATION_MIX } from '../../scenarios/generate/population-mix';
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

/** Event kinds as `--help` names them in French (bilingualism allowance: the only allowance generated). */
const KIND_FR: Record<string, string> = {
  overtime: 'heures supplémentaires',
  acting: 'intérim',
  stepIncrement: 'augmentation d’échelon',
  allowance: 'prime au bilinguisme',
  leaveWithoutPay: 'congé non payé',
  termination: 'cessation d’emploi',
  rateRevision: 'révision des taux (hypothétique, rétroactive)',
  td1Change: 'changement de TD1',
  transfer: 'mutation',
};

/** The mix of population-mix.ts in French (mixSummary() says it in English). */
function mixSummaryFr(): string {
  const m = POPULATION_MIX;
  const kinds = Object.entries(m.eventKinds)
    .map(([k, w]) => `${KIND_FR[k] ?? k} ${w}`)
    .join(', ');
  const counts = Object.entries(m.eventCount)
    .map(([n, w]) => `${n} : ${w} %`)
    .join(', ');
  return (
    `un poste de l’échelle de rémunération PA (chaque classification et échelon également probables); ` +
    `Ontario ${m.province.ON} %, Québec ${m.province.QC} %; ${m.hired} % embauchés pendant les années générées; ` +
    `${m.withEvents} % avec des événements RH (événements chacun : ${counts}), les autres rémunération régulière seulement; ` +
    `types d’événements par poids : ${kinds}; ${m.lateEntries} % des événements saisis en retard (3 à 17 semaines après leur prise d’effet); ` +
    `${m.partTime} % à temps partiel; PSSA-1 ${m.pssa1} %, PSSA-2 les autres; code de demande TD1 0 ${m.claimCode0} %, 1 les autres; ` +
    `aucune cotisation syndicale ${m.noUnionDues} %, de 25,00 à 40,00 par paye à titre d’illustration pour les autres`
  );
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
  helpFr: wrap(
    'Un scénario par employé, payé à chaque jour de paye de --year, quelques milliers par fichier; chaque fichier ' +
      'passe `payproof scenarios validate` et la référence paye chaque scénario. La composition (un choix pour les ' +
      `essais de charge, pas un recensement) : ${mixSummaryFr()}.`,
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
