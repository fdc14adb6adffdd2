import { isIsoDate } from '../../domain/calendar';
import { invalidInput, PayproofError } from '../../domain/errors';
import { Limit, PERIOD_AMOUNT_LIMIT, yearToDateLimits } from '../../domain/limits/calc-limits';
import { Money } from '../../domain/money';
import {
  Claim,
  ClaimCode,
  DeductionInput,
  PROVINCES,
  ProvinceCode,
} from '../../domain/reference/deductions/deductions.types';
import { benefitInput } from '../../domain/reference/engine/taxable-benefits';

/** The flags of `payproof calc` as commander hands them over: text, or true for switches. */
export interface CalcFlags {
  payDate?: string;
  province?: string;
  periods?: string;
  gross?: string;
  federalClaimCode?: string;
  federalClaimAmount?: string;
  provincialClaimCode?: string;
  provincialClaimAmount?: string;
  rpp?: string;
  rrsp?: string;
  unionDues?: string;
  /** Refused: it meant two things. */
  taxableBenefit?: string;
  cashTaxableBenefit?: string;
  nonCashTaxableBenefit?: string;
  additionalTax?: string;
  labourFundShares?: string;
  ytdCpp?: string;
  ytdCpp2?: string;
  ytdEi?: string;
  ytdPensionable?: string;
  pensionableMonths?: string;
  cppExempt?: boolean;
  eiExempt?: boolean;
  bonus?: string;
  retro?: string;
  retroPeriods?: string;
  retroMethod?: string;
  explain?: boolean;
  json?: boolean;
  lang?: string;
}

function amount(flag: string, text: string | undefined, fallback = '0', limit: Limit = PERIOD_AMOUNT_LIMIT): Money {
  const value = text ?? fallback;
  let money: Money;
  try {
    money = Money.of(value);
  } catch {
    throw invalidInput(
      `${flag}: expected an amount like 2307.69 (digits, "." and at most two decimals), found "${value}"`,
    );
  }
  if (money.isNegative()) throw invalidInput(`${flag}: expected an amount of zero or more, found "${value}"`);
  if (money.gt(limit.max))
    throw invalidInput(
      `${flag}: expected an amount from 0 to ${limit.max.toString()} (${limit.why}), found "${value}"`,
    );
  return money;
}

function requiredAmount(flag: string, text: string | undefined, what: string): Money {
  if (text === undefined) throw invalidInput(`${flag} is required: ${what}`);
  return amount(flag, text);
}

function wholeNumber(flag: string, text: string | undefined, fallback: number, range: [number, number]): number {
  if (text === undefined) return fallback;
  const [min, max] = range;
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw invalidInput(`${flag}: expected a whole number from ${min} to ${max}, found "${text}"`);
  }
  return n;
}

function claim(kind: 'federal' | 'provincial', code?: string, amountText?: string): Claim {
  const codeFlag = `--${kind}-claim-code`;
  const amountFlag = `--${kind}-claim-amount`;
  if (code !== undefined && amountText !== undefined) {
    throw invalidInput(`${codeFlag} and ${amountFlag}: give one or the other, not both`);
  }
  if (amountText !== undefined) return { kind: 'amount', amount: amount(amountFlag, amountText) };
  const text = code ?? '1';
  if (text === 'E' || text === 'e') return { kind: 'code', code: 'E' };
  const n = wholeNumber(codeFlag, text, 1, [0, 10]) as Exclude<ClaimCode, 'E'>;
  return { kind: 'code', code: n };
}

function province(text: string | undefined): ProvinceCode {
  const value = (text ?? 'ON').toUpperCase();
  if (!(PROVINCES as readonly string[]).includes(value)) {
    throw invalidInput(`--province: expected one of ${PROVINCES.join(', ')}, found "${text}"`);
  }
  return value as ProvinceCode;
}

function payDate(text: string | undefined, today: string): string {
  const value = text ?? today;
  if (!isIsoDate(value)) throw invalidInput(`--pay-date: expected a date as YYYY-MM-DD, found "${text ?? today}"`);
  return value;
}

function retro(flags: CalcFlags): DeductionInput['retro'] {
  if (flags.retro === undefined) {
    if (flags.retroPeriods !== undefined || flags.retroMethod !== undefined) {
      throw invalidInput('--retro-periods and --retro-method need --retro (the retroactive amount)');
    }
    return undefined;
  }
  const method = flags.retroMethod ?? 'bonus';
  if (method !== 'bonus' && method !== 'spread') {
    throw invalidInput(`--retro-method: expected bonus or spread, found "${method}"`);
  }
  return {
    amount: amount('--retro', flags.retro),
    periods: wholeNumber('--retro-periods', flags.retroPeriods, 1, [1, 53]),
    method,
  };
}

/**
 * Taxable benefits, each flag saying how it is paid (convention benefit.cash-or-non-cash, CRA
 * benefits and allowances chart): cash is insurable and paid in net, non-cash is neither.
 */
function benefits(flags: CalcFlags, gross: Money): Pick<DeductionInput, 'gross' | 'taxableBenefit'> {
  if (flags.taxableBenefit !== undefined) {
    throw invalidInput(
      '--taxable-benefit is no longer taken: say how the benefit is paid, --cash-taxable-benefit (insurable for EI, paid in net) or --non-cash-taxable-benefit (not insurable, not in net)',
    );
  }
  return benefitInput(gross, [
    { paid: 'cash', amount: amount('--cash-taxable-benefit', flags.cashTaxableBenefit) },
    { paid: 'non-cash', amount: amount('--non-cash-taxable-benefit', flags.nonCashTaxableBenefit) },
  ]);
}

/** A pay date no edition covers is the --pay-date flag's fault: say so, as every calc error names its flag. */
function onPayDate<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof PayproofError && err.code === 'NO_RULES_EDITION')
      throw new PayproofError(err.code, `--pay-date: ${err.message}`, err.details);
    throw err;
  }
}

/** Turn the flags of `payproof calc` into one pay period's deduction input, or a coded error naming the flag. */
export function calcInputFromFlags(flags: CalcFlags, today: string): DeductionInput {
  const date = payDate(flags.payDate, today);
  const where = province(flags.province);
  // Nothing can have been withheld beyond the year's maximum (T4127 ch. 6, 7) of the edition the pay date chooses.
  const ytd = onPayDate(() => yearToDateLimits(date, where));
  return {
    payDate: date,
    province: where,
    periodsPerYear: wholeNumber('--periods', flags.periods, 26, [1, 53]),
    ...benefits(flags, requiredAmount('--gross', flags.gross, 'the gross pay for the period, e.g. 2307.69')),
    federalClaim: claim('federal', flags.federalClaimCode, flags.federalClaimAmount),
    provincialClaim: claim('provincial', flags.provincialClaimCode, flags.provincialClaimAmount),
    rpp: amount('--rpp', flags.rpp),
    rrsp: amount('--rrsp', flags.rrsp),
    unionDues: amount('--union-dues', flags.unionDues),
    additionalTax: amount('--additional-tax', flags.additionalTax),
    labourFundShares: amount('--labour-fund-shares', flags.labourFundShares),
    ytd: {
      cpp: amount('--ytd-cpp', flags.ytdCpp, '0', ytd.cpp),
      cpp2: amount('--ytd-cpp2', flags.ytdCpp2, '0', ytd.cpp2),
      ei: amount('--ytd-ei', flags.ytdEi, '0', ytd.ei),
      pensionable: amount('--ytd-pensionable', flags.ytdPensionable),
    },
    pensionableMonths: wholeNumber('--pensionable-months', flags.pensionableMonths, 12, [0, 12]),
    cppExempt: flags.cppExempt === true,
    eiExempt: flags.eiExempt === true,
    bonus: flags.bonus === undefined ? undefined : amount('--bonus', flags.bonus),
    retro: retro(flags),
    trace: flags.explain === true || flags.json === true,
  };
}
