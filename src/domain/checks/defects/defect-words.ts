import type { LineCode } from '../../scenario';
import type { ConditionId, ReasonCode } from './defect.types';

/**
 * The words of defect titles and explanations, in English and French (everything a person reads
 * exists in both). Plain words, the answer first (Canada.ca content style). Line codes stay as
 * codes where an auditor needs them; titles use the names a pay stub uses.
 */
export type Lang = 'en' | 'fr';
export type Words = Record<Lang, string>;

export const LINE_NAMES: Record<LineCode, Words> = {
  REGULAR: { en: 'Regular pay', fr: 'Rémunération régulière' },
  ACTING: { en: 'Acting pay', fr: "Rémunération d'intérim" },
  OVERTIME: { en: 'Overtime', fr: 'Heures supplémentaires' },
  ALLOWANCE_BILINGUALISM: { en: 'Bilingualism bonus', fr: 'Prime au bilinguisme' },
  LWOP: { en: 'Leave without pay', fr: 'Congé non payé' },
  RETRO_ADJUSTMENT: { en: 'Retroactive adjustment', fr: 'Rajustement rétroactif' },
  RECOVERY: { en: 'Overpayment recovery', fr: "Recouvrement d'un trop-payé" },
  CPP: { en: 'CPP contributions', fr: 'Cotisations au RPC' },
  CPP2: { en: 'CPP2 contributions', fr: 'Cotisations au RPC2' },
  EI: { en: 'Employment Insurance premiums', fr: "Cotisations d'assurance-emploi" },
  QPP: { en: 'QPP contributions', fr: 'Cotisations au RRQ' },
  QPP2: { en: 'QPP2 contributions', fr: 'Cotisations au RRQ2' },
  QPIP: { en: 'QPIP premiums', fr: 'Cotisations au RQAP' },
  FEDERAL_TAX: { en: 'Federal income tax', fr: 'Impôt fédéral' },
  PROVINCIAL_TAX: { en: 'Provincial income tax', fr: 'Impôt provincial' },
  PENSION: { en: 'Pension contributions', fr: 'Cotisations de retraite' },
  DISABILITY_INSURANCE: { en: 'Disability insurance', fr: 'Assurance-invalidité' },
  DEATH_BENEFIT: { en: 'Supplementary death benefit', fr: 'Prestation supplémentaire de décès' },
  UNION_DUES: { en: 'Union dues', fr: 'Cotisations syndicales' },
};

/** How a line was wrong, by nature and harm direction (an over-paid person had too little withheld). */
export const VERBS = {
  earning: {
    over: { en: 'paid too much', fr: 'montant versé trop élevé' },
    under: { en: 'paid too little', fr: 'montant versé trop bas' },
    none: { en: 'paid differently', fr: 'montant versé différent' },
  },
  deduction: {
    over: { en: 'withheld too little', fr: 'montant retenu trop bas' },
    under: { en: 'withheld too much', fr: 'montant retenu trop élevé' },
    none: { en: 'withheld differently', fr: 'montant retenu différent' },
  },
} as const;

export const CONDITION_WORDS: Record<ConditionId, Words> = {
  'acting-first-period': {
    en: 'in the first period of an acting assignment',
    fr: "dans la première période d'une affectation intérimaire",
  },
  'partial-period': { en: 'in a partial pay period', fr: 'dans une période de paye partielle' },
  'late-entry': {
    en: "after a late entry (entered after the pay run's cut-off)",
    fr: 'après une saisie tardive (après la date limite de la paye)',
  },
  'after-annual-maximum': {
    en: 'after the annual maximum was reached',
    fr: "après l'atteinte du maximum annuel",
  },
  'year-boundary': {
    en: 'for a period of an earlier year',
    fr: "pour une période d'une année antérieure",
  },
  'edition-change': {
    en: 'on the first payday under a new T4127 edition',
    fr: "au premier jour de paye d'une nouvelle édition de la T4127",
  },
  'payday-27-year': { en: 'in a year of 27 paydays', fr: 'dans une année de 27 jours de paye' },
  overpayment: {
    en: 'while an overpayment is being corrected',
    fr: "pendant la correction d'un trop-payé",
  },
  'new-hire': { en: "in a new employee's first period", fr: "dans la première période d'un nouvel employé" },
  termination: { en: "after the employee's last day", fr: "après le dernier jour de l'employé" },
};

export const ROUNDING_WORDS: Words = { en: 'by a cent or two', fr: "d'un ou deux cents" };

export const INVARIANT_TITLES: Record<string, Words> = {
  'net-equals-gross-minus-deductions': {
    en: 'Net pay is not gross pay minus the deductions',
    fr: "La paye nette n'est pas le brut moins les retenues",
  },
  'gross-equals-sum-of-earnings': {
    en: 'Gross pay is not the sum of the earning lines',
    fr: "La paye brute n'est pas la somme des lignes de gains",
  },
  'whole-cents': { en: 'Amounts not in whole cents', fr: 'Montants qui ne sont pas en cents entiers' },
  'annual-maximum': { en: 'Withheld above the annual maximum', fr: 'Retenue au-delà du maximum annuel' },
  'same-answer-twice': {
    en: 'Different answers to the same request',
    fr: 'Réponses différentes à une même demande',
  },
};

export const FAILURE_TITLES: Record<string, Words> = {
  timeout: { en: 'No answer in time (timeout)', fr: 'Aucune réponse à temps (délai dépassé)' },
  crash: { en: "The supplier's program stopped (crash)", fr: 'Le programme du fournisseur s’est arrêté' },
  malformed: { en: 'An answer that is not valid JSON', fr: 'Une réponse qui n’est pas du JSON valide' },
  'too-large': { en: 'An answer larger than allowed', fr: 'Une réponse plus grande que permis' },
  connection: { en: 'The supplier could not be reached', fr: 'Le fournisseur était injoignable' },
  'http-status': { en: 'An HTTP error instead of an answer', fr: 'Une erreur HTTP au lieu d’une réponse' },
  aborted: { en: 'The call was cancelled by the harness', fr: 'L’appel a été annulé par le banc d’essai' },
  schema: {
    en: 'An answer that does not follow the protocol (schema)',
    fr: 'Une réponse non conforme au protocole (schéma)',
  },
  unsupported: {
    en: "Outside the supplier's declared scope (not paid)",
    fr: 'Hors de la portée déclarée par le fournisseur (non payé)',
  },
  'wrong-employee': {
    en: 'People missing or mixed up in the answer',
    fr: 'Personnes absentes ou confondues dans la réponse',
  },
  'vendor-error': { en: 'The supplier answered with an error', fr: 'Le fournisseur a répondu par une erreur' },
  'awaiting-supplier': {
    // A finished run holds these only once the supplier deadline has passed (or with a queue, which takes no deadline).
    en: "No answer: the supplier's exchange files for these pays were not imported",
    fr: 'Aucune réponse : les fichiers d’échange du fournisseur pour ces payes n’ont pas été importés',
  },
  'async-deadline': {
    en: 'No answer by the deadline of an asynchronous job (timeout)',
    fr: 'Aucune réponse avant l’échéance d’une tâche asynchrone (délai dépassé)',
  },
};

export const REASONS: Record<ReasonCode, Words> = {
  'own-difference': { en: 'a difference of its own', fr: 'un écart qui lui est propre' },
  'recomputed-on-supplier-base': {
    en: "the reference's rule gives the supplier's amount on the supplier's own base",
    fr: 'la règle de la référence donne le montant du fournisseur sur la base du fournisseur',
  },
  'tax-within-contribution-difference': {
    en: 'the tax moves with the contributions it is computed from',
    fr: "l'impôt varie avec les cotisations dont il est calculé",
  },
  'sum-of-lines': { en: 'the lines of the pay add up to it', fr: "les lignes de la paye s'additionnent en lui" },
  'same-line-invariant': {
    en: 'the same difference, broken as a rule',
    fr: 'le même écart, vu comme une règle enfreinte',
  },
  'carried-year-to-date': {
    en: 'carried by the year to date from an earlier pay',
    fr: "reporté par le cumul annuel d'une paye antérieure",
  },
  'part-of-pair': {
    en: 'one side of money paid in the wrong place or at the wrong time',
    fr: "un côté d'un montant versé au mauvais endroit ou au mauvais moment",
  },
  'same-parameter': {
    en: "one of the pay's deductions the supplier worked out on another number of pay periods in the year",
    fr: 'une des retenues de la paye que le fournisseur a calculées sur un autre nombre de périodes de paye dans l’année',
  },
  'supplier-failure': {
    en: 'the supplier did not answer for this person',
    fr: "le fournisseur n'a pas répondu pour cette personne",
  },
};
