import { compareDates } from '../calendar';
import { dec } from '../money';
import { Issue } from './messages';
import { appliesToClassification } from './pa-pay-table';
import { claimIssues, positionIssues } from './position-checks';
import type { HrEventJson } from './events.schema';

/** Rules within one event that relate several of its fields (run after the shape is valid). */
type Path = readonly PropertyKey[];

/** A range's end must not be before its start; `path` names the end field. */
export interface DateOrder {
  start: string;
  end: string;
  path: Path;
  /** How the start is named in the message (default "start"). */
  startName?: string;
}

export function endBeforeStart({ start, end, path, startName = 'start' }: DateOrder): Issue[] {
  if (compareDates(end, start) >= 0) return [];
  return [{ path, message: `${end} is before ${startName} ${start} (expected a date on or after ${start})` }];
}

/** Overtime is hours worked in one day: more than 0, at most 24. */
function overtimeIssues(e: Extract<HrEventJson, { kind: 'overtime' }>, path: Path): Issue[] {
  const issues: Issue[] = [];
  const hours = dec(e.hours);
  if (hours.lte(0) || hours.gt(24)) {
    issues.push({
      path: [...path, 'hours'],
      message: `found ${e.hours} hours, expected more than 0 and at most 24 hours in one day`,
    });
  }
  if (e.dayType !== undefined && e.multiplier !== undefined) {
    issues.push({ path, message: 'gives both dayType and multiplier (expected exactly one of them)' });
  } else if (e.dayType === undefined && e.multiplier === undefined) {
    issues.push({
      path,
      message:
        'gives neither dayType nor multiplier (expected dayType workday, firstDayOfRest or secondDayOfRest, or a multiplier such as "1.5")',
    });
  } else if (e.multiplier !== undefined && dec(e.multiplier).lt(1)) {
    issues.push({
      path: [...path, 'multiplier'],
      message: `found ${e.multiplier}, expected a multiplier of at least 1, e.g. 1.5 or 2.0`,
    });
  }
  return issues;
}

function rateRevisionIssues(e: Extract<HrEventJson, { kind: 'rateRevision' }>, path: Path): Issue[] {
  if (e.rates !== undefined && e.percent !== undefined)
    return [{ path, message: 'gives both rates and percent (expected exactly one of them)' }];
  if (e.rates === undefined && e.percent === undefined) {
    return [
      { path, message: 'gives neither rates nor percent (expected a table of new rates, or a percent such as "2.25")' },
    ];
  }
  if (e.percent !== undefined) {
    const p = dec(e.percent);
    return p.gt(0) && p.lte(100)
      ? []
      : [
          {
            path: [...path, 'percent'],
            message: `found ${e.percent}, expected a percent more than 0 and at most 100, e.g. 2.25`,
          },
        ];
  }
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  for (const [i, r] of (e.rates ?? []).entries()) {
    const at = [...path, 'rates', i];
    if (!appliesToClassification(e.appliesTo, r.classification)) {
      issues.push({
        path: [...at, 'classification'],
        message: `${r.classification} is not covered by appliesTo ${e.appliesTo} (expected a classification of ${e.appliesTo})`,
      });
    }
    const key = `${r.classification} step ${r.step}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({
        path: at,
        message: `${key} is already given in rates[${first}] (expected each classification and step once)`,
      });
    else seen.set(key, i);
  }
  return issues;
}

/** The cross-field rules of one event, by kind. */
export function eventIssues(e: HrEventJson, path: Path): Issue[] {
  switch (e.kind) {
    case 'hire':
      return positionIssues({ position: e, path, required: true });
    case 'acting':
      return [
        ...endBeforeStart({ start: e.start, end: e.end, path: [...path, 'end'] }),
        ...positionIssues({ position: e, path, required: true }),
      ];
    case 'leaveWithoutPay':
      return endBeforeStart({ start: e.start, end: e.end, path: [...path, 'end'] });
    case 'allowance':
      return e.end === undefined ? [] : endBeforeStart({ start: e.start, end: e.end, path: [...path, 'end'] });
    case 'overtime':
      return overtimeIssues(e, path);
    case 'rateRevision':
      return rateRevisionIssues(e, path);
    case 'td1Change': {
      if (e.federal === undefined && e.provincial === undefined) {
        return [{ path, message: 'gives neither federal nor provincial (expected at least one new TD1 claim)' }];
      }
      const fed = e.federal ? claimIssues(e.federal, [...path, 'federal']) : [];
      return [...fed, ...(e.provincial ? claimIssues(e.provincial, [...path, 'provincial']) : [])];
    }
    default:
      return [];
  }
}
