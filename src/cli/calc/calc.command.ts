import { Clock } from '../../common/clock';
import { invalidInput, PayproofError } from '../../domain/errors';
import { langFrom } from '../../submissions/reader-text';
import { computeDeductions } from '../../domain/reference/deductions';
import { calcInputFromFlags, CalcFlags } from './calc-input';
import { calcJson, calcText } from './calc-output';
import type { CommandSpec } from '../command-spec';
import type { FlagSpec } from '../declare-options';

/** The flag behind each field a domain error names in its details (`{ field }`). */
function flagFor(err: PayproofError, flags: CalcFlags): string | undefined {
  const field = (err.details as { field?: unknown } | undefined)?.field;
  const claimFlag = (kind: 'federal' | 'provincial', amount: string | undefined) =>
    amount === undefined ? `--${kind}-claim-code` : `--${kind}-claim-amount`;
  if (field === 'federalClaim') return claimFlag('federal', flags.federalClaimAmount);
  if (field === 'provincialClaim') return claimFlag('provincial', flags.provincialClaimAmount);
  if (field === 'payDate' || err.code === 'NO_RULES_EDITION') return '--pay-date';
  if (field === 'province' || err.code === 'UNKNOWN_PROVINCE') return '--province';
  if (field === 'labourFundShares') return '--labour-fund-shares';
  return undefined;
}

/** Rules errors are about a flag's value: say which flag, as every other calc error does. */
function withFlagNames<T>(flags: CalcFlags, compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    if (!(err instanceof PayproofError)) throw err;
    const flag = flagFor(err, flags);
    if (!flag) throw err;
    // The refusal's key stays with it, so it is still said in the reader's language (refusal-text.ts).
    throw new PayproofError(err.code, `${flag}: ${err.message}`, err.details, err.say ? { say: err.say } : {});
  }
}

export const CALC_FLAGS: readonly FlagSpec[] = [
  {
    flags: '--pay-date <YYYY-MM-DD>',
    description: 'pay date; chooses the T4127 edition (default: today)',
    fr: 'date de paye; choisit l’édition de la T4127 (par défaut : aujourd’hui)',
  },
  {
    flags: '--province <code>',
    description: 'province or territory of employment: AB BC MB NB NL NS NT NU ON PE QC SK YT (default ON)',
    fr: 'province ou territoire d’emploi : AB BC MB NB NL NS NT NU ON PE QC SK YT (par défaut ON)',
  },
  {
    flags: '--periods <n>',
    description: 'pay periods in the year (default 26)',
    fr: 'périodes de paye dans l’année (par défaut 26)',
  },
  {
    flags: '--gross <amount>',
    description: 'gross periodic pay for the period, e.g. 2307.69 (required)',
    fr: 'rémunération périodique brute de la période, p. ex. 2307.69 (obligatoire)',
  },
  {
    flags: '--federal-claim-code <code>',
    description: 'federal TD1 claim code 0-10 or E (default 1)',
    fr: 'code de demande TD1 fédéral 0-10 ou E (par défaut 1)',
  },
  {
    flags: '--federal-claim-amount <amount>',
    description: 'federal TD1 total claim amount instead of a code',
    fr: 'montant total de la demande TD1 fédérale au lieu d’un code',
  },
  {
    flags: '--provincial-claim-code <code>',
    description: 'provincial TD1 claim code 0-10 or E (default 1)',
    fr: 'code de demande TD1 provincial 0-10 ou E (par défaut 1)',
  },
  {
    flags: '--provincial-claim-amount <amount>',
    description: 'provincial TD1 total claim amount instead of a code',
    fr: 'montant total de la demande TD1 provinciale au lieu d’un code',
  },
  {
    flags: '--rpp <amount>',
    description: 'registered pension plan contribution this period',
    fr: 'cotisation à un régime de pension agréé pour la période',
  },
  {
    flags: '--rrsp <amount>',
    description: 'RRSP contribution deducted this period',
    fr: 'cotisation à un REER retenue pour la période',
  },
  { flags: '--union-dues <amount>', description: 'union dues this period', fr: 'cotisations syndicales de la période' },
  {
    flags: '--cash-taxable-benefit <amount>',
    description: 'taxable benefits paid in cash this period (taxable, pensionable, insurable; paid in net)',
    fr: 'avantages imposables versés en argent pour la période (imposables, ouvrant droit à pension, assurables; inclus dans le net)',
  },
  {
    flags: '--non-cash-taxable-benefit <amount>',
    description: 'non-cash taxable benefits this period (taxable, pensionable, not insurable for EI; not in net)',
    fr: 'avantages imposables non monétaires pour la période (imposables, ouvrant droit à pension, non assurables pour l’AE; exclus du net)',
  },
  {
    flags: '--taxable-benefit <amount>',
    description: 'refused: use --cash- or --non-cash-taxable-benefit',
    fr: 'refusé : utilisez --cash- ou --non-cash-taxable-benefit',
  },
  {
    flags: '--additional-tax <amount>',
    description: 'extra tax per period asked for on the TD1 (L)',
    fr: 'impôt supplémentaire par période demandé sur le TD1 (L)',
  },
  {
    flags: '--labour-fund-shares <amount>',
    description: 'labour-sponsored fund shares bought at source this period (LCF, and LCP in MB, NB, NS, SK)',
    fr: 'actions de fonds de travailleurs achetées à la source pour la période (LCF, et LCP au MB, NB, NS, SK)',
  },
  {
    flags: '--ytd-cpp <amount>',
    description: 'CPP withheld so far this year',
    fr: 'RPC retenu depuis le début de l’année',
  },
  {
    flags: '--ytd-cpp2 <amount>',
    description: 'CPP2 withheld so far this year',
    fr: 'RPC2 retenu depuis le début de l’année',
  },
  {
    flags: '--ytd-ei <amount>',
    description: 'EI withheld so far this year',
    fr: 'AE retenue depuis le début de l’année',
  },
  {
    flags: '--ytd-pensionable <amount>',
    description: 'pensionable earnings so far this year',
    fr: 'gains ouvrant droit à pension depuis le début de l’année',
  },
  {
    flags: '--pensionable-months <n>',
    description: 'months of the year CPP applies (default 12)',
    fr: 'mois de l’année où le RPC s’applique (par défaut 12)',
  },
  { flags: '--cpp-exempt', description: 'exempt from CPP', fr: 'exempté du RPC' },
  { flags: '--ei-exempt', description: 'exempt from EI', fr: 'exempté de l’AE' },
  {
    flags: '--bonus <amount>',
    description: 'a bonus paid this period (non-periodic method)',
    fr: 'une prime versée pour la période (méthode des paiements non périodiques)',
  },
  {
    flags: '--retro <amount>',
    description: 'a retroactive pay increase paid this period',
    fr: 'une augmentation rétroactive versée pour la période',
  },
  {
    flags: '--retro-periods <n>',
    description: 'pay periods the retroactive increase covers (default 1)',
    fr: 'périodes de paye couvertes par l’augmentation rétroactive (par défaut 1)',
  },
  {
    flags: '--retro-method <method>',
    description: 'tax the retro by the "bonus" method (default) or CRA\'s "spread" method',
    fr: 'imposer la rémunération rétroactive selon la méthode "bonus" (de la prime, par défaut) ou la méthode "spread" (de répartition) de l’ARC',
  },
  {
    flags: '--explain',
    description: 'print how each amount was found, with its T4127 step and source',
    fr: 'afficher comment chaque montant a été obtenu, avec son étape de la T4127 et sa source',
  },
  {
    flags: '--lang <en|fr>',
    description: 'the language to write in (default: from the locale, LANG; else English); --json is the same in both',
    fr: 'la langue d’affichage (par défaut : selon la locale, LANG; sinon l’anglais); --json est le même dans les deux',
  },
  {
    flags: '--json',
    description: 'print one JSON object (amounts as strings)',
    fr: 'afficher un seul objet JSON (montants en texte)',
  },
];

/** `payproof calc`: payproof's own PDOC for one pay period (T4127 Option 1; Quebec tax by TP-1015.F-V). */
export const calcCommand: CommandSpec<CalcFlags> = {
  flags: CALC_FLAGS,
  async run(_params, flags) {
    const lang = langFrom(flags.lang, process.env);
    if (lang === undefined) throw invalidInput(`--lang: expected en or fr, found "${flags.lang ?? ''}"`);
    const input = calcInputFromFlags(flags, new Clock().today());
    const result = withFlagNames(flags, () => computeDeductions(input));
    const out = flags.json
      ? `${JSON.stringify(calcJson(input, result), null, 2)}\n`
      : calcText(input, result, flags.explain === true, lang);
    process.stdout.write(out);
  },
};
