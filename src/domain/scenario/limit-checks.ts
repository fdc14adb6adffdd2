import { dec } from '../money';
import { Issue } from './messages';
import { textIssues } from './text-limit-checks';
import {
  DATE_LIMIT_REASONS,
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
function atMost(text: string | undefined, max: string, path: Path, why: string): Issue[] {
  if (text === undefined || dec(text.replace(/^-/, '')).lte(dec(max))) return [];
  return [{ path, message: `${text} is more than ${max} (${why})` }];
}

const RATE_WHY = `the largest annual rate payproof accepts: about four times the top of the EX-05 range`;

function employeeIssues(e: ScenarioJson['employee']): Issue[] {
  const hours = dec(e.weeklyHours);
  const issues: Issue[] =
    hours.gt(0) && hours.lte(dec(MAX_WEEKLY_HOURS))
      ? []
      : [
          {
            path: ['employee', 'weeklyHours'],
            message: `found ${e.weeklyHours} hours, expected more than 0 and at most ${MAX_WEEKLY_HOURS}, a full-time week (part-time pay is in proportion to weekly hours over 37.5)`,
          },
        ];
  return [
    ...issues,
    ...atMost(
      e.unionDues,
      MAX_PER_PAY,
      ['employee', 'unionDues'],
      'the most one pay can hold: dues are withheld each pay',
    ),
    ...atMost(e.annualRate, MAX_ANNUAL_RATE, ['employee', 'annualRate'], RATE_WHY),
    ...(['federal', 'provincial'] as const).flatMap((side) =>
      atMost(e.td1[side].amount, MAX_LINE_AMOUNT, ['employee', 'td1', side, 'amount'], 'a TD1 claim amount'),
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
      return atMost(e.annualAmount, MAX_ANNUAL_RATE, [...at, 'annualAmount'], 'an annual allowance');
    case 'overtime':
      return atMost(
        e.multiplier,
        MAX_OVERTIME_MULTIPLIER,
        [...at, 'multiplier'],
        'double time is the highest overtime rate',
      );
    case 'td1Change':
      return (['federal', 'provincial'] as const).flatMap((side) =>
        atMost(e[side]?.amount, MAX_LINE_AMOUNT, [...at, side, 'amount'], 'a TD1 claim amount'),
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
    if (date < from) {
      const hint =
        e.kind === 'hire' && field === 'effective'
          ? '; for a hire before then, give the employee a hireDate instead of a hire event'
          : '';
      const why = `${DATE_LIMIT_REASONS.earliestEvent}${hint}`;
      return [{ path: [...at, field], message: `${date} is before ${from} (${range}: ${why})` }];
    }
    if (date <= to) return [];
    const why = isEnd ? DATE_LIMIT_REASONS.latestEnd : DATE_LIMIT_REASONS.latestEvent;
    return [{ path: [...at, field], message: `${date} is after ${to} (${range}: ${why})` }];
  });
}

function payRunLimitIssues(s: ScenarioJson): Issue[] {
  const { firstPayday, lastPayday } = DATE_LIMITS;
  return (['from', 'to'] as const).flatMap((end): Issue[] => {
    const date = s.payRuns[end];
    if (date >= firstPayday && date <= lastPayday) return [];
    return [
      {
        path: ['payRuns', end],
        message: `${date} is ${date < firstPayday ? 'before' : 'after'} the paydays payproof has rules for (expected a payday from ${firstPayday} to ${lastPayday}: ${DATE_LIMIT_REASONS.payday})`,
      },
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
          {
            path: ['employee', 'hireDate'],
            message: `${s.employee.hireDate} is after ${DATE_LIMITS.latestEvent} (${DATE_LIMIT_REASONS.latestEvent})`,
          },
        ]
      : []),
    ...s.events.flatMap((e, i) => [...eventAmountIssues(e, ['events', i]), ...eventDateIssues(e, ['events', i])]),
    ...s.expected.flatMap((l, i) =>
      atMost(
        l.amount,
        MAX_LINE_AMOUNT,
        ['expected', i, 'amount'],
        "a year's pay at the largest annual rate payproof accepts",
      ),
    ),
    ...payRunLimitIssues(s),
  ];
}
