import { Clock } from '../../common/clock';
import { PayproofError } from '../../domain/errors';
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
    throw flag ? new PayproofError(err.code, `${flag}: ${err.message}`, err.details) : err;
  }
}

export const CALC_FLAGS: readonly FlagSpec[] = [
  { flags: '--pay-date <YYYY-MM-DD>', description: 'pay date; chooses the T4127 edition (default: today)' },
  {
    flags: '--province <code>',
    description: 'province or territory of employment: AB BC MB NB NL NS NT NU ON PE QC SK YT (default ON)',
  },
  { flags: '--periods <n>', description: 'pay periods in the year (default 26)' },
  { flags: '--gross <amount>', description: 'gross periodic pay for the period, e.g. 2307.69 (required)' },
  { flags: '--federal-claim-code <code>', description: 'federal TD1 claim code 0-10 or E (default 1)' },
  { flags: '--federal-claim-amount <amount>', description: 'federal TD1 total claim amount instead of a code' },
  { flags: '--provincial-claim-code <code>', description: 'provincial TD1 claim code 0-10 or E (default 1)' },
  { flags: '--provincial-claim-amount <amount>', description: 'provincial TD1 total claim amount instead of a code' },
  { flags: '--rpp <amount>', description: 'registered pension plan contribution this period' },
  { flags: '--rrsp <amount>', description: 'RRSP contribution deducted this period' },
  { flags: '--union-dues <amount>', description: 'union dues this period' },
  {
    flags: '--cash-taxable-benefit <amount>',
    description: 'taxable benefits paid in cash this period (taxable, pensionable, insurable; paid in net)',
  },
  {
    flags: '--non-cash-taxable-benefit <amount>',
    description: 'non-cash taxable benefits this period (taxable, pensionable, not insurable for EI; not in net)',
  },
  { flags: '--taxable-benefit <amount>', description: 'refused: use --cash- or --non-cash-taxable-benefit' },
  { flags: '--additional-tax <amount>', description: 'extra tax per period asked for on the TD1 (L)' },
  {
    flags: '--labour-fund-shares <amount>',
    description: 'labour-sponsored fund shares bought at source this period (LCF, and LCP in MB, NB, NS, SK)',
  },
  { flags: '--ytd-cpp <amount>', description: 'CPP withheld so far this year' },
  { flags: '--ytd-cpp2 <amount>', description: 'CPP2 withheld so far this year' },
  { flags: '--ytd-ei <amount>', description: 'EI withheld so far this year' },
  { flags: '--ytd-pensionable <amount>', description: 'pensionable earnings so far this year' },
  { flags: '--pensionable-months <n>', description: 'months of the year CPP applies (default 12)' },
  { flags: '--cpp-exempt', description: 'exempt from CPP' },
  { flags: '--ei-exempt', description: 'exempt from EI' },
  { flags: '--bonus <amount>', description: 'a bonus paid this period (non-periodic method)' },
  { flags: '--retro <amount>', description: 'a retroactive pay increase paid this period' },
  { flags: '--retro-periods <n>', description: 'pay periods the retroactive increase covers (default 1)' },
  {
    flags: '--retro-method <method>',
    description: 'tax the retro by the "bonus" method (default) or CRA\'s "spread" method',
  },
  { flags: '--explain', description: 'print how each amount was found, with its T4127 step and source' },
  { flags: '--json', description: 'print one JSON object (amounts as strings)' },
];

/** `payproof calc`: payproof's own PDOC for one pay period (T4127 Option 1; Quebec tax by TP-1015.F-V). */
export const calcCommand: CommandSpec<CalcFlags> = {
  flags: CALC_FLAGS,
  async run(_params, flags) {
    const input = calcInputFromFlags(flags, new Clock().today());
    const result = withFlagNames(flags, () => computeDeductions(input));
    const out = flags.json
      ? `${JSON.stringify(calcJson(input, result), null, 2)}\n`
      : calcText(input, result, flags.explain === true);
    process.stdout.write(out);
  },
};
