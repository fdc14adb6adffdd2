import { compareDates } from '../calendar';
import { dec } from '../money';
import { Issue, issueAt } from './messages';
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
  /** How the start is named in the message (default "start"; a field name, the same in both languages). */
  startName?: string;
}

export function endBeforeStart({ start, end, path, startName = 'start' }: DateOrder): Issue[] {
  if (compareDates(end, start) >= 0) return [];
  return [
    issueAt(path, {
      en: `${end} is before ${startName} ${start} (expected a date on or after ${start})`,
      fr: `${end} est avant ${startName} ${start} (attendu : une date égale ou postérieure au ${start})`,
    }),
  ];
}

/** Overtime is hours worked in one day: more than 0, at most 24. */
function overtimeIssues(e: Extract<HrEventJson, { kind: 'overtime' }>, path: Path): Issue[] {
  const issues: Issue[] = [];
  const hours = dec(e.hours);
  if (hours.lte(0) || hours.gt(24)) {
    issues.push(
      issueAt([...path, 'hours'], {
        en: `found ${e.hours} hours, expected more than 0 and at most 24 hours in one day`,
        fr: `trouvé ${e.hours} heures, attendu : plus de 0 et au plus 24 heures dans une journée`,
      }),
    );
  }
  if (e.dayType !== undefined && e.multiplier !== undefined) {
    issues.push(
      issueAt(path, {
        en: 'gives both dayType and multiplier (expected exactly one of them)',
        fr: 'donne à la fois dayType et multiplier (attendu : un seul des deux)',
      }),
    );
  } else if (e.dayType === undefined && e.multiplier === undefined) {
    issues.push(
      issueAt(path, {
        en: 'gives neither dayType nor multiplier (expected dayType workday, firstDayOfRest or secondDayOfRest, or a multiplier such as "1.5")',
        fr: 'ne donne ni dayType ni multiplier (attendu : dayType workday, firstDayOfRest ou secondDayOfRest, ou un multiplicateur comme "1.5")',
      }),
    );
  } else if (e.multiplier !== undefined && dec(e.multiplier).lt(1)) {
    issues.push(
      issueAt([...path, 'multiplier'], {
        en: `found ${e.multiplier}, expected a multiplier of at least 1, e.g. 1.5 or 2.0`,
        fr: `trouvé ${e.multiplier}, attendu : un multiplicateur d’au moins 1, p. ex. 1.5 ou 2.0`,
      }),
    );
  }
  return issues;
}

function rateRevisionIssues(e: Extract<HrEventJson, { kind: 'rateRevision' }>, path: Path): Issue[] {
  if (e.rates !== undefined && e.percent !== undefined)
    return [
      issueAt(path, {
        en: 'gives both rates and percent (expected exactly one of them)',
        fr: 'donne à la fois rates et percent (attendu : un seul des deux)',
      }),
    ];
  if (e.rates === undefined && e.percent === undefined) {
    return [
      issueAt(path, {
        en: 'gives neither rates nor percent (expected a table of new rates, or a percent such as "2.25")',
        fr: 'ne donne ni rates ni percent (attendu : un tableau de nouveaux taux, ou un pourcentage comme "2.25")',
      }),
    ];
  }
  if (e.percent !== undefined) {
    const p = dec(e.percent);
    return p.gt(0) && p.lte(100)
      ? []
      : [
          issueAt([...path, 'percent'], {
            en: `found ${e.percent}, expected a percent more than 0 and at most 100, e.g. 2.25`,
            fr: `trouvé ${e.percent}, attendu : un pourcentage de plus de 0 et d’au plus 100, p. ex. 2.25`,
          }),
        ];
  }
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  for (const [i, r] of (e.rates ?? []).entries()) {
    const at = [...path, 'rates', i];
    if (!appliesToClassification(e.appliesTo, r.classification)) {
      issues.push(
        issueAt([...at, 'classification'], {
          en: `${r.classification} is not covered by appliesTo ${e.appliesTo} (expected a classification of ${e.appliesTo})`,
          fr: `${r.classification} n’est pas visée par appliesTo ${e.appliesTo} (attendu : une classification de ${e.appliesTo})`,
        }),
      );
    }
    const key = `${r.classification} step ${r.step}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push(
        issueAt(at, {
          en: `${key} is already given in rates[${first}] (expected each classification and step once)`,
          fr: `${r.classification} échelon ${r.step} est déjà donné dans rates[${first}] (attendu : chaque classification et échelon une seule fois)`,
        }),
      );
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
        return [
          issueAt(path, {
            en: 'gives neither federal nor provincial (expected at least one new TD1 claim)',
            fr: 'ne donne ni federal ni provincial (attendu : au moins une nouvelle demande TD1)',
          }),
        ];
      }
      const fed = e.federal ? claimIssues(e.federal, [...path, 'federal']) : [];
      return [...fed, ...(e.provincial ? claimIssues(e.provincial, [...path, 'provincial']) : [])];
    }
    default:
      return [];
  }
}
