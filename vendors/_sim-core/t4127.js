// CRA T4127 Payroll Deductions Formulas, Option 1 (periodic pay), with the non-periodic (bonus)
// method for retroactive pay. Editions: 2025-01 (120th), 2025-07 (121st), 2026-01 (122nd),
// chosen by pay date. Federal, Ontario, CPP/CPP2 (ch. 6), EI (ch. 7). Figures as printed in
// T4127 ch. 8 table 8.1 (see ../shared/domain/statutory-deductions.md for the sources).
'use strict';
const { D, round2, max0, min } = require('./num');
const { Unsupported } = require('./positions');

const brackets = (rows) => rows.map(([from, rate, k]) => ({ from: D(from), rate: D(rate), k: D(k) }));
const HEALTH = [
  [200000, 750, '0.25', 900],
  [72000, 600, '0.25', 750],
  [48000, 450, '0.25', 600],
  [36000, 300, '0.06', 450],
  [20000, 0, '0.06', 300],
].map(([from, base, rate, cap]) => ({ from: D(from), base: D(base), rate: D(rate), cap: D(cap) }));

const ON_2025 = {
  brackets: brackets([
    ['0', '0.0505', '0'],
    ['52886', '0.0915', '2168'],
    ['105775', '0.1116', '4294'],
    ['150000', '0.1216', '5794'],
    ['220000', '0.1316', '7994'],
  ]),
  lowest: D('0.0505'),
  bpa: D('12747'),
  width: null,
  surtax: [D('5710'), D('7307')],
  reduction: D('294'),
};
const PLAN_2025 = {
  ympe: D(71300),
  max: D('4034.10'),
  baseMax: D('3356.10'),
  max2: D('396.00'),
  ei: { rate: D('0.0164'), max: D('1077.48') },
};
const FED_2025_JAN = {
  brackets: brackets([
    ['0', '0.15', '0'],
    ['57375', '0.205', '3156'],
    ['114750', '0.26', '9467'],
    ['177882', '0.29', '14803'],
    ['253414', '0.33', '24940'],
  ]),
  lowest: D('0.15'),
  bpa: D('16129'),
  width: null,
  cea: D('1471'),
};
const EDITIONS = [
  { id: '2025-01', from: '2025-01-01', year: 2025, fed: FED_2025_JAN, on: ON_2025, plan: PLAN_2025 },
  {
    id: '2025-07',
    from: '2025-07-01',
    year: 2025,
    on: ON_2025,
    plan: PLAN_2025,
    // From July 1 2025 the lowest federal rate is withheld at 14% (K derived from the January thresholds).
    fed: {
      ...FED_2025_JAN,
      lowest: D('0.14'),
      brackets: brackets([
        ['0', '0.14', '0'],
        ['57375', '0.205', '3729'],
        ['114750', '0.26', '10041'],
        ['177882', '0.29', '15377'],
        ['253414', '0.33', '25514'],
      ]),
    },
  },
  {
    id: '2026-01',
    from: '2026-01-01',
    year: 2026,
    fed: {
      brackets: brackets([
        ['0', '0.14', '0'],
        ['58523', '0.205', '3804'],
        ['117045', '0.26', '10241'],
        ['181440', '0.29', '15685'],
        ['258482', '0.33', '26024'],
      ]),
      lowest: D('0.14'),
      bpa: D('16452'),
      width: D('2833'),
      cea: D('1501'),
    },
    on: {
      brackets: brackets([
        ['0', '0.0505', '0'],
        ['53891', '0.0915', '2210'],
        ['107785', '0.1116', '4376'],
        ['150000', '0.1216', '5876'],
        ['220000', '0.1316', '8076'],
      ]),
      lowest: D('0.0505'),
      bpa: D('12989'),
      width: D('2798'),
      surtax: [D('5818'), D('7446')],
      reduction: D('300'),
    },
    plan: {
      ympe: D(74600),
      max: D('4230.45'),
      baseMax: D('3519.45'),
      max2: D('416.00'),
      ei: { rate: D('0.0163'), max: D('1123.07') },
    },
  },
];
const CPP_RATE = D('0.0595');
const BASE_RATIO = D('0.0495').div(CPP_RATE);
const ENHANCED_RATIO = D('0.0100').div(CPP_RATE);

function editionFor(payday) {
  const year = Number(payday.slice(0, 4));
  let found;
  for (const e of EDITIONS) if (e.from <= payday && e.year === year) found = e;
  if (!found) throw new Unsupported(`no T4127 edition for pay date ${payday} (this supplier holds 2025 and 2026)`);
  return found;
}

/** A TD1 claim -> { exempt, k1 } with claim-code tables built from the basic amount and range width. */
function claimCredit(claim, rules, who) {
  if (claim.amount !== undefined) return { exempt: false, k1: rules.lowest.times(claim.amount) };
  if (claim.code === 'E') return { exempt: true, k1: D(0) };
  if (claim.code === 0) return { exempt: false, k1: D(0) };
  if (claim.code === 1) return { exempt: false, k1: round2(rules.lowest.times(rules.bpa)) };
  if (!rules.width)
    throw new Unsupported(`${who} claim code ${claim.code} is not held for this year; give the TD1 total claim amount`);
  const tc = rules.bpa.plus(rules.width.times(claim.code - 2)).plus(rules.width.div(2));
  return { exempt: false, k1: round2(rules.lowest.times(tc)) };
}

function bracketFor(list, a) {
  for (let i = list.length - 1; i > 0; i -= 1) if (a.gte(list[i].from)) return list[i];
  return list[0];
}

function federalT1(e, a, credits, claim) {
  if (claim.exempt || !a.gt(0)) return D(0);
  const f = e.fed;
  const br = bracketFor(f.brackets, a);
  const k2 = f.lowest.times(credits.total);
  const k4 = f.lowest.times(min(a, f.cea));
  return max0(br.rate.times(a).minus(br.k).minus(claim.k1).minus(k2).minus(k4));
}

function ontarioT2(e, a, credits, claim) {
  if (!a.gt(0)) return D(0);
  const on = e.on;
  const br = bracketFor(on.brackets, a);
  const k2p = on.lowest.times(credits.cpp.plus(credits.ei));
  const t4 = claim.exempt ? D(0) : max0(br.rate.times(a).minus(br.k).minus(claim.k1).minus(k2p));
  const v1 = max0(t4.minus(on.surtax[0]))
    .times('0.20')
    .plus(max0(t4.minus(on.surtax[1])).times('0.36'));
  let v2 = D(0);
  for (const tier of HEALTH) {
    if (a.gt(tier.from)) {
      v2 = min(tier.base.plus(a.minus(tier.from).times(tier.rate)), tier.cap);
      break;
    }
  }
  const tv = t4.plus(v1);
  const s = max0(min(tv, on.reduction.times(2).minus(tv)));
  return max0(tv.plus(v2).minus(s));
}

/** CPP, CPP2 and EI on pensionable/insurable pay `pi`, given the year to date (T4127 ch. 6, 7). */
function contributions(x, pi, exemption, ytd) {
  const p = x.e.plan;
  const c = round2(max0(min(p.max.minus(ytd.cpp), CPP_RATE.times(pi.minus(exemption)))));
  const w = ytd.pi.gt(p.ympe) ? ytd.pi : p.ympe;
  const c2 = x.policy.noCpp2 ? D(0) : round2(max0(min(p.max2.minus(ytd.cpp2), ytd.pi.plus(pi).minus(w).times('0.04'))));
  const ei = round2(max0(min(p.ei.max.minus(ytd.ei), p.ei.rate.times(pi))));
  return { c, c2, ei };
}

/** K2's base: P x the period's contributions (+ those on non-periodic pay), capped; the maximum once reached. */
function creditBase(x, periodic, extra, thisPeriod, ytd) {
  const p = x.e.plan;
  const annualC = x.P.times(periodic.c).plus(extra.c).times(BASE_RATIO);
  const cpp = ytd.cpp.plus(thisPeriod.c).gte(p.max) || annualC.gt(p.baseMax) ? p.baseMax : annualC;
  const annualEi = x.P.times(periodic.ei).plus(extra.ei);
  const ei = ytd.ei.plus(thisPeriod.ei).gte(p.ei.max) || annualEi.gt(p.ei.max) ? p.ei.max : annualEi;
  return { cpp, ei, total: cpp.plus(ei) };
}

const plus = (a, b) => ({ c: a.c.plus(b.c), c2: a.c2.plus(b.c2), ei: a.ei.plus(b.ei) });
const less = (a, b) => ({ c: a.c.minus(b.c), c2: a.c2.minus(b.c2), ei: a.ei.minus(b.ei) });

/**
 * One pay's statutory deductions. input: { payday, P, province, federalClaim, provincialClaim,
 * periodic (I), retro (B, positive retroactive pay), pension (F), dues (U1), ytd }.
 * ytd: { cpp, cpp2, ei, pi, b1, f5b, cppB1, eiB1 } for the payday's year; updated in place.
 */
function deductions(input, policy = {}) {
  if (input.province !== 'ON')
    throw new Unsupported(`province ${input.province} is not paid by this supplier (Ontario only)`);
  const e = editionFor(input.payday);
  const P = D(input.P);
  const x = { e, P, policy };
  const ytd = input.ytd;
  const I = input.periodic;
  const B = input.retro;
  const F = max0(input.pension);
  const U1 = input.dues;
  // 3,500 / P truncated to the cent (T4127 ch. 1); none on a retroactive payment paid on its own.
  const exemptP = policy.cppExemptionPeriods ? D(policy.cppExemptionPeriods) : P;
  const exemption = I.isZero() ? D(0) : D(3500).div(exemptP).toDecimalPlaces(2, D.ROUND_DOWN);
  const regular = contributions(x, I, exemption, ytd);
  const pi = I.plus(B);
  const total = B.isZero() ? regular : contributions(x, pi, exemption, ytd);
  const f5 = total.c.times(ENHANCED_RATIO).plus(total.c2);
  const f5a = B.isZero() || pi.isZero() ? f5 : f5.times(I).div(pi);
  const f5b = B.isZero() || pi.isZero() ? D(0) : f5.times(B).div(pi);
  const fedClaim = claimCredit(input.federalClaim, e.fed, 'federal');
  const onClaim = claimCredit(input.provincialClaim, e.on, 'Ontario');
  const aRegular = P.times(I.minus(F).minus(f5a).minus(U1));
  const none = { c: D(0), c2: D(0), ei: D(0) };
  const credits = creditBase(x, regular, none, regular, ytd);
  let federal = round2(federalT1(e, aRegular, credits, fedClaim).div(P));
  let provincial = round2(ontarioT2(e, aRegular, credits, onClaim).div(P));
  if (!B.isZero()) {
    const earlier = { c: ytd.cppB1, c2: D(0), ei: ytd.eiB1 };
    const aWithout = aRegular.plus(ytd.b1).minus(ytd.f5b);
    const aWith = aWithout.plus(B).minus(f5b);
    if (aWith.lte(5000)) {
      federal = federal.plus(fedClaim.exempt ? D(0) : round2(B.times('0.15')));
    } else {
      const before = creditBase(x, regular, earlier, regular, ytd);
      const after = creditBase(x, regular, plus(earlier, less(total, regular)), total, ytd);
      federal = federal.plus(
        round2(max0(federalT1(e, aWith, after, fedClaim).minus(federalT1(e, aWithout, before, fedClaim)))),
      );
      provincial = provincial.plus(
        round2(max0(ontarioT2(e, aWith, after, onClaim).minus(ontarioT2(e, aWithout, before, onClaim)))),
      );
    }
  }
  ytd.cpp = ytd.cpp.plus(total.c);
  ytd.cpp2 = ytd.cpp2.plus(total.c2);
  ytd.ei = ytd.ei.plus(total.ei);
  ytd.pi = ytd.pi.plus(pi);
  ytd.b1 = ytd.b1.plus(B);
  ytd.f5b = ytd.f5b.plus(f5b);
  ytd.cppB1 = ytd.cppB1.plus(total.c.minus(regular.c));
  ytd.eiB1 = ytd.eiB1.plus(total.ei.minus(regular.ei));
  return { cpp: total.c, cpp2: total.c2, ei: total.ei, federal, provincial };
}

function emptyYtd() {
  return { cpp: D(0), cpp2: D(0), ei: D(0), pi: D(0), b1: D(0), f5b: D(0), cppB1: D(0), eiB1: D(0) };
}

module.exports = { deductions, emptyYtd, editionFor };
