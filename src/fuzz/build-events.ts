import { addDays, maxDate, minDate } from '../domain/calendar';
import type { EventPlan } from './event-arbitraries';
import { actingPosition, nextStep, positionJson, type PositionPlan } from './position-arbitraries';
import type { EventSpan, FuzzScope, JsonObject } from './fuzz.types';

/** Every date the fuzzer writes is on or after this (the earliest T4127 edition held). */
const FIRST_DATE = '2025-01-01';

export interface BuildEventsInput {
  plans: readonly EventPlan[];
  span: EventSpan;
  position: PositionPlan;
  /** The hire's day offset when the employee is hired inside the window, else undefined. */
  hireDay?: number;
  scope: FuzzScope;
}

type Built = JsonObject & { kind: string };

function clampDate(date: string, span: EventSpan): string {
  return minDate(span.last, maxDate(FIRST_DATE, date));
}

const dateAt = (span: EventSpan, day: number) => addDays(span.base, day % (span.days + 1));
const hoursText = (quarters: number) => String(quarters / 4);

function revisionJson(
  plan: Extract<EventPlan, { kind: 'rateRevision' }>,
  span: EventSpan,
  position: PositionPlan,
): Built {
  const effective = dateAt(span, plan.day);
  const entered = clampDate(addDays(effective, plan.lateBy), span);
  const group = position.kind === 'table' && !plan.wholeTable ? position.classification.slice(0, 2) : 'PA';
  return {
    kind: 'rateRevision',
    effective,
    signed: entered,
    entered,
    appliesTo: group,
    percent: String(plan.quarterPercent / 4),
  };
}

/** One plan to one event, or undefined when it cannot apply (a step increment past the top step). */
function eventJson(plan: EventPlan, span: EventSpan, position: PositionPlan): Built | undefined {
  if (plan.kind === 'rateRevision') return revisionJson(plan, span, position);
  const date = dateAt(span, plan.day);
  const entered = clampDate(addDays(date, plan.lag), span);
  switch (plan.kind) {
    case 'overtime': {
      const premium = plan.premium.includes('.') ? { multiplier: plan.premium } : { dayType: plan.premium };
      return { kind: 'overtime', date, hours: hoursText(plan.quarterHours), ...premium, entered };
    }
    case 'acting':
      return {
        kind: 'acting',
        start: date,
        end: addDays(date, plan.days),
        ...positionJson(actingPosition(position, plan.up)),
        entered,
      };
    case 'leaveWithoutPay':
      return { kind: 'leaveWithoutPay', start: date, end: addDays(date, plan.days), entered };
    case 'termination':
      return { kind: 'termination', lastDay: date, entered };
    case 'stepIncrement': {
      const newStep = nextStep(position);
      return newStep === undefined ? undefined : { kind: 'stepIncrement', effective: date, newStep, entered };
    }
    case 'allowance':
      return {
        kind: 'allowance',
        allowance: 'bilingualism',
        start: date,
        ...(plan.days === undefined ? {} : { end: addDays(date, plan.days) }),
        entered,
      };
    case 'td1Change':
      return { kind: 'td1Change', effective: date, federal: { code: plan.code }, entered };
    case 'transfer':
      return { kind: 'transfer', effective: date, toDepartment: 'Health Canada', entered };
  }
}

/** At most one termination and one step increment (the validator allows one termination; two increments would need a step past the top). */
const SINGLE = new Set(['termination', 'stepIncrement', 'hire']);

/** A person acts in one position at a time: an acting that overlaps an earlier one is left out. */
function overlapsActing(event: Built, built: readonly Built[]): boolean {
  if (event.kind !== 'acting') return false;
  return built.some(
    (e) =>
      e.kind === 'acting' &&
      (e.start as string) <= (event.end as string) &&
      (event.start as string) <= (e.end as string),
  );
}

/**
 * The events of a generated scenario, in plan order, with ids `<kind>-<n>`. A hire (when the
 * plan has one) comes first and is entered a week before it takes effect. Kinds the supplier
 * did not declare are left out, so it is only asked what it says it can pay.
 */
export function buildEvents({ plans, span, position, hireDay, scope }: BuildEventsInput): JsonObject[] {
  const allowed = (kind: string) => scope.eventKinds === undefined || scope.eventKinds.includes(kind);
  const built: Built[] = [];
  if (hireDay !== undefined) {
    const effective = dateAt(span, hireDay);
    built.push({
      kind: 'hire',
      effective,
      entered: clampDate(addDays(effective, -7), span),
      ...positionJson(position),
    });
  }
  for (const plan of plans) {
    const event = eventJson(plan, span, position);
    if (!event || !allowed(event.kind)) continue;
    if (SINGLE.has(event.kind) && built.some((e) => e.kind === event.kind)) continue;
    if (overlapsActing(event, built)) continue;
    built.push(event);
  }
  return built.map((e, i) => ({ id: `${e.kind}-${i + 1}`, ...e }));
}
