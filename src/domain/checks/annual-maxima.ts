import type { IsoDate } from '../calendar';
import { PayproofError } from '../errors';
import { Money } from '../money';
import type { ProvinceCode } from '../reference/deductions/deductions.types';
import { editionFor, type Edition } from '../rules/t4127';
import type { LineCode, Statement } from '../scenario';
import type { Violation } from './finding.types';

/** The contributions and premiums with an annual maximum per employee (T4127 ch. 4, 6, 7). */
export type CappedCode = 'CPP' | 'CPP2' | 'QPP' | 'QPP2' | 'EI' | 'QPIP';
const CAPPED: readonly CappedCode[] = ['CPP', 'CPP2', 'QPP', 'QPP2', 'EI', 'QPIP'];

/**
 * The annual maximum for a code, from the edition in force. EI: the Quebec maximum when the
 * person works in Quebec (T4127 ch. 7, reduced rate); with no province given, the general
 * maximum, the larger, so the check can miss a Quebec excess but never accuse wrongly.
 */
export function annualMaximum(
  edition: Edition,
  code: CappedCode,
  province?: ProvinceCode,
): { max: Money; citation: string } {
  const rules = {
    CPP: { max: edition.cpp.max, citation: edition.cpp.citation },
    CPP2: { max: edition.cpp.max2, citation: edition.cpp.citation },
    QPP: { max: edition.qpp.max, citation: edition.qpp.citation },
    QPP2: { max: edition.qpp.max2, citation: edition.qpp.citation },
    EI: province === 'QC' ? edition.eiQuebec : edition.ei,
    QPIP: edition.qpip,
  }[code];
  return { max: Money.roundHalfUp(rules.max), citation: rules.citation };
}

export interface AnnualMaximaInput {
  scenarioId: string;
  /** One person's statements (one scenario), any order. */
  statements: readonly Statement[];
  province?: ProvinceCode;
}

/**
 * Year-to-date CPP, CPP2, QPP, QPP2, EI and QPIP withheld must never pass the year's maximum.
 * Deductions belong to the calendar year of the payday (T4127 ch. 1), retro lines included.
 * Walks paydays in order; reports the payday on which the total first went over and its peak.
 * A year with no T4127 edition held is reported in notChecked, not guessed.
 */
export function annualMaxima(input: AnnualMaximaInput): { violations: Violation[]; notChecked: string[] } {
  const byYear = new Map<string, Statement[]>();
  for (const s of [...input.statements].sort((a, b) => (a.payday < b.payday ? -1 : a.payday > b.payday ? 1 : 0))) {
    const year = s.payday.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), s]);
  }
  const violations: Violation[] = [];
  const notChecked: string[] = [];
  for (const [year, statements] of byYear) {
    const edition = editionOrUndefined(statements[statements.length - 1].payday);
    if (edition === undefined) notChecked.push(`annual maxima for ${year}: no T4127 edition held for that year`);
    else for (const code of CAPPED) violations.push(...overMaximum({ ...input, code, statements, edition, year }));
  }
  return { violations, notChecked };
}

function editionOrUndefined(payday: IsoDate): Edition | undefined {
  try {
    return editionFor(payday);
  } catch (e) {
    if (e instanceof PayproofError && e.code === 'NO_RULES_EDITION') return undefined;
    throw e;
  }
}

interface OverInput extends AnnualMaximaInput {
  code: CappedCode;
  edition: Edition;
  year: string;
}

/** Over the maximum at any payday of the year, even if a later refund brings it back. */
function overMaximum(i: OverInput): Violation[] {
  const { max, citation } = annualMaximum(i.edition, i.code, i.province);
  let ytd = Money.ZERO;
  let peak = Money.ZERO;
  let firstOver: IsoDate | undefined;
  for (const s of i.statements) {
    ytd = ytd.plus(Money.sum(s.lines.filter((l) => l.code === (i.code as LineCode)).map((l) => l.amount)));
    peak = Money.max(peak, ytd);
    if (firstOver === undefined && ytd.gt(max)) firstOver = s.payday;
  }
  if (firstOver === undefined) return [];
  return [
    {
      scenarioId: i.scenarioId,
      check: 'annual-maximum',
      payday: firstOver,
      code: i.code,
      required: max,
      found: peak,
      message: `${i.code} in ${i.year}: supplier withheld ${peak} year to date, ${peak.minus(max)} above the annual maximum ${max} (${citation}); first over on ${firstOver}`,
    },
  ];
}
