import Decimal from 'decimal.js';
import { dec, int } from '../../money';
import { refuse } from '../../refusals';
import type { IsoDate } from '../../calendar';
import type { Position, RateRevisionEvent } from '../../scenario';
import { annualRateFor, appliesToClassification, stepsFor } from '../../scenario/pa-pay-table';

/**
 * Annual rates of pay in force on a date: the PA table (effective 2024-06-21), then every
 * visible rate revision effective on or before that date, in effective order. A percent
 * revision raises each covered rate and rounds it half-up to the dollar, as the PA rate
 * chains do (public-service-pay.md, "Pay rates"); a table revision replaces the cells it names.
 */
export type RateTable = ReadonlyMap<string, readonly Decimal[]>;

const HUNDRED = int(100);

const BASE = new Map<string, Decimal[] | undefined>();

/** The PA table's rates of a classification, as decimals (built once per classification). */
function baseRates(classification: string): Decimal[] | undefined {
  if (!BASE.has(classification)) {
    const steps = stepsFor(classification);
    BASE.set(
      classification,
      steps?.map((s) =>
        (annualRateFor(classification, s) as NonNullable<ReturnType<typeof annualRateFor>>).toDecimal(),
      ),
    );
  }
  return BASE.get(classification);
}

function applyRevision(table: Map<string, Decimal[]>, r: RateRevisionEvent, classifications: readonly string[]): void {
  if (r.change.kind === 'table') {
    for (const cell of r.change.rates) {
      const rates = table.get(cell.classification) ?? baseRates(cell.classification) ?? [];
      const next = [...rates];
      next[cell.step - 1] = cell.annualRate.toDecimal();
      table.set(cell.classification, next);
    }
    return;
  }
  const factor = HUNDRED.plus(r.change.percent).dividedBy(HUNDRED);
  for (const c of classifications) {
    if (!appliesToClassification(r.appliesTo, c)) continue;
    const rates = table.get(c) ?? baseRates(c);
    if (rates)
      table.set(
        c,
        rates.map((x) => x.times(factor).toDecimalPlaces(0, Decimal.ROUND_HALF_UP)),
      );
  }
}

/**
 * The rate tables of one view of the events: `tables[k]` holds the rates after the first k
 * revisions (by effective date), built once and shared by every day that needs them.
 */
export class PayTables {
  private readonly tables: Map<string, Decimal[]>[] = [];

  constructor(
    private readonly revisions: readonly RateRevisionEvent[],
    private readonly classifications: readonly string[],
  ) {
    let current = new Map<string, Decimal[]>();
    this.tables.push(current);
    for (const r of revisions) {
      current = new Map(current);
      applyRevision(current, r, classifications);
      this.tables.push(current);
    }
  }

  /** Rates of a classification in force on `date` (every step), or undefined when the table has none. */
  ratesOn(classification: string, date: IsoDate): readonly Decimal[] | undefined {
    let k = 0;
    while (k < this.revisions.length && this.revisions[k].effective <= date) k += 1;
    return this.tables[k].get(classification) ?? baseRates(classification);
  }

  /** The revisions in force on `date` (for the trace). */
  revisionsOn(date: IsoDate): RateRevisionEvent[] {
    return this.revisions.filter((r) => r.effective <= date);
  }

  /** The annual rate of a position on `date`. An annual-rate position follows percent revisions that cover its label. */
  annualRate(position: Position, date: IsoDate, eventId: string): Decimal {
    if (position.kind === 'annual') {
      let rate = position.annualRate.toDecimal();
      const label = position.classification;
      if (label === undefined) return rate;
      for (const r of this.revisions) {
        if (r.effective > date) break;
        if (r.change.kind === 'percent' && appliesToClassification(r.appliesTo, label)) {
          rate = rate
            .times(HUNDRED.plus(r.change.percent).dividedBy(HUNDRED))
            .toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
        }
      }
      return rate;
    }
    const rate = this.ratesOn(position.classification, date)?.[position.step - 1];
    if (rate === undefined) {
      throw refuse(
        'INVALID_INPUT',
        'classification.step',
        { event: eventId, classification: position.classification, step: position.step, date },
        { eventId },
      );
    }
    return rate;
  }
}

/** The smallest difference between consecutive steps, or undefined for a single-rate level. */
export function lowestIncrement(rates: readonly Decimal[]): Decimal | undefined {
  let lowest: Decimal | undefined;
  for (let i = 1; i < rates.length; i += 1) {
    const step = rates[i].minus(rates[i - 1]);
    if (lowest === undefined || step.lessThan(lowest)) lowest = step;
  }
  return lowest;
}

/** A level with a single rate is a promotion when its rate is at least 4% above the current maximum. */
export const FOUR_PERCENT = dec('1.04');
