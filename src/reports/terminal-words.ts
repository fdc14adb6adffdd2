import { SCORING } from '../domain/checks/scoring-weights';
import type { ComponentName } from '../domain/checks/score.types';
import { failureIn } from '../submissions/failure-text';
import { ReportText } from './report-text';

/**
 * The terminal report's words in French (issue 19; the English stays in terminal-report.ts as it
 * was): headings, the defects' figures, the weights, and the run's notes about its suppliers,
 * which are stored in English and read back by their shape here, as stored refusals and failures are.
 */
export const FR = new ReportText('fr');

const COMPONENTS_FR: Record<ComponentName, string> = {
  correctlyPaid: 'personnes payées exactement',
  harmPerPerson: 'dollars de préjudice par personne',
  paysOnTime: 'payes non manquées',
  noErrors: 'réponses sans erreur',
};

export const TERMINAL_FR = {
  run: (id: string, status: string, error: string) =>
    `Évaluation ${id} : ${FR.maybe(`status.${status}`, status)}${error ? ` : ${failureIn('fr', error)}` : ''}`,
  head: (id: string, scenarios: number, suppliers: number, rules: string) =>
    `Évaluation ${id} : ${scenarios} scénarios x ${suppliers} fournisseurs, règles ${rules}`,
  ranking: (names: readonly ComponentName[]) =>
    `Classement selon la note; pondération : ${names
      .map(
        (n) =>
          `${SCORING.weights[n].weight} % ${COMPONENTS_FR[n]}${n === 'harmPerPerson' ? ` (la moitié des points à ${FR.money(SCORING.harmScale)})` : ''}`,
      )
      .join(', ')}.`,
  why: (n: number) =>
    `Pourquoi : les ${n} défauts les plus préjudiciables de chaque fournisseur (tous dans defects.json) :`,
  noDefect: 'aucun défaut',
  failure: (errors: number, missed: number) =>
    `${FR.count(errors, 'person')} sans réponse, ${FR.count(missed, 'pay')} manquées`,
  figures: (people: number, over: string, under: string) =>
    `${FR.count(people, 'person')}, payé en trop ${FR.money(over)}, payé en moins ${FR.money(under)}`,
  families: 'Personnes payées exactement, par famille de scénarios :',
  family: (f: string) => FR.family(f),
  refused: (n: number, which: string) =>
    `La référence a refusé ${n} scénario(s), envoyé(s) à aucun fournisseur${which ? ` : ${which}` : ' (énumérés dans le rapport)'}`,
  loadErrors: (n: number) =>
    `${n} problème(s) dans les fichiers de scénarios; ces fichiers n’ont pas pris part : lancez \`payproof scenarios validate\``,
};

/** A run's note about a supplier ("<id>: not in this run: <reason>", evaluation.service.ts) in French. */
export function noteFr(note: string): string {
  const left = /^(\S+): not in this run: ([\s\S]*)$/.exec(note);
  if (left) return `${left[1]} : pas dans cette évaluation : ${reasonFr(left[2])}`;
  const start = /^(\S+): could not start: ([\s\S]*)$/.exec(note);
  if (start) return `${start[1]} : n’a pas pu démarrer : ${failureIn('fr', start[2])}`;
  return failureIn('fr', note);
}

function reasonFr(reason: string): string {
  const none =
    /^no pay register imported yet \((payproof exchange export --vendor \S+), then (payproof exchange import --vendor \S+ <folder\|zip>)\)$/.exec(
      reason,
    );
  if (none)
    return `aucun registre de paye importé pour l’instant (${none[1]}, puis ${none[2].replace('<folder|zip>', '<dossier|zip>')})`;
  const broken = /^its vendor\.json cannot be used: ([\s\S]*)$/.exec(reason);
  if (broken) return `son vendor.json est inutilisable; la raison, en anglais : « ${broken[1]} »`;
  return failureIn('fr', reason);
}
