import type { RunStatus } from '../../evaluation/ports/run-records';
import type { Lang } from '../../submissions/reader-text';

/** The statuses a run is stored with (run-records.ts), in the order `--status` names them. */
export const RUN_STATUSES: readonly RunStatus[] = ['running', 'interrupted', 'awaiting-supplier', 'finished', 'failed'];

const LOCALE: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

/** TZ as it is now (read at each call, so a test or a caller can set it), when Intl knows it; else the machine's zone. */
function zone(): { timeZone?: string } {
  const tz = process.env.TZ;
  if (!tz) return {};
  try {
    return { timeZone: new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone };
  } catch {
    return {};
  }
}

/**
 * A moment for a person to read: "December 31, 2099 at 5:00 p.m. EST" or "31 décembre 2099 à
 * 17 h 00 HNE", in the machine's time zone (TZ), always named so it is never ambiguous; `short`
 * for a table ("Dec. 31, 2099, 5:00 p.m. EST").
 */
export function when(lang: Lang, iso: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    ...zone(),
    year: 'numeric',
    month: style,
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** Every sentence the `runs` commands print, in English and French. */
export const RUNS_WORDS = {
  en: {
    status: {
      running: 'running',
      interrupted: 'interrupted',
      'awaiting-supplier': 'awaiting-supplier',
      finished: 'finished',
      failed: 'failed',
    } satisfies Record<RunStatus, string>,
    columns: ['run', 'status', 'started', 'finished', 'people', 'suppliers', 'partial'],
    yes: 'yes',
    no: 'no',
    noRuns: (where: string) => `No evaluation runs in ${where}.`,
    noneWith: (status: string, n: number) => `No run is ${status} (of ${n}).`,
    more: (shown: number, all: number) => `${shown} of ${all} runs shown; --limit shows more.`,
    run: (id: string) => `Run ${id}`,
    statusLine: (s: string) => `Status: ${s}`,
    started: (at: string) => `Started: ${at}`,
    finished: (at: string) => `Finished: ${at}`,
    error: (e: string) => `Error: ${e}`,
    suppliers: 'Suppliers (people done of the people in the run):',
    done: (done: number, total: number) => `${done} of ${total}`,
    missing: (employees: number, payRuns: number) =>
      `missing: ${employees} employee(s), ${payRuns} pay run(s) with no register yet`,
    deadline: (at: string) => `Supplier deadline: ${at}`,
    setBy: (by: string, at: string) => `The deadline was set by ${by} on ${at}.`,
    noDeadline: 'Supplier deadline: none set',
    list: (id: string) => `Every missing employee: payproof runs missing ${id}`,
    resume: (id: string) => `Continue: payproof evaluate --resume ${id}`,
    running: (id: string) => `It is running; follow it with payproof runs show ${id}`,
    reports: (dir: string) => `Reports: ${dir}`,
    noReports: (dir: string) =>
      `Reports: none in ${dir} (evaluate --out may have put them elsewhere: --reports <dir>; payproof export writes the evidence pack)`,
  },
  fr: {
    status: {
      running: 'en cours',
      interrupted: 'interrompue',
      'awaiting-supplier': 'en attente d’un fournisseur',
      finished: 'terminée',
      failed: 'échouée',
    } satisfies Record<RunStatus, string>,
    columns: ['évaluation', 'statut', 'début', 'fin', 'personnes', 'fournisseurs', 'partielle'],
    yes: 'oui',
    no: 'non',
    noRuns: (where: string) => `Aucune évaluation dans ${where}.`,
    noneWith: (status: string, n: number) => `Aucune évaluation n’est ${status} (sur ${n}).`,
    more: (shown: number, all: number) => `${shown} évaluations affichées sur ${all}; --limit en affiche plus.`,
    run: (id: string) => `Évaluation ${id}`,
    statusLine: (s: string) => `Statut : ${s}`,
    started: (at: string) => `Début : ${at}`,
    finished: (at: string) => `Fin : ${at}`,
    error: (e: string) => `Erreur : ${e}`,
    suppliers: 'Fournisseurs (personnes traitées sur les personnes de l’évaluation) :',
    done: (done: number, total: number) => `${done} sur ${total}`,
    missing: (employees: number, payRuns: number) =>
      `manquent : ${employees} employé(s), ${payRuns} cycle(s) de paye sans registre pour l’instant`,
    deadline: (at: string) => `Échéance du fournisseur : ${at}`,
    setBy: (by: string, at: string) => `L’échéance a été fixée par ${by} le ${at}.`,
    noDeadline: 'Échéance du fournisseur : aucune',
    list: (id: string) => `Chaque employé manquant : payproof runs missing ${id}`,
    resume: (id: string) => `Pour continuer : payproof evaluate --resume ${id}`,
    running: (id: string) => `Elle est en cours; suivez-la avec payproof runs show ${id}`,
    reports: (dir: string) => `Rapports : ${dir}`,
    noReports: (dir: string) =>
      `Rapports : aucun dans ${dir} (evaluate --out a pu les placer ailleurs : --reports <dossier>; payproof export écrit la trousse de preuves)`,
  },
};

export type RunsWords = (typeof RUNS_WORDS)['en'];
