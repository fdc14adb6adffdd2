/**
 * Is a supplier's share of people paid exactly right lower on the sealed part than on the
 * public part by more than chance? One-sided Fisher exact test on the 2×2 table (paid right or
 * not × public or sealed): the probability, with the margins fixed, of a sealed count of
 * people paid right this low or lower (hypergeometric lower tail). Exact for small sets, which
 * a sealed part usually is. Plain numbers: a probability, not money.
 */
export function sealedLowerP(i: {
  publicRight: number;
  publicTotal: number;
  sealedRight: number;
  sealedTotal: number;
}): number {
  const n = i.publicTotal + i.sealedTotal;
  const right = i.publicRight + i.sealedRight;
  const lo = Math.max(0, i.sealedTotal - (n - right));
  let p = 0;
  for (let k = lo; k <= i.sealedRight; k += 1)
    p += Math.exp(lnChoose(right, k) + lnChoose(n - right, i.sealedTotal - k) - lnChoose(n, i.sealedTotal));
  return Math.min(1, p);
}

function lnChoose(n: number, k: number): number {
  return lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k);
}

function lnFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i += 1) s += Math.log(i);
  return s;
}

/**
 * The flag (docs/auditing.md): the sealed score at least SCORE_GAP points below the public one,
 * and the drop in people paid exactly right unlikely by chance (p < P_LIMIT). The test keeps a
 * small sealed set from flagging a supplier for one unlucky person; the gap keeps a very large
 * set from flagging a difference too small to matter.
 */
export const SCORE_GAP = 5;
export const P_LIMIT = 0.05;
