import { compareRounds, toleranceChanges, type RoundComparison } from '../../../src/pilots/compare-rounds';
import { comparePilot, supplierTrends } from '../../../src/pilots/pilot-trends';
import { defectKey, type RoundDefect, type RoundInput, type RoundPins } from '../../../src/pilots/pilot.types';

const PINS: RoundPins = {
  catalogueHash: 'c1',
  rulesEditions: ['T4127-2026-01'],
  policyHash: 'p1',
  tolerances: {},
  harnessVersion: '0.1.0',
};

function defect(defectId: string, o: Partial<RoundDefect> = {}): RoundDefect {
  return {
    vendorId: 'acme',
    defectId,
    signatureVersion: Number(/^v(\d+):/.exec(defectId)?.[1] ?? 1),
    kind: 'line',
    title: { en: defectId, fr: defectId },
    codes: [defectId.split(':')[2]],
    people: 1,
    pays: 1,
    overPaid: '0.00',
    underPaid: '10.00',
    ...o,
  };
}

function round(n: number, defects: RoundDefect[], pins: Partial<RoundPins> = {}): RoundInput {
  return {
    round: n,
    runId: `run-${n}`,
    startedAt: `2026-11-0${n}T00:00:00Z`,
    status: 'finished',
    pins: { ...PINS, ...pins },
    standings: [
      {
        vendorId: 'acme',
        name: 'Acme',
        rank: 1,
        score: String(50 + n),
        overPaid: '0.00',
        underPaid: `${10 * defects.length}.00`,
        peopleAffected: defects.length,
        scenarios: 10,
        paysMissed: 0,
        expectedPaydays: 100,
        errors: 0,
      },
    ],
    defectsStored: true,
    rulingsApplied: [],
    sealed: null,
    defects,
  };
}

const A = 'v1:line:ACTING:under:amount:-:acting-first-period';
const B = 'v1:line:OVERTIME:under:amount:-:-';
const C = 'v1:line:CPP:over:amount:-:after-annual-maximum';
const D = 'v1:line:REGULAR:under:amount:-:partial-period';

const statuses = (c: RoundComparison) =>
  Object.fromEntries(
    c.suppliers[0].changes.map((x) => [x.defect.defectId, x.status + (x.lastSeenRound ? `@${x.lastSeenRound}` : '')]),
  );

describe('round over round', () => {
  // Defects switched off one by one (A, then B), one switched back on (A), one new (D).
  const rounds = [
    round(1, [defect(A), defect(B), defect(C)]),
    round(2, [defect(B), defect(C)]),
    round(3, [defect(C)]),
    round(4, [defect(A), defect(C), defect(D)]),
  ];
  const comparisons = comparePilot(rounds, new Map());

  it('the first round has nothing to compare with: every defect is new', () => {
    expect(comparisons[0].previousRound).toBeNull();
    expect(statuses(comparisons[0])).toEqual({ [A]: 'new', [B]: 'new', [C]: 'new' });
  });

  it('a defect switched off is fixed, the others still open', () => {
    expect(statuses(comparisons[1])).toEqual({ [A]: 'fixed', [B]: 'open', [C]: 'open' });
    expect(statuses(comparisons[2])).toEqual({ [B]: 'fixed', [C]: 'open' });
  });

  it('a defect switched back on is regressed (with the round it was last seen in), one never seen is new', () => {
    expect(statuses(comparisons[3])).toEqual({ [A]: 'regressed@1', [C]: 'open', [D]: 'new' });
    expect(comparisons[3].changed).toEqual([]);
  });

  it('trends follow each round: harm, score and the defects counted', () => {
    const [acme] = supplierTrends(rounds, comparisons);
    expect(acme.points.map((p) => [p.round, p.score, p.harm, p.defects])).toEqual([
      [1, '51', '30.00', 3],
      [2, '52', '20.00', 2],
      [3, '53', '10.00', 1],
      [4, '54', '30.00', 3],
    ]);
  });
});

describe('what is comparable', () => {
  it('a new catalogue: only defects on scenarios both rounds ran identically are compared', () => {
    const previous = round(1, [defect(A), defect(B)]);
    const current = round(2, [defect(C), defect(D)], { catalogueHash: 'c2' });
    const c = compareRounds({
      earlier: [],
      previous,
      current,
      shared: {
        previous: new Set([defectKey(defect(A))]),
        current: new Set([defectKey(defect(C))]),
      },
    });
    expect(c.changed).toEqual(['catalogue']);
    expect(statuses(c)).toEqual({ [A]: 'fixed', [C]: 'new' });
    expect(c.suppliers[0].notComparable.map((n) => [n.defect.defectId, n.round, n.reason])).toEqual([
      [B, 'previous', 'scenarios'],
      [D, 'current', 'scenarios'],
    ]);
  });

  it('a changed tolerance: defects on that line are not compared, others are', () => {
    const previous = round(1, [defect(B), defect(C)]);
    const current = round(2, [defect(B)], { policyHash: 'p2', tolerances: { CPP: '0.05' } });
    const c = compareRounds({ earlier: [], previous, current });
    expect(c.changed).toEqual(['policy']);
    expect(c.policySubjects).toEqual(['CPP']);
    expect(statuses(c)).toEqual({ [B]: 'open' });
    expect(c.suppliers[0].notComparable.map((n) => [n.defect.defectId, n.reason])).toEqual([[C, 'policy']]);
  });

  it('a new signature version: nothing is matched', () => {
    const previous = round(1, [defect(B)]);
    const current = round(2, [defect(B.replace('v1', 'v2'))]);
    const c = compareRounds({ earlier: [], previous, current });
    expect(c.changed).toEqual(['signature']);
    expect(c.suppliers[0].changes).toEqual([]);
    expect(c.suppliers[0].notComparable).toHaveLength(2);
  });

  it('tolerances written differently but equal are no change', () => {
    expect(toleranceChanges({ ...PINS, tolerances: { CPP: '0.10' } }, { ...PINS, tolerances: { CPP: '0.1' } })).toEqual(
      [],
    );
    expect(toleranceChanges({ ...PINS, tolerances: { CPP: '0.00' } }, PINS)).toEqual([]);
    expect(toleranceChanges({ ...PINS, tolerances: { EI: '0.01' } }, PINS)).toEqual(['EI']);
  });
});
