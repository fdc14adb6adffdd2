// Exact decimal arithmetic (decimal.js, also a runtime dependency of the harness) and money text.
'use strict';
const Decimal = require('decimal.js');

const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP });

/** Half-up to the cent, after settling arithmetic noise far below a cent. */
function round2(x) {
  return D(x).toDecimalPlaces(20).toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** Toward zero to the cent. */
function trunc2(x) {
  return D(x).toDecimalPlaces(20).toDecimalPlaces(2, D.ROUND_DOWN);
}

/** "2639.11", "-30.67", "0.00". */
function money(x) {
  const r = round2(x);
  return (r.isZero() ? D(0) : r).toFixed(2);
}

function max0(x) {
  return x.isNegative() ? D(0) : x;
}

function min(a, b) {
  return a.lt(b) ? a : b;
}

module.exports = { D, round2, trunc2, money, max0, min };
