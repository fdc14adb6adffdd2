import Decimal from 'decimal.js';
import { Dec, ZERO } from './decimal';

const MONEY_TEXT = /^-?\d+(\.\d{1,2})?$/;

/**
 * An amount of Canadian dollars, always a whole number of cents, immutable.
 *
 * Built from decimal text or integer cents, never from a JavaScript number of dollars.
 * Arithmetic that can produce fractions of a cent (`times`, `dividedBy`) returns a Decimal,
 * so the caller must choose a named rounding (`Money.roundHalfUp`, `Money.truncate`)
 * where a rule says rounding happens.
 */
export class Money {
  private constructor(private readonly amount: Decimal) {
    // Immutable at run time too, not only to the type checker (decimal.js values are immutable already).
    Object.freeze(this);
  }

  static readonly ZERO = new Money(ZERO);

  /** "1234.56", "-3", "0.5". At most two decimals; no exponent, no thousands separator. */
  static of(text: string): Money {
    // A JavaScript number of dollars may already have lost a cent (0.1 + 0.2): text only, even at run time.
    if (typeof text !== 'string' || !MONEY_TEXT.test(text)) {
      throw new RangeError(
        `"${text}" is not an amount of money (expected e.g. 1234.56: digits, optional "." and at most two decimals)`,
      );
    }
    return new Money(new Dec(text));
  }

  static fromCents(cents: number | bigint): Money {
    if (typeof cents === 'number' && !Number.isSafeInteger(cents)) {
      throw new RangeError(`${cents} is not a whole number of cents`);
    }
    return new Money(new Dec(cents.toString()).dividedBy(100));
  }

  /**
   * Round half-up to the cent (T4127 ch. 1: tax, CPP, CPP2 and EI per pay period).
   * Halves go away from zero, so -0.005 becomes -0.01, mirroring 0.005 → 0.01.
   */
  static roundHalfUp(value: Decimal): Money {
    return new Money(value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  }

  /** Truncate to the cent, toward zero (T4127 ch. 1: the CPP basic exemption per period). */
  static truncate(value: Decimal): Money {
    return new Money(value.toDecimalPlaces(2, Decimal.ROUND_DOWN));
  }

  /** Round up to the next cent (away from zero). */
  static roundUp(value: Decimal): Money {
    return new Money(value.toDecimalPlaces(2, Decimal.ROUND_UP));
  }

  static sum(items: readonly Money[]): Money {
    let total = ZERO;
    for (const m of items) total = total.plus(m.amount);
    return new Money(total);
  }

  static min(a: Money, b: Money): Money {
    return a.lte(b) ? a : b;
  }

  static max(a: Money, b: Money): Money {
    return a.gte(b) ? a : b;
  }

  plus(other: Money): Money {
    return new Money(this.amount.plus(other.amount));
  }

  minus(other: Money): Money {
    return new Money(this.amount.minus(other.amount));
  }

  negated(): Money {
    return new Money(this.amount.negated());
  }

  abs(): Money {
    return this.amount.isNegative() ? this.negated() : this;
  }

  /** Unrounded product: choose a named rounding on the result. */
  times(factor: Decimal): Decimal {
    return this.amount.times(factor);
  }

  /** Unrounded quotient: choose a named rounding on the result. */
  dividedBy(divisor: Decimal): Decimal {
    return this.amount.dividedBy(divisor);
  }

  /** Zero when negative (the "floor 0" of many T4127 steps). */
  floorAtZero(): Money {
    return this.amount.isNegative() ? Money.ZERO : this;
  }

  compare(other: Money): -1 | 0 | 1 {
    return this.amount.comparedTo(other.amount) as -1 | 0 | 1;
  }
  eq(other: Money): boolean {
    return this.amount.equals(other.amount);
  }
  lt(other: Money): boolean {
    return this.amount.lessThan(other.amount);
  }
  lte(other: Money): boolean {
    return this.amount.lessThanOrEqualTo(other.amount);
  }
  gt(other: Money): boolean {
    return this.amount.greaterThan(other.amount);
  }
  gte(other: Money): boolean {
    return this.amount.greaterThanOrEqualTo(other.amount);
  }
  isZero(): boolean {
    return this.amount.isZero();
  }
  isNegative(): boolean {
    return this.amount.isNegative() && !this.amount.isZero();
  }
  isPositive(): boolean {
    return this.amount.isPositive() && !this.amount.isZero();
  }

  toDecimal(): Decimal {
    return this.amount;
  }

  /** Whole cents, exact (bigint: no JavaScript number holds money). */
  toCents(): bigint {
    return BigInt(this.amount.times(100).toFixed(0));
  }

  /** The canonical text form: two decimals, "-" for negatives, no exponent ("1234.50"). */
  toString(): string {
    const text = this.amount.toFixed(2);
    return text === '-0.00' ? '0.00' : text;
  }

  toJSON(): string {
    return this.toString();
  }

  /**
   * Split this amount in proportion to `ratios` so that the parts add up exactly to it.
   * Each part is first truncated to the cent; the cents left over go one each to the parts
   * with the largest remainders, ties to the earliest part (deterministic, as in dinero.js).
   */
  allocate(ratios: readonly Decimal[]): Money[] {
    if (ratios.length === 0) throw new RangeError('allocate needs at least one ratio');
    if (ratios.some((r) => r.isNegative())) throw new RangeError('allocate ratios must not be negative');
    const total = ratios.reduce((a, r) => a.plus(r), ZERO);
    if (total.isZero()) throw new RangeError('allocate ratios must not all be zero');
    const cents = this.amount.times(100);
    const sign = cents.isNegative() ? -1 : 1;
    const whole = cents.abs();
    const exact = ratios.map((r) => whole.times(r).dividedBy(total));
    const parts = exact.map((e) => e.floor());
    let left = whole.minus(parts.reduce((a, p) => a.plus(p), ZERO)).toNumber();
    const order = exact
      .map((e, i) => ({ i, rem: e.minus(parts[i]) }))
      .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
    for (const { i } of order) {
      if (left <= 0) break;
      parts[i] = parts[i].plus(1);
      left -= 1;
    }
    return parts.map((p) => new Money(p.times(sign).dividedBy(100)));
  }
}
