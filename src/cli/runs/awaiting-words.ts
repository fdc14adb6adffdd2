import type { RunStatus } from '../../evaluation/ports/run-records';
import { RUNS_WORDS } from './runs-text';

/** What `runs missing` and `runs deadline` print, in English and French. */
export const AWAITING_WORDS = {
  en: {
    columns: ['supplier', 'employee', 'pay runs', 'first payday', 'last payday'],
    head: (id: string, total: number, p: { page: number; pages: number }) =>
      `Run ${id}: ${total} employee(s) with no register yet (page ${p.page} of ${p.pages})`,
    next: (command: string) => `Next page: ${command}`,
    nothing: (id: string, status: RunStatus) =>
      `Run ${id} is ${RUNS_WORDS.en.status[status]}: it waits for no supplier's answers.`,
    set: (id: string, at: string, iso: string) => `Run ${id}: supplier deadline ${at} (${iso})`,
    cleared: (id: string) => `Run ${id}: no supplier deadline; the run waits until one is set`,
    setBy: (by: string, at: string) => `Set by ${by} on ${at}.`,
    passed: (id: string) =>
      `It has passed: payproof evaluate --resume ${id} judges the missing answers as missed pays now (a running payproof serve does it within 5 minutes)`,
  },
  fr: {
    columns: ['fournisseur', 'employé', 'cycles de paye', 'premier jour de paye', 'dernier jour de paye'],
    head: (id: string, total: number, p: { page: number; pages: number }) =>
      `Évaluation ${id} : ${total} employé(s) sans registre pour l’instant (page ${p.page} sur ${p.pages})`,
    next: (command: string) => `Page suivante : ${command}`,
    nothing: (id: string, status: RunStatus) =>
      `L’évaluation ${id} est ${RUNS_WORDS.fr.status[status]} : elle n’attend les réponses d’aucun fournisseur.`,
    set: (id: string, at: string, iso: string) => `Évaluation ${id} : échéance du fournisseur le ${at} (${iso})`,
    cleared: (id: string) => `Évaluation ${id} : aucune échéance; l’évaluation attend qu’on en fixe une`,
    setBy: (by: string, at: string) => `Fixée par ${by} le ${at}.`,
    passed: (id: string) =>
      `Elle est passée : payproof evaluate --resume ${id} juge maintenant les réponses manquantes comme des payes manquées (un payproof serve en marche le fait dans les 5 minutes)`,
  },
};

/** The errors of `runs deadline`: what was given, what was expected. */
export const DEADLINE_ERRORS = {
  by: (given: string | undefined) => ({
    en: `--by: expected who sets the deadline (a name, stored with it); found ${given === undefined ? 'nothing' : `"${given}"`}`,
    fr: `--by : attendu qui fixe l’échéance (un nom, conservé avec elle); reçu ${given === undefined ? 'rien' : `« ${given} »`}`,
  }),
  both: (at: string) => ({
    en: `--at ${at} and --clear: expected one of them (a new deadline, or none)`,
    fr: `--at ${at} et --clear : attendu l’un des deux (une nouvelle échéance, ou aucune)`,
  }),
  at: () => ({
    en: '--at: expected the deadline, an ISO 8601 date-time with its offset (e.g. 2026-12-15T17:00:00-05:00), or --clear to remove it',
    fr: '--at : attendu l’échéance, une date-heure ISO 8601 avec son décalage (p. ex. 2026-12-15T17:00:00-05:00), ou --clear pour la retirer',
  }),
  badAt: (given: string) => ({
    en: `--at: expected an ISO 8601 date-time with its offset, such as 2026-12-15T17:00:00Z or 2026-12-15T12:00:00-05:00; found "${given}"`,
    fr: `--at : attendu une date-heure ISO 8601 avec son décalage, comme 2026-12-15T17:00:00Z ou 2026-12-15T12:00:00-05:00; reçu « ${given} »`,
  }),
  noExchange: (id: string, suppliers: string) => ({
    en: `run ${id} has no exchange supplier (${suppliers}); a supplier deadline applies to exchange suppliers only`,
    fr: `l’évaluation ${id} n’a aucun fournisseur par échange (${suppliers}); une échéance ne s’applique qu’aux fournisseurs par échange`,
  }),
  finished: (id: string, at: string) => ({
    en: `run ${id} has already finished${at ? ` (${at})` : ''}: its missing answers were judged; expected a run that has not finished (payproof runs list --status awaiting-supplier)`,
    fr: `l’évaluation ${id} est déjà terminée${at ? ` (${at})` : ''} : ses réponses manquantes ont été jugées; attendu une évaluation non terminée (payproof runs list --status awaiting-supplier)`,
  }),
};
