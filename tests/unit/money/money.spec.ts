import fc from 'fast-check';
import { dec, Money } from '../../../src/domain/money/index';
import { moneyArb } from '../../fixtures/arbitraries';

describe('Money', () => {
  it('parses plain decimal text and prints two decimals', () => {
    expect(Money.of('12.5').toString()).toBe('12.50');
    expect(Money.of('-3').toString()).toBe('-3.00');
    expect(Money.of('0.07').toCents()).toBe(7n);
  });

  it.each(['12,5', '1e3', '1.234', '', ' 1', '1,000.00', 'NaN'])('refuses %j', (text) => {
    expect(() => Money.of(text)).toThrow(/is not an amount of money/);
  });

  it('refuses a JavaScript number of dollars even when the type checker is bypassed', () => {
    expect(() => Money.of(0.3 as unknown as string)).toThrow(/is not an amount of money/);
  });

  it('is immutable: arithmetic returns new values and the object itself cannot be changed', () => {
    const a = Money.of('10.00');
    const b = a.plus(Money.of('1.00'));
    expect([a.toString(), b.toString()]).toEqual(['10.00', '11.00']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as unknown as { amount: unknown }).amount = dec('99');
    }).toThrow(TypeError);
    expect(a.toString()).toBe('10.00');
  });

  it('is built from integer cents, never from fractional numbers', () => {
    expect(Money.fromCents(123456).toString()).toBe('1234.56');
    expect(Money.fromCents(-5n).toString()).toBe('-0.05');
    expect(() => Money.fromCents(1.5)).toThrow(/whole number of cents/);
  });

  it('rounds half-up and truncates by name', () => {
    expect(Money.roundHalfUp(dec('2.345')).toString()).toBe('2.35');
    expect(Money.roundHalfUp(dec('2.3449999')).toString()).toBe('2.34');
    expect(Money.roundHalfUp(dec('-2.345')).toString()).toBe('-2.35');
    expect(Money.truncate(dec('134.6153846')).toString()).toBe('134.61');
    expect(Money.truncate(dec('-1.999')).toString()).toBe('-1.99');
    expect(Money.roundUp(dec('1.001')).toString()).toBe('1.01');
  });

  it('keeps exact decimal arithmetic where binary floating point would drift', () => {
    const tenCents = Money.of('0.10');
    let total = Money.ZERO;
    for (let i = 0; i < 10; i += 1) total = total.plus(tenCents);
    expect(total.eq(Money.of('1.00'))).toBe(true);
    expect(Money.of('1.10').plus(Money.of('2.20')).toString()).toBe('3.30');
  });

  it('never prints negative zero', () => {
    expect(Money.of('1.00').minus(Money.of('1.00')).toString()).toBe('0.00');
    expect(Money.roundHalfUp(dec('-0.001')).toString()).toBe('0.00');
  });

  it('allocates 100.00 in thirds with the extra cent to the first part', () => {
    const parts = Money.of('100.00').allocate([dec('1'), dec('1'), dec('1')]);
    expect(parts.map(String)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('allocates a negative amount symmetrically: -100.00 in thirds is -33.34, -33.33, -33.33', () => {
    expect(
      Money.of('-100.00')
        .allocate([dec('1'), dec('1'), dec('1')])
        .map(String),
    ).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('allocation neither creates nor loses a cent, and no part is more than a cent from its exact share', () => {
    fc.assert(
      fc.property(moneyArb(), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }), (m, ws) => {
        fc.pre(ws.some((w) => w > 0));
        const parts = m.allocate(ws.map((w) => dec(String(w))));
        expect(Money.sum(parts).eq(m)).toBe(true);
        expect(parts).toHaveLength(ws.length);
        const total = ws.reduce((a, w) => a + w, 0);
        parts.forEach((p, i) => {
          const exact = m.toDecimal().times(ws[i]).dividedBy(total);
          expect(p.toDecimal().minus(exact).abs().lt(dec('0.01'))).toBe(true);
        });
      }),
    );
  });

  it('round-trips through its text form', () => {
    fc.assert(fc.property(moneyArb(), (m) => expect(Money.of(m.toString()).eq(m)).toBe(true)));
  });
});
