import { Money, type Dec } from '../../money';

/**
 * Half-up to the cent (T4127 ch. 1: tax, CPP, CPP2, EI per period), after settling arithmetic noise.
 *
 * The ratios 0.0100/0.0595 and 0.0495/0.0595 do not terminate, so 40-digit decimal arithmetic
 * leaves an error near the 38th digit (so do the rate conversions after a move to or from Quebec); a tax that is exactly half a cent (T3 = 158.34 with
 * P = 52 gives 3.045) must not round down because it came out as 3.04499…9997. Settling at
 * 20 decimals is far below a cent and far above that noise.
 */
export function roundCents(value: Dec): Money {
  return Money.roundHalfUp(value.toDecimalPlaces(SETTLE_PLACES));
}

const SETTLE_PLACES = 20;
