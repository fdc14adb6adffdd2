import { conditionHolds } from '../domain/checks/defects/conditions';
import { dec, Money } from '../domain/money';
import type { PlantedClass } from './planted.types';
import { changeEarnings } from './rebuild-statements';

/** Earning lines computed wrong in one way each: a rate, a proration, a rounding (see pay-classes.ts). */
const overtimeRate: PlantedClass = {
  id: 'overtime-hourly-rate-2080',
  family: 'allowances and premiums',
  name: {
    en: 'Overtime paid at annual / 2,080 hours instead of annual / 1,956.6',
    fr: 'Heures supplémentaires payées au taux annuel / 2 080 heures au lieu de / 1 956,6',
  },
  expected: { kind: 'line', subject: 'OVERTIME', direction: 'under', size: 'amount' },
  plant: (i) => ({
    statements: changeEarnings(i, (_s, lines) =>
      lines.map(({ line }) =>
        line.code === 'OVERTIME' && !line.forPeriod
          ? { ...line, amount: Money.roundHalfUp(line.amount.toDecimal().times('1956.6').dividedBy('2080')) }
          : line,
      ),
    ),
  }),
};

const bonusHalvedInPartialPeriods: PlantedClass = {
  id: 'bilingual-bonus-partial-period',
  family: 'allowances and premiums',
  name: {
    en: 'The bilingualism bonus of a partial period is paid at half its due',
    fr: "La prime au bilinguisme d'une période partielle est payée à la moitié du montant dû",
  },
  expected: {
    kind: 'line',
    subject: 'ALLOWANCE_BILINGUALISM',
    direction: 'under',
    size: 'amount',
    condition: 'partial-period',
  },
  plant: (i) => ({
    statements: changeEarnings(i, (s, lines) =>
      lines.map(({ line }) =>
        line.code === 'ALLOWANCE_BILINGUALISM' &&
        !line.forPeriod &&
        conditionHolds('partial-period', { scenario: i.scenario, payday: s.payday })
          ? { ...line, amount: Money.roundHalfUp(line.amount.toDecimal().dividedBy(2)) }
          : line,
      ),
    ),
  }),
};

/** Earning lines truncated to the cent instead of rounded half-up (the unrounded amount is in each line's trace). */
const truncated: PlantedClass = {
  id: 'earnings-truncated',
  family: 'statutory rounding',
  name: {
    en: 'Earning lines truncated to the cent instead of rounded half-up',
    fr: 'Lignes de gains tronquées au cent au lieu d’être arrondies au plus près',
  },
  expected: { kind: 'rounding', subject: 'EARNINGS' },
  plant: (i) => ({
    statements: changeEarnings(i, (_s, lines) =>
      lines.map(({ line, trace }) => {
        const exact = trace.find((t) => t.step === line.code)?.inputs?.exact;
        return exact === undefined || line.forPeriod ? line : { ...line, amount: Money.truncate(dec(exact)) };
      }),
    ),
  }),
};

export const EARNING_CLASSES: readonly PlantedClass[] = [overtimeRate, bonusHalvedInPartialPeriods, truncated];
