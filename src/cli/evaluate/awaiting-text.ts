import type { MissingView, RunView } from '../../evaluation/evaluation.types';
import { day, moment, type Lang } from '../../submissions/reader-text';

/** The first missing employees shown with an awaiting run (the rest: GET /api/runs/:id/missing). */
export const FIRST_MISSING = 3;

const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

const WORDS = {
  en: {
    head: (id: string) => `Run ${id} is awaiting a supplier: some exchange answers are missing.`,
    counts: (vendor: string, employees: number, payRuns: number) =>
      `  ${vendor}: ${employees} employee(s), ${payRuns} pay run(s) with no register yet`,
    first: 'first:',
    payRuns: (n: number, from: string) => `${n} pay run(s) from ${from}`,
    deadline: (d: string) => `Deadline: ${d}. After it, the missing answers count as missed pays.`,
    none: (id: string) =>
      `No deadline is set: the run waits until procurement sets one (payproof evaluate --resume ${id} --supplier-deadline <date-time>, or PATCH /api/runs/${id}/deadline).`,
    folder: '<folder|zip>',
    next: (vendors: string, id: string) => `Continue: ${vendors}, then payproof evaluate --resume ${id}`,
    reports: 'Reports (partial):',
  },
  fr: {
    head: (id: string) => `L’évaluation ${id} attend un fournisseur : des réponses par échange manquent.`,
    counts: (vendor: string, employees: number, payRuns: number) =>
      `  ${vendor} : ${employees} employé(s), ${payRuns} cycle(s) de paye sans registre pour l’instant`,
    first: 'premiers :',
    payRuns: (n: number, from: string) => `${n} cycle(s) de paye à partir du ${from}`,
    // In French form ("31 déc. 2099, 22 h 00 UTC"); a door that has written it in its own form already keeps that.
    deadline: (d: string) =>
      `Échéance : ${ISO_MOMENT.test(d) ? moment('fr', d) : d}. Après elle, les réponses manquantes comptent comme des payes manquées.`,
    none: (id: string) =>
      `Aucune échéance : l’évaluation attend que l’approvisionnement en fixe une (payproof evaluate --resume ${id} --supplier-deadline <date-heure>, ou PATCH /api/runs/${id}/deadline).`,
    folder: '<dossier|zip>',
    next: (vendors: string, id: string) => `Pour continuer : ${vendors}, puis payproof evaluate --resume ${id}`,
    reports: 'Rapports (partiels) :',
  },
};

/**
 * What an awaiting run misses, its deadline and the commands to continue, for the terminal.
 * `when` writes the deadline (default: as stored, ISO 8601; `payproof runs show` reads it out).
 */
export function awaitingText(
  run: RunView,
  first: readonly MissingView[],
  lang: Lang,
  when: (iso: string) => string = (iso) => iso,
): string {
  const w = WORDS[lang];
  const lines = [w.head(run.id)];
  for (const [vendor, count] of Object.entries(run.missing)) {
    lines.push(w.counts(vendor, count.employees, count.payRuns));
    const some = first
      .filter((m) => m.vendorId === vendor)
      .map((m) =>
        m.paydays.length > 0
          ? `${m.scenarioId} (${w.payRuns(m.paydays.length, day(lang, m.paydays[0]))})`
          : m.scenarioId,
      );
    if (some.length > 0) lines.push(`    ${w.first} ${some.join('; ')}${count.employees > some.length ? '; …' : ''}`);
  }
  lines.push(run.supplierDeadline !== null ? w.deadline(when(run.supplierDeadline)) : w.none(run.id));
  const imports = Object.keys(run.missing)
    .map((v) => `payproof exchange import --vendor ${v} ${w.folder}`)
    .join(', ');
  lines.push(w.next(imports, run.id));
  return lines.join('\n');
}

export const partialReports = (lang: Lang) => WORDS[lang].reports;
