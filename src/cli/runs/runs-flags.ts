import { PayproofError, type ErrorCode } from '../../domain/errors';
import type { Lang } from '../../submissions/reader-text';
import type { FlagSpec } from '../declare-options';
import { RUN_STATUSES } from './runs-text';
import type { RunStatus } from '../../evaluation/ports/run-records';

/** An error in the reader's language: what was given and what was expected (exit code from its code, exit-codes.ts). */
export function refuse(lang: Lang, text: { en: string; fr: string }, code: ErrorCode = 'INVALID_INPUT'): PayproofError {
  return new PayproofError(code, text[lang]);
}

export const JSON_FLAG: FlagSpec = {
  flags: '--json',
  description: 'print the JSON the HTTP API gives for the same request (the same service, the same shape)',
  fr: 'afficher le JSON que l’API HTTP donne pour la même requête (le même service, la même forme)',
};

export const STATUS_FLAG: FlagSpec = {
  flags: '--status <status>',
  description: `only the runs with this status: ${RUN_STATUSES.join(', ')}`,
  fr: `seulement les évaluations de ce statut : ${RUN_STATUSES.join(', ')}`,
};

export const LIMIT_FLAG: FlagSpec = {
  flags: '--limit <n>',
  description: 'at most this many runs, newest first (default: every run)',
  fr: 'au plus ce nombre d’évaluations, les plus récentes d’abord (par défaut : toutes)',
};

export const REPORTS_FLAG: FlagSpec = {
  flags: '--reports <dir>',
  description: 'where evaluate wrote reports/<run-id>/ (default: PAYPROOF_REPORTS, else ./reports)',
  fr: 'où evaluate a écrit reports/<id-évaluation>/ (par défaut : PAYPROOF_REPORTS, sinon ./reports)',
};

export const SUPPLIER_FLAG: FlagSpec = {
  flags: '--supplier <id>',
  description: "only this supplier's missing employees",
  fr: 'seulement les employés manquants de ce fournisseur',
};

/** As GET /api/runs/:id/missing's default limit. */
export const PAGE_SIZE = 100;

export const PAGE_FLAG: FlagSpec = {
  flags: '--page <n>',
  description: `which page of ${PAGE_SIZE} missing employees (default: 1)`,
  fr: `quelle page de ${PAGE_SIZE} employés manquants (par défaut : 1)`,
};

export const DEADLINE_FLAGS: readonly FlagSpec[] = [
  {
    flags: '--at <date-time>',
    description:
      "when the exchange supplier's missing answers count as missed pays: ISO 8601 with its offset (2026-12-15T17:00:00-05:00); a time already past tells the next resume to judge them now",
    fr: 'quand les réponses manquantes du fournisseur par échange comptent comme des payes manquées : ISO 8601 avec son décalage (2026-12-15T17:00:00-05:00); une heure déjà passée dit à la prochaine reprise de les juger tout de suite',
  },
  {
    flags: '--by <who>',
    description:
      'who sets it (required): stored with the deadline and the time it was set, as the API stores its caller',
    fr: 'qui la fixe (obligatoire) : conservé avec l’échéance et l’heure où elle a été fixée, comme l’API conserve son appelant',
  },
  {
    flags: '--clear',
    description: 'remove the deadline instead: the run waits until one is set',
    fr: 'retirer l’échéance plutôt : l’évaluation attend qu’on en fixe une',
  },
];

/** `--status`: one of the stored statuses. */
export function statusFlag(lang: Lang, text: string | undefined): RunStatus | undefined {
  if (text === undefined || (RUN_STATUSES as readonly string[]).includes(text)) return text as RunStatus | undefined;
  const known = RUN_STATUSES.join(', ');
  throw refuse(lang, {
    en: `--status: expected one of ${known}; found "${text}"`,
    fr: `--status : attendu l’un de ${known}; reçu « ${text} »`,
  });
}

/** A whole number flag of at least 1 (--limit, --page). */
export function countFlag(lang: Lang, flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text))) return Number(text);
  throw refuse(lang, {
    en: `${flag}: expected a whole number of at least 1; found "${text}"`,
    fr: `${flag} : attendu un nombre entier d’au moins 1; reçu « ${text} »`,
  });
}
