import type { Defect } from '../../../src/domain/checks/defects';
import { LINE_NAMES } from '../../../src/domain/checks/defects/defect-words';
import type { LineCode } from '../../../src/domain/scenario';
import { catalogue, documentedDefects, judgeSupplier, type Judged } from './defects-helpers';

/**
 * Issue 14, "done when": for each bundled simulated supplier, run over the catalogue through
 * the judge and the defect core (no database), each defect its README documents is a defect of
 * its own: at least one reported defect has its shape, names one of the README's line codes, and
 * is titled after its subject; no reported defect answers for two documented ones.
 */

type Shape = (d: Defect) => boolean;
const p = (d: Defect) => d.signature.parts;
const EARNINGS_PRORATED = ['REGULAR', 'LWOP', 'ACTING', 'ALLOWANCE_BILINGUALISM'];

/** How each documented defect shows as a defect (README "what it does wrong" and "revealed by"). */
const SHAPES: Record<string, Record<string, Shape>> = {
  floatwise: {
    // Rounds corrections late: retroactive lines a cent or two off.
    'FW-1': (d) => p(d).kind === 'rounding' && d.codes.includes('RETRO_ADJUSTMENT'),
    // P counted 27 in 2025 (its pay of 2025-01-01 was made on 2024-12-31): CPP exemption 3,500 / 27, CPP withheld too much.
    'FW-2': (d) => p(d).subject === 'CPP' && p(d).direction === 'under',
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
function titledAfterSubject(d: Defect): boolean {
  const subject = p(d).subject;
  if (p(d).kind === 'rounding')
    return d.title.en.startsWith('Earning lines') && d.title.fr.startsWith('Lignes de gains');
  if (p(d).kind === 'pay') return /pay/i.test(d.title.en) && /paie/i.test(d.title.fr);
  const name = LINE_NAMES[subject as LineCode];
  return d.title.en.startsWith(name.en) && d.title.fr.startsWith(name.fr);
}

describe.each(Object.keys(SHAPES))('the documented defects of %s, each its own defect', (vendorId) => {
  let judged: Judged;
  const documented = documentedDefects(vendorId);

  beforeAll(async () => {
    judged = await judgeSupplier(vendorId, await catalogue());
  });

  it('knows the shape of every defect the README documents', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(SHAPES[vendorId]).sort());
  });

  it.each([...documented.keys()])('%s is reported, titled after its subject, with a documented line code', (id) => {
    const found = judged.defects.defects.filter(SHAPES[vendorId][id]);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(titledAfterSubject(d)).toBe(true);
    expect(found.some((d) => d.codes.some((c) => documented.get(id)!.includes(c)))).toBe(true);
  });

  it('no reported defect answers for two documented ones', () => {
    const ids = [...documented.keys()];
    for (const d of judged.defects.defects) {
      const claimed = ids.filter((id) => SHAPES[vendorId][id](d));
      expect({ defect: d.id, claimed: claimed.length <= 1 }).toEqual({ defect: d.id, claimed: true });
    }
  });

  it('reports at least as many defects as it documents, every net difference of a payday charged once to a defect', () => {
    expect(judged.defects.defects.length).toBeGreaterThanOrEqual(documented.size);
    expect(judged.unbalanced).toEqual([]);
  });
});
