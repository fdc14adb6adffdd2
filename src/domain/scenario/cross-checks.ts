import { compareDates, isPayday, nextPayday, paydayOnOrBefore } from '../calendar';
import { Issue, formatPath, issueAt } from './messages';
import { claimIssues, hasPosition, positionIssues } from './position-checks';
import { endBeforeStart, eventIssues } from './event-checks';
import { limitIssues } from './limit-checks';
import type { ScenarioJson } from './scenario.schema';

/**
 * Rules that relate several fields of a scenario whose shape is already valid. Paths index
 * the INPUT order of events, so a volunteer finds the event they wrote.
 */
type Path = readonly PropertyKey[];

function notPaydayIssue(date: string, path: Path): Issue[] {
  if (isPayday(date)) return [];
  const before = paydayOnOrBefore(date);
  const after = nextPayday(before);
  return [
    issueAt(path, {
      en: `${date} is not a payday (expected a federal payday, e.g. ${before} or ${after})`,
      fr: `${date} n’est pas un jour de paye (attendu : un jour de paye fédéral, p. ex. ${before} ou ${after})`,
    }),
  ];
}

/** Event ids are unique; at most one hire and one termination. */
function eventSetIssues(events: ScenarioJson['events']): Issue[] {
  const issues: Issue[] = [];
  const ids = new Map<string, number>();
  const firstOfKind = new Map<string, number>();
  for (const [i, e] of events.entries()) {
    const first = ids.get(e.id);
    if (first === undefined) ids.set(e.id, i);
    else
      issues.push(
        issueAt(['events', i, 'id'], {
          en: `${e.id} is already the id of events[${first}] (expected every event id to be different)`,
          fr: `${e.id} est déjà l’identifiant de events[${first}] (attendu : un identifiant différent pour chaque événement)`,
        }),
      );
    if (e.kind !== 'hire' && e.kind !== 'termination') continue;
    const earlier = firstOfKind.get(e.kind);
    if (earlier === undefined) firstOfKind.set(e.kind, i);
    else
      issues.push(
        issueAt(['events', i, 'kind'], {
          en: `a second ${e.kind} event (expected at most one; the first is events[${earlier}])`,
          fr: `un deuxième événement ${e.kind} (attendu : au plus un; le premier est events[${earlier}])`,
        }),
      );
  }
  return issues;
}

/** The starting position and hire date are given once: in the employee, or by a hire event. */
function employeeIssues(s: ScenarioJson): Issue[] {
  const e = s.employee;
  const hireAt = s.events.findIndex((ev) => ev.kind === 'hire');
  const issues = [
    ...claimIssues(e.td1.federal, ['employee', 'td1', 'federal']),
    ...claimIssues(e.td1.provincial, ['employee', 'td1', 'provincial']),
  ];
  if (hireAt < 0) return [...issues, ...positionIssues({ position: e, path: ['employee'], required: true })];
  const hire = formatPath(['events', hireAt], 'scenario');
  if (hasPosition(e)) {
    issues.push(
      issueAt(['employee'], {
        en: `has a position as well as the hire event ${hire} (expected the starting position in the hire event only)`,
        fr: `a un poste en plus de l’événement d’embauche ${hire} (attendu : le poste de départ dans l’événement d’embauche seulement)`,
      }),
    );
  }
  if (e.hireDate !== undefined) {
    issues.push(
      issueAt(['employee', 'hireDate'], {
        en: `given as well as the hire event ${hire} (expected the hire date in one place only)`,
        fr: `donnée en plus de l’événement d’embauche ${hire} (attendu : la date d’embauche à un seul endroit)`,
      }),
    );
  }
  return issues;
}

function payRunIssues(s: ScenarioJson): Issue[] {
  const { from, to } = s.payRuns;
  const issues = [...notPaydayIssue(from, ['payRuns', 'from']), ...notPaydayIssue(to, ['payRuns', 'to'])];
  return [...issues, ...endBeforeStart({ start: from, end: to, path: ['payRuns', 'to'], startName: 'from' })];
}

/** Expected lines fall on paydays within payRuns (compared only when payRuns itself is valid). */
function expectedIssues(s: ScenarioJson, payRunsValid: boolean): Issue[] {
  const { from, to } = s.payRuns;
  return s.expected.flatMap((line, i) => {
    const issues = notPaydayIssue(line.payday, ['expected', i, 'payday']);
    if (
      payRunsValid &&
      issues.length === 0 &&
      (compareDates(line.payday, from) < 0 || compareDates(line.payday, to) > 0)
    ) {
      issues.push(
        issueAt(['expected', i, 'payday'], {
          en: `${line.payday} is outside payRuns (expected a payday from ${from} to ${to})`,
          fr: `${line.payday} est hors de payRuns (attendu : un jour de paye du ${from} au ${to})`,
        }),
      );
    }
    const p = line.forPeriod;
    return p
      ? [...issues, ...endBeforeStart({ start: p.start, end: p.end, path: ['expected', i, 'forPeriod', 'end'] })]
      : issues;
  });
}

export function crossCheck(s: ScenarioJson): Issue[] {
  const payRuns = payRunIssues(s);
  return [
    ...employeeIssues(s),
    ...s.events.flatMap((e, i) => eventIssues(e, ['events', i])),
    ...eventSetIssues(s.events),
    ...payRuns,
    ...expectedIssues(s, payRuns.length === 0),
    ...limitIssues(s),
  ];
}
