import { compareDates, isPayday, nextPayday, paydayOnOrBefore } from '../calendar';
import { Issue, formatPath } from './messages';
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
  return [
    { path, message: `${date} is not a payday (expected a federal payday, e.g. ${before} or ${nextPayday(before)})` },
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
      issues.push({
        path: ['events', i, 'id'],
        message: `${e.id} is already the id of events[${first}] (expected every event id to be different)`,
      });
    if (e.kind !== 'hire' && e.kind !== 'termination') continue;
    const earlier = firstOfKind.get(e.kind);
    if (earlier === undefined) firstOfKind.set(e.kind, i);
    else
      issues.push({
        path: ['events', i, 'kind'],
        message: `a second ${e.kind} event (expected at most one; the first is events[${earlier}])`,
      });
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
    issues.push({
      path: ['employee'],
      message: `has a position as well as the hire event ${hire} (expected the starting position in the hire event only)`,
    });
  }
  if (e.hireDate !== undefined) {
    issues.push({
      path: ['employee', 'hireDate'],
      message: `given as well as the hire event ${hire} (expected the hire date in one place only)`,
    });
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
      issues.push({
        path: ['expected', i, 'payday'],
        message: `${line.payday} is outside payRuns (expected a payday from ${from} to ${to})`,
      });
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
