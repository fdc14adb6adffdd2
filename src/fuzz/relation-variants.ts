import {
  addDays,
  cutoffFor,
  nextPayday,
  paydayForPeriod,
  paydaysBetween,
  periodContaining,
  yearOf,
} from '../domain/calendar';
import { annualRateFor, parseScenarioOrThrow, scenarioToJson, stepsFor, type Scenario } from '../domain/scenario';

/**
 * The scenario changes behind the metamorphic relations (relations.ts). Each takes a scenario
 * and returns the changed scenario(s), or undefined when the relation does not apply to it.
 * Changes go through the JSON form and parseScenario, so every variant is a valid scenario.
 */
type Json = Record<string, unknown>;

function rebuild(s: Scenario, id: string, edit: (json: Json) => void): Scenario {
  const json = scenarioToJson(s) as unknown as Json;
  edit(json);
  return parseScenarioOrThrow({ ...json, id });
}

const events = (json: Json) => json.events as Json[];

/** Hours in quarter hours, as the fuzzer writes them: "7.5" → 30. */
const quarters = (hours: string) => Math.round(Number(hours) * 4);

/** The first overtime entry of at least half an hour, split in two entries on the same day that add up to it. */
export function splitOvertime(s: Scenario): Scenario | undefined {
  const target = s.events.find((e) => e.kind === 'overtime' && quarters(e.hours.toString()) >= 2);
  if (!target) return undefined;
  return rebuild(s, `${s.id}.split`, (json) => {
    const list = events(json);
    const at = list.findIndex((e) => e.id === target.id);
    const q = quarters(String(list[at].hours));
    const first = Math.floor(q / 2);
    list.splice(
      at,
      1,
      { ...list[at], id: `${target.id}-a`, hours: String(first / 4) },
      { ...list[at], id: `${target.id}-b`, hours: String((q - first) / 4) },
    );
  });
}

/** The payday whose run pays the period holding `date`. */
const paydayPaying = (date: string) => paydayForPeriod(periodContaining(date));

export interface LateEntryPair {
  eventId: string;
  kind: string;
  onTime: Scenario;
  late: Scenario;
  /** The paydays whose gross must add up to the same total in both. */
  paydays: string[];
}

/**
 * Events that turn a correction negative: an overpayment is recovered only three pays later
 * (recovery.after-three-correct-pays), or never through pay after a termination, so with them
 * the total inside the window depends on timing and the relation does not hold.
 */
const OVERPAYING = new Set(['termination', 'leaveWithoutPay']);

/**
 * The first overtime or acting entry that can be made late inside the window: entered on the
 * day it starts (on time), or the day after the cut-off of the run paying its first period,
 * so the next run must pay it as a correction. Both runs must be in the window and the same
 * calendar year, so the year's total earnings are comparable.
 */
export function lateEntryPair(s: Scenario): LateEntryPair | undefined {
  if (s.events.some((e) => OVERPAYING.has(e.kind))) return undefined;
  const window = paydaysBetween(s.payRuns.from, s.payRuns.to);
  for (const e of s.events) {
    if (e.kind !== 'overtime' && e.kind !== 'acting') continue;
    const start = e.kind === 'overtime' ? e.date : e.start;
    const payday = paydayPaying(start);
    const next = nextPayday(payday);
    if (!window.includes(payday) || !window.includes(next) || yearOf(payday) !== yearOf(next)) continue;
    const enter = (id: string, entered: string) =>
      rebuild(s, id, (json) => {
        const list = events(json);
        list[list.findIndex((x) => x.id === e.id)].entered = entered;
      });
    const year = yearOf(payday);
    return {
      eventId: e.id,
      kind: e.kind,
      onTime: enter(`${s.id}.ontime`, start),
      late: enter(`${s.id}.late`, addDays(cutoffFor(payday), 1)),
      paydays: window.filter((p) => yearOf(p) === year),
    };
  }
  return undefined;
}

function raisedPosition(p: Json): Json | undefined {
  if (typeof p.annualRate === 'string') return { ...p, annualRate: (Number(p.annualRate) + 5000).toFixed(2) };
  const classification = p.classification as string | undefined;
  const step = p.step as number | undefined;
  if (!classification || step === undefined || !(stepsFor(classification) ?? []).includes(step + 1)) return undefined;
  return annualRateFor(classification, step + 1) ? { ...p, step: step + 1 } : undefined;
}

/**
 * The same employee on a higher substantive salary: one step up in the PA table, or 5,000
 * more when the position is an annual rate. Undefined at the top step.
 */
export function higherSalary(s: Scenario): Scenario | undefined {
  const json = scenarioToJson(s) as unknown as Json;
  const hire = events(json).find((e) => e.kind === 'hire');
  const holder = hire ?? (json.employee as Json);
  const raised = raisedPosition(holder);
  if (!raised) return undefined;
  return rebuild(s, `${s.id}.higher`, (copy) => {
    const target = hire ? events(copy).find((e) => e.kind === 'hire')! : (copy.employee as Json);
    Object.assign(target, raised);
  });
}
