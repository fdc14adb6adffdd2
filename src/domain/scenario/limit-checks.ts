import { dec } from '../money';
import { Issue, issueAt, type Words } from './messages';
import { textIssues } from './text-limit-checks';
import {
  DATE_LIMIT_REASONS,
  DATE_LIMIT_REASONS_FR,
  DATE_LIMITS,
  MAX_ANNUAL_RATE,
  MAX_LINE_AMOUNT,
  MAX_OVERTIME_MULTIPLIER,
  MAX_PER_PAY,
  MAX_WEEKLY_HOURS,
} from './limits';
import type { HrEventJson } from './events.schema';
import type { ScenarioJson } from './scenario.schema';

/**
 * The plausibility limits of limits.ts, checked on a scenario whose shape is valid. Every
 * message names the value found and the accepted range; paths index the input order.
 */
type Path = readonly PropertyKey[];

/** A decimal text (already shaped) no larger than `max`; `min` is exclusive when `above` is set. */
function atMost(text: string | undefined, max: string, path: Path, why: Words): Issue[] {
  if (text === undefined || dec(text.replace(/^-/, '')).lte(dec(max))) return [];
  return [issueAt(path, { en: `${text} is more than ${max} (${why.en})`, fr: `${text} dépasse ${max} (${why.fr})` })];
}

const RATE_WHY: Words = {
  en: `the largest annual rate payproof accepts: about four times the top of the EX-05 range`,
  fr: `le taux annuel le plus élevé que payproof accepte : environ quatre fois le haut de l’échelle EX-05`,
};
const CLAIM_WHY: Words = { en: 'a TD1 claim amount', fr: 'un montant de demande TD1' };

function employeeIssues(e: ScenarioJson['employee']): Issue[] {
  const hours = dec(e.weeklyHours);
  const issues: Issue[] =
    hours.gt(0) && hours.lte(dec(MAX_WEEKLY_HOURS))
      ? []
      : [
          issueAt(['employee', 'weeklyHours'], {
            en: `found ${e.weeklyHours} hours, expected more than 0 and at most ${MAX_WEEKLY_HOURS}, a full-time week (part-time pay is in proportion to weekly hours over 37.5)`,
            fr: `trouvé ${e.weeklyHours} heures, attendu : plus de 0 et au plus ${MAX_WEEKLY_HOURS}, une semaine à temps plein (la paye à temps partiel est proportionnelle aux heures hebdomadaires sur 37,5)`,
          }),
        ];
  return [
    ...issues,
    ...atMost(e.unionDues, MAX_PER_PAY, ['employee', 'unionDues'], {
      en: 'the most one pay can hold: dues are withheld each pay',
      fr: 'le plus qu’une paye peut contenir : les cotisations sont retenues à chaque paye',
    }),
    ...atMost(e.annualRate, MAX_ANNUAL_RATE, ['employee', 'annualRate'], RATE_WHY),
    ...(['federal', 'provincial'] as const).flatMap((side) =>
      atMost(e.td1[side].amount, MAX_LINE_AMOUNT, ['employee', 'td1', side, 'amount'], CLAIM_WHY),
    ),
  ];
}

/** Amounts and rates inside one event. */
function eventAmountIssues(e: HrEventJson, at: Path): Issue[] {
  switch (e.kind) {
    case 'hire':
    case 'acting':
      return atMost(e.annualRate, MAX_ANNUAL_RATE, [...at, 'annualRate'], RATE_WHY);
    case 'rateRevision':
      return (e.rates ?? []).flatMap((r, i) =>
        atMost(r.annualRate, MAX_ANNUAL_RATE, [...at, 'rates', i, 'annualRate'], RATE_WHY),
      );
    case 'allowance':
      return atMost(e.annualAmount, MAX_ANNUAL_RATE, [...at, 'annualAmount'], {
        en: 'an annual allowance',
        fr: 'une indemnité annuelle',
      });
    case 'overtime':
      return atMost(e.multiplier, MAX_OVERTIME_MULTIPLIER, [...at, 'multiplier'], {
        en: 'double time is the highest overtime rate',
        fr: 'le taux double est le taux d’heures supplémentaires le plus élevé',
      });
    case 'td1Change':
      return (['federal', 'provincial'] as const).flatMap((side) =>
        atMost(e[side]?.amount, MAX_LINE_AMOUNT, [...at, side, 'amount'], CLAIM_WHY),
      );
    default:
      return [];
  }
}

/** Every date field of an event, by name. */
function eventDates(e: HrEventJson): Array<[field: string, date: string]> {
  const fields = ['entered', 'effective', 'start', 'end', 'lastDay', 'date', 'signed'] as const;
  const record = e as Partial<Record<(typeof fields)[number], string>>;
  return fields.flatMap((f) => (record[f] === undefined ? [] : [[f, record[f]] as [string, string]]));
}

function eventDateIssues(e: HrEventJson, at: Path): Issue[] {
  const { earliestEvent: from } = DATE_LIMITS;
  return eventDates(e).flatMap(([field, date]): Issue[] => {
    const isEnd = field === 'end';
    const to = isEnd ? DATE_LIMITS.latestEnd : DATE_LIMITS.latestEvent;
    const range = `expected a date from ${from} to ${to}`;
    const rangeFr = `attendu : une date du ${from} au ${to}`;
    if (date < from) {
      const hire = e.kind === 'hire' && field === 'effective';
      const hint = hire ? '; for a hire before then, give the employee a hireDate instead of a hire event' : '';
      const hintFr = hire
        ? '; pour une embauche antérieure, donnez à l’employé une hireDate au lieu d’un événement hire'
        : '';
      return [
        issueAt([...at, field], {
          en: `${date} is before ${from} (${range}: ${DATE_LIMIT_REASONS.earliestEvent}${hint})`,
          fr: `${date} est avant le ${from} (${rangeFr}; ${DATE_LIMIT_REASONS_FR.earliestEvent}${hintFr})`,
        }),
      ];
    }
    if (date <= to) return [];
    const which = isEnd ? 'latestEnd' : 'latestEvent';
    return [
      issueAt([...at, field], {
        en: `${date} is after ${to} (${range}: ${DATE_LIMIT_REASONS[which]})`,
        fr: `${date} est après le ${to} (${rangeFr}; ${DATE_LIMIT_REASONS_FR[which]})`,
      }),
    ];
  });
}

function payRunLimitIssues(s: ScenarioJson): Issue[] {
  const { firstPayday, lastPayday } = DATE_LIMITS;
  return (['from', 'to'] as const).flatMap((end): Issue[] => {
    const date = s.payRuns[end];
    if (date >= firstPayday && date <= lastPayday) return [];
    return [
      issueAt(['payRuns', end], {
        en: `${date} is ${date < firstPayday ? 'before' : 'after'} the paydays payproof has rules for (expected a payday from ${firstPayday} to ${lastPayday}: ${DATE_LIMIT_REASONS.payday})`,
        fr: `${date} est ${date < firstPayday ? 'avant' : 'après'} les jours de paye pour lesquels payproof a des règles (attendu : un jour de paye du ${firstPayday} au ${lastPayday}; ${DATE_LIMIT_REASONS_FR.payday})`,
      }),
    ];
  });
}

/** Limits on sizes, amounts and dates; the scenario's own window is checked in window-checks.ts. */
export function limitIssues(s: ScenarioJson): Issue[] {
  return [
    ...textIssues(s),
    ...employeeIssues(s.employee),
    ...(s.employee.hireDate !== undefined && s.employee.hireDate > DATE_LIMITS.latestEvent
      ? [
          issueAt(['employee', 'hireDate'], {
            en: `${s.employee.hireDate} is after ${DATE_LIMITS.latestEvent} (${DATE_LIMIT_REASONS.latestEvent})`,
            fr: `${s.employee.hireDate} est après le ${DATE_LIMITS.latestEvent} (${DATE_LIMIT_REASONS_FR.latestEvent})`,
          }),
        ]
      : []),
    ...s.events.flatMap((e, i) => [...eventAmountIssues(e, ['events', i]), ...eventDateIssues(e, ['events', i])]),
    ...s.expected.flatMap((l, i) =>
      atMost(l.amount, MAX_LINE_AMOUNT, ['expected', i, 'amount'], {
        en: "a year's pay at the largest annual rate payproof accepts",
        fr: 'une année de paye au taux annuel le plus élevé que payproof accepte',
      }),
    ),
    ...payRunLimitIssues(s),
  ];
}
