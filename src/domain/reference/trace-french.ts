import type { TraceStep } from './trace';

/**
 * A trace in French (issue 19): the rule citations, the input names and the statement lines'
 * descriptions, rendered from the English the reference writes, so the reference and its stored
 * traces keep one form. Sources are named by their official French titles where one was found:
 * CRA's T4127 is "Formules pour le calcul des retenues sur la paie" (canada.ca/fr/agence-revenu,
 * T4127(F)); PSPC's "Calculating your pay" is the section « Calcul de votre paye brute » of
 * « Comment fonctionne la paye de la fonction publique » (tpsgc-pwgsc.gc.ca, …-fra.html); the PSSA is
 * the « Loi sur la pension de la fonction publique ». A source whose French title was not found
 * keeps its official English title, marked « (en anglais seulement) », and so does a quotation of
 * an English page: they are listed in ENGLISH_ONLY. Nothing here is a rule: only words.
 */

const EN_ONLY = '(en anglais seulement)';

/** The English titles and quotations kept as written (no French version found), each marked EN_ONLY where it appears. */
export const ENGLISH_ONLY: readonly string[] = [
  'Overpayments and your income taxes',
  '"If the overpayment is recorded in the pay system within 3 years of the payment date, the employee will only need to repay the net amount."',
  'Overpayments on your public service pay: Repay an overpayment',
  'Contribution rates for members who started paying into their pension before January 1, 2013',
  'Contribution rates for members who started paying into their pension on or after January 1, 2013',
  'Disability Insurance Plan',
  'Taking a leave of absence – Pension',
  'Bilingualism bonus',
  '"an annual payment of $800, calculated monthly"',
  '"a minimum of ten (10) days in a month"',
  '"deducted from your salary, in equal installments … over a period equal to twice the period of your absence"',
  '"Example 3 – Retroactive pay increase"',
];

type Rule = readonly [RegExp, string];

/** Whole sources first (their titles), then the T4127 and TP-1015.F-V locators, then the phrases around them. */
const SOURCES: readonly Rule[] = [
  [
    /PSPC, Calculating your pay: biweekly = annual \/ 26\.088, daily = annual \/ 260\.88, hourly = annual \/ \(52\.176 × weekly hours\)/g,
    'SPAC, Comment fonctionne la paye de la fonction publique, « Calcul de votre paye brute » : aux deux semaines = annuel / 26,088, par jour = annuel / 260,88, à l’heure = annuel / (52,176 × heures par semaine)',
  ],
  [/PSPC, Overpayments and your income taxes: /g, `SPAC, Overpayments and your income taxes ${EN_ONLY} : `],
  [
    /PSPC, Overpayments on your public service pay: Repay an overpayment/g,
    `SPAC, Overpayments on your public service pay: Repay an overpayment ${EN_ONLY}`,
  ],
  [
    /PSSA Part II, Supplementary Death Benefit: 0\.15 per \$1,000 of coverage per month/g,
    'Loi sur la pension de la fonction publique, partie II, prestation supplémentaire de décès : 0,15 par tranche de 1 000 $ de couverture par mois',
  ],
  [
    /TBS, Disability Insurance Plan: employee premium 0\.35 per \$1,000 of insured salary per month/g,
    `SCT, Disability Insurance Plan ${EN_ONLY} : prime de l’employé de 0,35 par tranche de 1 000 $ de salaire assuré par mois`,
  ],
  [
    /TBS, (Contribution rates for members who started paying into their pension (?:before|on or after) January 1, 2013)/g,
    `SCT, $1 ${EN_ONLY}`,
  ],
  [/\((\d{4}) rates, assumed for (\d{4})\)/g, '(taux de $1, supposés pour $2)'],
  [/TBS, Taking a leave of absence – Pension/g, `SCT, Taking a leave of absence – Pension ${EN_ONLY}`],
  [/TBS, Bilingualism bonus: ("[^"]*")/g, `SCT, Bilingualism bonus ${EN_ONLY} : $1`],
  [/ESDC: ("[^"]*")/g, `EDSC ${EN_ONLY} : $1`],
  [
    /TBS\/PSPC: LWOP deficiencies ("[^"]*")/g,
    `SCT/SPAC, insuffisances de cotisation d’un congé non payé ${EN_ONLY} : $1`,
  ],
  [/CRA ("Example 3 – Retroactive pay increase") \(spread method\)/g, `ARC, $1 ${EN_ONLY} (méthode de l’étalement)`],
  [/collective agreement, check-off of union dues/g, 'convention collective, retenue des cotisations syndicales'],
  [/T4127 Jan (\d{4})/g, 'T4127 janvier $1'],
  [/T4127 Jul (\d{4})/g, 'T4127 juillet $1'],
];

/** CRA and Revenu Québec locators and the phrases of the reference's own citations. */
const PHRASES: readonly Rule[] = [
  [/, s\. (\d[\d.]*)/g, ', section $1'],
  [
    /\.(\d), steps 1–3 \(rounded to the cent at each step, as its Appendix 1\)/g,
    '.$1, étapes 1 à 3 (arrondi au cent à chaque étape, comme à son annexe 1)',
  ],
  [/, method (\d)/g, ', méthode $1'],
  [/\bstep (\d)/g, 'étape $1'],
  [/\btable (\d)/g, 'tableau $1'],
  [/chosen by pay date/g, 'choisie selon la date de paye'],
  [/non-periodic payments/g, 'paiements non périodiques'],
  [/\(ratio not rounded\)/g, '(ratio non arrondi)'],
  [/\(not rounded\)/g, '(non arrondi)'],
  [/\(federal claim codes at ([\d.]+)%\)/g, '(codes de demande fédéraux à $1 %)'],
  [/^([\d.]+) h at annual (\d+) = ([\d.]+) weighted h$/g, '$1 h au salaire annuel de $2 = $3 h pondérées'],
  [/^paid (\d{4}-\d{2}-\d{2})$/g, 'versé le $1'],
  [/^explicit TD1(\w*) total claim amount$/g, 'montant total de la demande TD1$1 donné'],
  [/^employee profile$/g, 'profil de l’employé'],
  [/\(Quebec: less 16\.5% abatement\)/g, '(Québec : moins l’abattement de 16,5 %)'],
  [/\(federal claim codes\)/g, '(codes de demande fédéraux)'],
  [/\(claim codes\)/g, '(codes de demande)'],
  [/\(federal\)/g, '(fédéral)'],
  [/\(exemption 3,500\/P truncated, ch\. 1\)/g, '(exemption de 3 500/P tronquée, ch. 1)'],
  [/\(CPP, CPP2\)/g, '(RPC, RPC2)'],
  [/\(QPP, QPP2; Revenu Québec\)/g, '(RRQ, RRQ2; Revenu Québec)'],
  [/\(QPIP, K2Q; Revenu Québec\)/g, '(RQAP, K2Q; Revenu Québec)'],
  [/\(British Columbia\)/g, '(Colombie-Britannique)'],
  [/\(Y = 0 dependants\)/g, '(Y = 0 personne à charge)'],
  [/\(withheld even under claim code E\)/g, '(retenue même avec le code de demande E)'],
  [/\(half-up to the cent, ch\. 1\)/g, '(arrondi au cent le plus proche, ch. 1)'],
  [/Option 2 \(cumulative averaging\)/g, 'option 2 (calcul de la moyenne cumulative)'],
  [/claim code E: no income tax/g, 'code de demande E : aucun impôt'],
  [/no TD1 on file: income-tested/g, 'aucun TD1 au dossier : montant selon le revenu,'],
  [/no TD1 on file/g, 'aucun TD1 au dossier'],
  [/\bclaim code (\w+)/g, 'code de demande $1'],
  [
    /the flat rate is withheld as federal tax, provincial 0/g,
    'le taux fixe est retenu comme impôt fédéral, provincial 0',
  ],
  [/employee exempt from EI/g, 'employé exempté de l’AE'],
  [/convention: net pay/g, 'convention : paye nette'],
  [
    /(\d{4}) Group (\d) rates not found; the (\d{4}) rates are assumed/g,
    'taux de $1 du groupe $2 non trouvés; les taux de $3 sont supposés',
  ],
  [
    /(\d{4}) Group (\d) rates not verified; the (\d{4}) rates are assumed/g,
    'taux de $1 du groupe $2 non vérifiés; les taux de $3 sont supposés',
  ],
  [/acting rate by /g, 'taux intérimaire selon '],
  [/\bconvention: /g, 'convention : '],
  // French sets a space before a colon (the English titles kept as written keep theirs).
  [/(étape \d|-as-\d{4}): /g, '$1 : '],
];

/** A citation in French; unknown words are left as written (tests/unit/i18n/trace-citations-fr.spec.ts finds them). */
export function citationFr(citation: string): string {
  let out = citation;
  for (const [pattern, french] of [...SOURCES, ...PHRASES]) out = out.replace(pattern, french);
  return out;
}

/** The reference's input names, in French; worksheet variables (A, PI, T4 + V1) and line codes stay as they are. */
const INPUT_NAMES: Readonly<Record<string, string>> = {
  'A with': 'A avec',
  'A without': 'A sans',
  'T1 with': 'T1 avec',
  'T1 without': 'T1 sans',
  'T2 with': 'T2 avec',
  'T2 without': 'T2 sans',
  'CPP base (annual, capped)': 'RPC de base (annuel, plafonné)',
  'QPP base (annual, capped)': 'RRQ de base (annuel, plafonné)',
  'EI (annual, capped)': 'AE (annuelle, plafonnée)',
  'QPIP (annual, capped)': 'RQAP (annuel, plafonné)',
  'Quebec abatement 16.5% × T3': 'abattement du Québec 16,5 % × T3',
  'F5B bonus': 'F5B prime',
  'F5B retro': 'F5B rétroactif',
  annualSalary: 'salaire annuel',
  bonus: 'prime',
  claim: 'demande',
  coverage: 'couverture',
  effective: 'en vigueur le',
  exact: 'valeur exacte',
  exemption: 'exemption',
  federal: 'fédéral',
  foundByCutoff: 'connu à la date limite',
  from: 'selon',
  gross: 'brut',
  instalments: 'versements',
  insured: 'assuré',
  leaveDaysOwed: 'jours de congé dus',
  neverCarried: 'jamais reporté',
  pensionGivenBack: 'pension rendue',
  pensionableWorkingDays: 'jours ouvrables ouvrant droit à pension',
  periods: 'périodes',
  province: 'province',
  provincial: 'provincial',
  rate: 'taux',
  rateAbove: 'taux au-dessus',
  rateBelow: 'taux au-dessous',
  ratio: 'ratio',
  recordedBy: 'inscrit au plus tard le',
  retro: 'rétroactif',
  salary: 'salaire',
  shares: 'actions',
  stillOwed: 'encore dû',
  weeklyHours: 'heures par semaine',
  withheld: 'retenu',
  withheldOnIt: 'retenu sur ce montant',
  withheldSoFar: 'retenu jusqu’ici',
  withheldWithIt: 'retenu avec',
  withheldWithoutIt: 'retenu sans',
  workday: 'jour de travail',
  firstDayOfRest: 'premier jour de repos',
  secondDayOfRest: 'deuxième jour de repos',
};

/** "days at 68849" → "jours à 68849", "2026-04-18 firstDayOfRest" → "2026-04-18 premier jour de repos". */
export function inputNameFr(name: string): string {
  const known = INPUT_NAMES[name];
  if (known !== undefined) return known;
  const days = /^days at (.+)$/.exec(name);
  if (days) return `jours à ${days[1]}`;
  const dated = /^(\d{4}-\d{2}-\d{2}) (\w+)$/.exec(name);
  if (dated && INPUT_NAMES[dated[2]] !== undefined) return `${dated[1]} ${INPUT_NAMES[dated[2]]}`;
  const scheduled = /^scheduled (\d{4}-\d{2}-\d{2})$/.exec(name);
  if (scheduled) return `prévu le ${scheduled[1]}`;
  return name;
}

const PERIOD = '(\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})';

/** A statement line's description (run-deductions.ts, period-due.ts, settlements.ts …), whole, in French. */
const DESCRIPTIONS: readonly Rule[] = [
  [/^Regular pay/, 'Rémunération régulière'],
  [
    /^Acting pay \(acting rate − substantive rate\)/,
    'Rémunération d’intérim (taux intérimaire − taux du poste d’attache)',
  ],
  [
    /^Bilingualism bonus \(months of at least (\d+) days worked\)/,
    'Prime au bilinguisme (mois d’au moins $1 jours travaillés)',
  ],
  [/^Leave without pay/, 'Congé non payé'],
  [/, 1 working day$/, ', 1 jour ouvrable'],
  [/, (\d+) working days$/, ', $1 jours ouvrables'],
  [/^Overtime, /, 'Heures supplémentaires, '],
  [/^Disability insurance on /, 'Assurance-invalidité sur '],
  [/^Supplementary death benefit on coverage of /, 'Prestation supplémentaire de décès sur une couverture de '],
  [/^Canada Pension Plan, second additional$/, 'Régime de pensions du Canada, deuxième cotisation supplémentaire'],
  [/^Quebec Pension Plan, second additional$/, 'Régime de rentes du Québec, deuxième cotisation supplémentaire'],
  [/^Canada Pension Plan$/, 'Régime de pensions du Canada'],
  [/^Quebec Pension Plan$/, 'Régime de rentes du Québec'],
  [/^Employment Insurance$/, 'Assurance-emploi'],
  [/^Quebec Parental Insurance Plan$/, 'Régime québécois d’assurance parentale'],
  [/^Federal income tax \(with tax on retroactive pay\)$/, 'Impôt fédéral (avec l’impôt sur la paye rétroactive)'],
  [/^Federal income tax$/, 'Impôt fédéral'],
  [/^Quebec income tax \(Revenu Québec TP-1015\.F-V\)$/, 'Impôt du Québec (Revenu Québec TP-1015.F-V)'],
  [/^([A-Z]{2}) income tax$/, 'Impôt provincial ou territorial ($1)'],
  [/^Public service pension, /, 'Pension de la fonction publique, '],
  [/^Union dues$/, 'Cotisations syndicales'],
  [new RegExp(`^Overpayment recovered for ${PERIOD}$`), 'Trop-payé recouvré pour la période du $1 au $2'],
  [new RegExp(`^Retroactive adjustment for ${PERIOD}$`), 'Rajustement rétroactif pour la période du $1 au $2'],
  [/^Recovery of prior-year overpayment for /, 'Recouvrement d’un trop-payé d’une année antérieure pour '],
  [new RegExp(PERIOD, 'g'), 'la période du $1 au $2'],
];

/** A statement line's description in French ("Regular pay, 2 working days" → "Rémunération régulière, 2 jours ouvrables"). */
export function descriptionFr(description: string): string {
  let out = description;
  for (const [pattern, french] of DESCRIPTIONS) out = out.replace(pattern, french);
  return out;
}

/** A trace step for a reader: in French, its label, citation, input names and textual input values. */
export function stepIn(lang: 'en' | 'fr', step: TraceStep): TraceStep {
  if (lang === 'en') return step;
  const inputs =
    step.inputs &&
    Object.fromEntries(Object.entries(step.inputs).map(([k, v]) => [inputNameFr(k), citationFr(v)] as const));
  return {
    ...step,
    label: step.labelFr ?? step.label,
    citation: citationFr(step.citation),
    ...(inputs && { inputs }),
  };
}

/** A step in both languages, for a reader whose language is chosen on their side (the dashboard): labelFr, citationFr, inputsFr. */
export function bilingualStep(step: TraceStep): TraceStep {
  const fr = stepIn('fr', step);
  const englishOnly = ENGLISH_ONLY.filter((title) => fr.citation.includes(title));
  return {
    ...step,
    labelFr: fr.label,
    citationFr: fr.citation,
    ...(englishOnly.length > 0 && { citationFrEnglishOnly: englishOnly }),
    ...(fr.inputs && { inputsFr: fr.inputs }),
  };
}
