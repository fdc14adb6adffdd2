import type { SignatureParts, Words } from '../../../src/domain/checks/defects';
import { LINE_NAMES } from '../../../src/domain/checks/defects/defect-words';
import type { LineCode } from '../../../src/domain/scenario';

/**
 * How each defect a simulated supplier documents (vendors/<id>/README.md, "## Defects") shows as
 * a defect: its signature's shape. Shared by the defect core's test (no database) and the
 * stored run's (through the API).
 */
/** What a shape looks at: the signature's parts and the literal line codes (a domain defect and a stored one alike). */
export interface Shaped {
  parts: SignatureParts;
  codes: readonly string[];
  title: Words;
}
type Shape = (d: Shaped) => boolean;
const p = (d: Shaped) => d.parts;
const EARNINGS_PRORATED = ['REGULAR', 'LWOP', 'ACTING', 'ALLOWANCE_BILINGUALISM'];

/** How each documented defect shows as a defect (README "what it does wrong" and "revealed by"). */
export const SHAPES: Record<string, Record<string, Shape>> = {
  floatwise: {
    // Rounds corrections late: retroactive lines a cent or two off.
    'FW-1': (d) => p(d).kind === 'rounding' && d.codes.includes('RETRO_ADJUSTMENT'),
    // P counted 27 in 2025 (its pay of 2025-01-01 was made on 2024-12-31): CPP exemption 3,500 / 27 and tax on 27 pays,
    // one parameter defect (docs/defects.md, "Parameters").
    'FW-2': (d) => p(d).kind === 'parameter' && p(d).value?.used === 27 && p(d).value?.due === 26,
    // Overtime at annual / 2,080: overtime paid too little.
    'FW-3': (d) => p(d).subject === 'OVERTIME' && p(d).direction === 'under',
    // Bilingualism bonus prorated by the day, not earned by the month.
    'FW-4': (d) => p(d).kind === 'line' && p(d).subject === 'ALLOWANCE_BILINGUALISM',
  },
  daycount: {
    // Calendar-day proration: partial periods paid wrong, either way.
    'DC-1': (d) =>
      p(d).kind === 'line' && EARNINGS_PRORATED.includes(p(d).subject) && p(d).condition === 'partial-period',
    // Arrears added to REGULAR instead of RETRO_ADJUSTMENT lines.
    'DC-2': (d) => p(d).kind === 'moved' && p(d).subject === 'RETRO_ADJUSTMENT' && p(d).to === 'REGULAR',
    // Overpayments recovered at once: a reversal or recovery earlier than due, or money taken where nothing is due.
    'DC-3': (d) =>
      (p(d).kind === 'timing' && p(d).direction === 'early') ||
      (p(d).kind === 'pay' && p(d).subject === 'unexpected-pay' && p(d).direction === 'under'),
    // A prior-year overpayment recovered gross, not net: the recovery differs (its size also carries DC-1's proration).
    'DC-4': (d) => p(d).kind === 'line' && p(d).subject === 'RECOVERY',
  },
  'quickpay-cli': {
    // Truncates variable earnings: a cent off.
    'QP-1': (d) => p(d).kind === 'rounding',
    // No CPP2 at all.
    'QP-2': (d) => p(d).subject === 'CPP2' && p(d).direction === 'over',
    // Acting from the day entered: acting paid too little when entered late.
    'QP-3': (d) =>
      p(d).subject === 'ACTING' &&
      p(d).direction === 'under' &&
      (p(d).condition === 'late-entry' || p(d).condition === 'acting-first-period'),
    // No pension owed for leave without pay: too little collected after a leave, or given back for a late one.
    'QP-4': (d) => p(d).kind === 'line' && p(d).subject === 'PENSION' && p(d).direction === 'over',
  },
};

/** A title names its subject: the line's name, "Earning lines" for rounding, the pay for a whole pay. */
export function titledAfterSubject(d: Shaped): boolean {
  const subject = p(d).subject;
  if (p(d).kind === 'rounding')
    return d.title.en.startsWith('Earning lines') && d.title.fr.startsWith('Lignes de gains');
  if (p(d).kind === 'pay') return /pay/i.test(d.title.en) && /paye/i.test(d.title.fr);
  if (p(d).kind === 'parameter') return /pay periods/.test(d.title.en) && /périodes de paye/.test(d.title.fr);
  const name = LINE_NAMES[subject as LineCode];
  return d.title.en.startsWith(name.en) && d.title.fr.startsWith(name.fr);
}
