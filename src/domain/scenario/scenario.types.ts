import type { Dec, Money } from '../money';
import type { IsoDate, PayPeriod } from '../calendar';
import type { Claim, ProvinceCode } from '../reference/deductions/deductions.types';
import type { LineCode } from './statement-codes';

/**
 * The canonical Scenario: what the reference engine and vendor adapters work from, after
 * validation (parse-scenario.ts). Money is Money, hours and rates are Dec, dates are
 * 'YYYY-MM-DD' text. Events are in canonical order: by effective date, then entry date,
 * then id, whatever the order of the input.
 */
export type PensionGroup = 'PSSA-1' | 'PSSA-2' | 'none';

/** Where a rate of pay comes from: a cell of the PA pay table, or an explicit annual rate. */
export type Position =
  | { kind: 'table'; classification: string; step: number }
  | { kind: 'annual'; annualRate: Money; classification?: string };

export interface EmployeeProfile {
  id: string;
  province: ProvinceCode;
  td1: { federal: Claim; provincial: Claim };
  /** PSSA-1: joined before 2013; PSSA-2: joined 2013 or later; none: not a contributor. */
  pensionGroup: PensionGroup;
  /** 37.5 is full time; part time is paid in proportion. */
  weeklyHours: Dec;
  unionDues: Money;
  /** The substantive position at the start of the scenario; absent only when a hire event gives it. */
  position?: Position;
  hireDate?: IsoDate;
  department?: string;
}

/** Common to every HR event: bitemporal, with the date it was entered into the pay system. */
interface EventBase {
  id: string;
  entered: IsoDate;
}

export interface HireEvent extends EventBase {
  kind: 'hire';
  effective: IsoDate;
  position: Position;
  department?: string;
}
/** `lastDay` is the last day the employee is paid for; pay stops the day after. */
export interface TerminationEvent extends EventBase {
  kind: 'termination';
  lastDay: IsoDate;
}
export interface RevisedRate {
  classification: string;
  step: number;
  annualRate: Money;
}
export interface RateRevisionEvent extends EventBase {
  kind: 'rateRevision';
  effective: IsoDate;
  /** The day the collective agreement was signed; `entered` is the day the rates were loaded. */
  signed: IsoDate;
  /** A classification prefix ("AS", "AS-02") or "PA" for every classification of the PA table. */
  appliesTo: string;
  change: { kind: 'table'; rates: RevisedRate[] } | { kind: 'percent'; percent: Dec };
}
export interface StepIncrementEvent extends EventBase {
  kind: 'stepIncrement';
  effective: IsoDate;
  newStep: number;
}
/** Acting from `start` to `end`, both inclusive. */
export interface ActingEvent extends EventBase {
  kind: 'acting';
  start: IsoDate;
  end: IsoDate;
  position: Position;
}
export type OvertimeDayType = 'workday' | 'firstDayOfRest' | 'secondDayOfRest';
export interface OvertimeEvent extends EventBase {
  kind: 'overtime';
  date: IsoDate;
  hours: Dec;
  premium: { kind: 'dayType'; dayType: OvertimeDayType } | { kind: 'multiplier'; multiplier: Dec };
}
/** Leave without pay from `start` to `end`, both inclusive. */
export interface LeaveWithoutPayEvent extends EventBase {
  kind: 'leaveWithoutPay';
  start: IsoDate;
  end: IsoDate;
}
export type AllowanceKind = 'bilingualism';
/** Paid from `start` to `end` inclusive, or with no end. */
export interface AllowanceEvent extends EventBase {
  kind: 'allowance';
  allowance: AllowanceKind;
  start: IsoDate;
  end?: IsoDate;
  annualAmount: Money;
}
export interface TransferEvent extends EventBase {
  kind: 'transfer';
  effective: IsoDate;
  toDepartment: string;
}
export interface Td1ChangeEvent extends EventBase {
  kind: 'td1Change';
  effective: IsoDate;
  federal?: Claim;
  provincial?: Claim;
}
export interface ProvinceChangeEvent extends EventBase {
  kind: 'provinceChange';
  effective: IsoDate;
  province: ProvinceCode;
}

export type HrEvent =
  | HireEvent
  | TerminationEvent
  | RateRevisionEvent
  | StepIncrementEvent
  | ActingEvent
  | OvertimeEvent
  | LeaveWithoutPayEvent
  | AllowanceEvent
  | TransferEvent
  | Td1ChangeEvent
  | ProvinceChangeEvent;

export type HrEventKind = HrEvent['kind'];

/** A line from a real pay stub that the scenario's author expects (e.g. a volunteer's own stub). */
export interface ExpectedLine {
  payday: IsoDate;
  code: LineCode;
  /** The period the line is for, when it is not the period paid on `payday` (retro lines). */
  forPeriod?: PayPeriod;
  amount: Money;
  /** Where the number comes from: "pay stub 2026-03-11", "Compensation Web Applications". */
  source: string;
  description?: string;
}

export interface Scenario {
  id: string;
  title: string;
  description?: string;
  /** The Phoenix failure family it exercises (phoenix-failure-modes.md), e.g. "acting pay". */
  family?: string;
  tags: string[];
  /** Named conventions the scenario assumes, e.g. "cutoff.pay-run-lock". */
  conventions: string[];
  employee: EmployeeProfile;
  events: HrEvent[];
  /** The paydays to produce, both inclusive. */
  payRuns: { from: IsoDate; to: IsoDate };
  expected: ExpectedLine[];
}
