import { yearOf } from '../domain/calendar';
import { annualMaximum } from '../domain/checks/annual-maxima';
import { amountOf, deductionBase } from '../domain/checks/defects/deduction-base';
import { Money } from '../domain/money';
import { editionFor } from '../domain/rules/t4127';
import type { Statement, StatementLine } from '../domain/scenario';
import type { PlantedClass } from './planted.types';
import { changeEarnings, changeLines, type PlantInput } from './rebuild-statements';

/**
 * Statutory-maximum, new-hire and termination defects, planted into the reference's own
 * statements: a deduction line of its own (no other line moves), or a whole pay.
 */

/** Paydays on which the reference's year to date of a capped code had already reached the maximum. */
function pastMaximum(i: PlantInput, code: 'CPP' | 'EI'): Set<string> {
  const out = new Set<string>();
  const totals = new Map<number, Money>();
  for (const s of [...i.history, ...i.reference.map((p) => p.statement)]) {
    const year = yearOf(s.payday);
    const before = totals.get(year) ?? Money.ZERO;
    const { max } = annualMaximum(editionFor(s.payday), code, i.scenario.employee.province);
    if (before.gte(max)) out.add(s.payday);
    totals.set(year, before.plus(amountOf(s, code)));
  }
  return out;
}

/** Keeps withholding a capped contribution after its annual maximum: the last full amount, on every later pay with earnings. */
function beyondMaximum(i: PlantInput, code: 'CPP' | 'EI'): Statement[] {
  const past = pastMaximum(i, code);
  let last = Money.ZERO;
  return changeLines(i, (s) => {
    const own = amountOf(s, code);
    if (!past.has(s.payday)) {
      if (own.isPositive()) last = own;
      return s.lines;
    }
    if (!deductionBase(s).current.isPositive() || own.isPositive() || last.isZero()) return s.lines;
    return [...s.lines, { code, amount: last, description: `${code} (withheld past the maximum)` }];
  });
}

const cppBeyondMaximum: PlantedClass = {
  id: 'cpp-after-annual-maximum',
  family: 'statutory maximums',
  name: {
    en: 'CPP keeps being withheld after the annual maximum',
    fr: 'Le RPC continue d’être retenu après le maximum annuel',
  },
  expected: { kind: 'line', subject: 'CPP', direction: 'under', size: 'amount', condition: 'after-annual-maximum' },
  plant: (i) => ({ statements: beyondMaximum(i, 'CPP') }),
};

const eiBeyondMaximum: PlantedClass = {
  id: 'ei-after-annual-maximum',
  family: 'statutory maximums',
  name: {
    en: 'EI premiums keep being withheld after the annual maximum',
    fr: "Les cotisations d'AE continuent d’être retenues après le maximum annuel",
  },
  expected: { kind: 'line', subject: 'EI', direction: 'under', size: 'amount', condition: 'after-annual-maximum' },
  plant: (i) => ({ statements: beyondMaximum(i, 'EI') }),
};

const noCpp2: PlantedClass = {
  id: 'cpp2-ignored',
  family: 'statutory maximums',
  name: { en: 'CPP2 is never withheld', fr: "Le RPC2 n'est jamais retenu" },
  expected: { kind: 'line', subject: 'CPP2', direction: 'over', size: 'amount' },
  plant: (i) => ({ statements: changeLines(i, (s) => s.lines.filter((l) => l.code !== 'CPP2')) }),
};

/** The hire (or profile hire date) whose period a statement pays. */
const hiredIn = (i: PlantInput, s: Statement) =>
  [
    ...i.scenario.events.filter((e) => e.kind === 'hire').map((e) => e.effective),
    ...(i.scenario.employee.hireDate ? [i.scenario.employee.hireDate] : []),
  ].some((d) => d >= s.periodStart && d <= s.periodEnd);

const firstPayMissed: PlantedClass = {
  id: 'new-hire-first-pay-missed',
  family: 'new hires and transfers',
  name: { en: "A new employee's first pay is not made", fr: "La première paye d'un nouvel employé n'est pas versée" },
  expected: { kind: 'pay', subject: 'missed-pay', direction: 'under', condition: 'new-hire' },
  plant: (i) => ({ statements: i.reference.map((p) => p.statement).filter((s) => !hiredIn(i, s)) }),
};

/** After the last day, the last full regular pay keeps coming (deductions withheld on it again). */
function paidAfterLastDay(i: PlantInput): Statement[] {
  const lastDay = i.scenario.events.find((e) => e.kind === 'termination')?.lastDay;
  let regular: StatementLine | undefined;
  return changeEarnings(i, (s, lines) => {
    const own = lines.map((x) => x.line);
    const full = own.find((l) => l.code === 'REGULAR' && !l.forPeriod && l.hours?.toString() === '75');
    if (full) regular = full;
    if (lastDay === undefined || s.periodStart <= lastDay || own.length > 0 || !regular) return own;
    return [{ ...regular, description: 'Regular pay (after the last day)' }];
  });
}

const paidAfterTermination: PlantedClass = {
  id: 'paid-after-termination',
  family: 'termination and departures',
  name: {
    en: 'Regular pay keeps coming after the last day',
    fr: 'La paye régulière continue après le dernier jour',
  },
  expected: { kind: 'pay', subject: 'unexpected-pay', direction: 'over', condition: 'termination' },
  plant: (i) => ({ statements: paidAfterLastDay(i) }),
};

export const DEDUCTION_CLASSES: readonly PlantedClass[] = [
  cppBeyondMaximum,
  eiBeyondMaximum,
  noCpp2,
  firstPayMissed,
  paidAfterTermination,
];
