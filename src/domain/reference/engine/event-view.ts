import type Decimal from 'decimal.js';
import { type IsoDate, workingDays } from '../../calendar';
import { refuse } from '../../refusals';
import type {
  ActingEvent,
  AllowanceEvent,
  HrEvent,
  LeaveWithoutPayEvent,
  OvertimeEvent,
  Position,
  ProvinceChangeEvent,
  RateRevisionEvent,
  Scenario,
  StepIncrementEvent,
  Td1ChangeEvent,
} from '../../scenario';
import { PA_CLASSIFICATIONS } from '../../scenario/pa-pay-table';
import type { Claim, ProvinceCode } from '../deductions';
import { FOUR_PERCENT, PayTables, lowestIncrement } from './pay-tables';

/** A qualifying acting assignment needs at least this many working days (convention acting.qualifying-3-days). */
const QUALIFYING_WORKING_DAYS = 3;

function ofKind<K extends HrEvent['kind']>(events: readonly HrEvent[], kind: K): Extract<HrEvent, { kind: K }>[] {
  return events.filter((e): e is Extract<HrEvent, { kind: K }> => e.kind === kind);
}

const within = (d: IsoDate, start: IsoDate, end: IsoDate | undefined): boolean =>
  d >= start && (end === undefined || d <= end);

/**
 * What a payroll knows at one cut-off: the scenario's events entered on or before it, and
 * per-day answers drawn from them (employed? at which rate? acting? on leave?). Events are
 * in canonical order (effective date, entered, id), so "the last one" is well defined.
 */
export class EventView {
  readonly tables: PayTables;
  private readonly start?: IsoDate;
  readonly lastDay?: IsoDate;
  private readonly position?: { position: Position; source: string };
  private readonly increments: StepIncrementEvent[];
  private readonly acting: ActingEvent[];
  private readonly leave: LeaveWithoutPayEvent[];
  private readonly allowances: AllowanceEvent[];
  readonly overtime: OvertimeEvent[];
  private readonly td1: Td1ChangeEvent[];
  private readonly provinces: ProvinceChangeEvent[];

  constructor(
    private readonly scenario: Scenario,
    readonly events: readonly HrEvent[],
  ) {
    const hire = ofKind(events, 'hire')[0];
    const e = scenario.employee;
    this.start = hire?.effective ?? e.hireDate;
    const position = hire?.position ?? e.position;
    if (position) this.position = { position, source: hire ? hire.id : 'employee profile' };
    // No position and no visible hire: the employee is not yet known to pay.
    if (!position) this.start = '9999-12-31';
    this.lastDay = ofKind(events, 'termination')[0]?.lastDay;
    this.increments = ofKind(events, 'stepIncrement');
    const revisions: RateRevisionEvent[] = ofKind(events, 'rateRevision');
    this.tables = new PayTables(revisions, PA_CLASSIFICATIONS);
    this.acting = ofKind(events, 'acting').filter((a) => workingDays(a.start, a.end) >= QUALIFYING_WORKING_DAYS);
    this.leave = ofKind(events, 'leaveWithoutPay');
    this.allowances = ofKind(events, 'allowance');
    this.overtime = ofKind(events, 'overtime');
    this.td1 = ofKind(events, 'td1Change');
    this.provinces = ofKind(events, 'provinceChange');
  }

  employedOn(d: IsoDate): boolean {
    return (this.start === undefined || d >= this.start) && (this.lastDay === undefined || d <= this.lastDay);
  }

  /** The substantive position on `d`: the starting position with every step increment effective by then. */
  substantiveOn(d: IsoDate): { position: Position; source: string } {
    if (!this.position) throw refuse('INVALID_INPUT', 'position.none', { scenario: this.scenario.id, date: d });
    let { position, source } = this.position;
    for (const inc of this.increments) {
      if (inc.effective > d) break;
      if (position.kind !== 'table') {
        throw refuse('INVALID_INPUT', 'position.increment', { event: inc.id }, { eventId: inc.id });
      }
      position = { ...position, step: inc.newStep };
      source = inc.id;
    }
    return { position, source };
  }

  substantiveRate(d: IsoDate): Decimal {
    const { position, source } = this.substantiveOn(d);
    return this.tables.annualRate(position, d, source);
  }

  actingOn(d: IsoDate): ActingEvent | undefined {
    let found: ActingEvent | undefined;
    for (const a of this.acting) if (within(d, a.start, a.end)) found = a;
    return found;
  }

  /**
   * The acting annual rate on `d` by the promotion placement rule, or undefined when not
   * acting or when the acting is not a promotion (convention acting.promotion-placement).
   */
  actingRate(d: IsoDate, substantive: Decimal): Decimal | undefined {
    const a = this.actingOn(d);
    if (!a) return undefined;
    if (a.position.kind === 'annual') {
      const rate = this.tables.annualRate(a.position, d, a.id);
      return rate.greaterThan(substantive) ? rate : undefined;
    }
    const rates = this.tables.ratesOn(a.position.classification, d);
    if (!rates)
      throw refuse(
        'INVALID_INPUT',
        'classification.unknown',
        { event: a.id, classification: a.position.classification },
        { eventId: a.id },
      );
    const top = rates[rates.length - 1];
    const sub = this.substantiveOn(d).position;
    const subRates = sub.kind === 'table' ? this.tables.ratesOn(sub.classification, d) : undefined;
    const subTop = subRates ? subRates[subRates.length - 1] : substantive;
    const increment = lowestIncrement(rates);
    const promotion = increment
      ? top.minus(subTop).greaterThanOrEqualTo(increment)
      : top.greaterThanOrEqualTo(subTop.times(FOUR_PERCENT));
    if (!promotion) return undefined;
    const floor = substantive.plus(increment ?? 0);
    return rates.find((r) => r.greaterThanOrEqualTo(floor)) ?? top;
  }

  onLeave(d: IsoDate): boolean {
    return this.leave.some((l) => within(d, l.start, l.end));
  }

  /** The visible leave without pay covering `d` (the last in canonical order), if any. */
  leaveOn(d: IsoDate): LeaveWithoutPayEvent | undefined {
    let found: LeaveWithoutPayEvent | undefined;
    for (const l of this.leave) if (within(d, l.start, l.end)) found = l;
    return found;
  }

  /** Every visible leave without pay. */
  leaves(): readonly LeaveWithoutPayEvent[] {
    return this.leave;
  }

  private bonusSignature?: string;

  /** What decides a month's bonus in this view: employment, leaves and bonuses (bilingualism.ts caches by it). */
  bonusKey(): string {
    this.bonusSignature ??= JSON.stringify([
      this.scenario.id,
      this.start,
      this.lastDay,
      this.leave.map((l) => [l.start, l.end]),
      this.allowances.map((a) => [a.id, a.start, a.end, a.annualAmount.toString()]),
    ]);
    return this.bonusSignature;
  }

  /** Whether any allowance is visible (most employees have none: the monthly bonus rule is skipped). */
  hasAllowances(): boolean {
    return this.allowances.length > 0;
  }

  /** Σ annual amounts of the allowances paid on `d`. */
  allowancesOn(d: IsoDate): AllowanceEvent[] {
    return this.allowances.filter((a) => within(d, a.start, a.end));
  }

  claimsOn(d: IsoDate): { federal: Claim; provincial: Claim } {
    let { federal, provincial } = this.scenario.employee.td1;
    for (const t of this.td1) {
      if (t.effective > d) break;
      federal = t.federal ?? federal;
      provincial = t.provincial ?? provincial;
    }
    return { federal, provincial };
  }

  provinceOn(d: IsoDate): ProvinceCode {
    let province = this.scenario.employee.province;
    for (const p of this.provinces) if (p.effective <= d) province = p.province;
    return province;
  }

  isTerminated(): boolean {
    return this.lastDay !== undefined;
  }
}
