import { DefectLedger, defectTitle, explainPerson, signatureKey, type Words } from '../domain/checks/defects';
import { referenceHistory } from '../domain/checks/defects/reference-history';
import { DEFAULT_POLICY, type TolerancePolicy } from '../domain/checks/tolerance-policy';
import { PayproofError } from '../domain/errors';
import { runReference } from '../domain/reference/engine';
import type { ReferenceResult } from '../domain/reference/engine/engine.types';
import type { Scenario, Statement } from '../domain/scenario';
import { judgeScenario } from '../evaluation/judge-scenario';
import type { VendorOutcome } from '../vendors/vendor-adapter';
import { PLANTED_CLASSES } from './planted-classes';
import type { Planted, PlantedClass } from './planted.types';

/**
 * `payproof selftest` (issue 14, item 6): each known defect class planted into the reference's
 * own answers, judged and grouped exactly as an evaluation judges a supplier (judge-scenario.ts,
 * then the defect core), in process. For each class: is it detected on this scenario set, does
 * it show as exactly one defect, and with the title its signature gives. This tells procurement
 * how strong the scenario set is, and checks the grouping on every class it claims to group.
 */
export interface ClassOutcome {
  id: string;
  family: string;
  name: Words;
  expectedTitle: Words;
  /** Every defect (or supplier-level failure kind) the planted supplier showed. */
  shown: { id: string; title: Words; people: number }[];
  detected: boolean;
  /** Exactly one defect, and it is the expected one. */
  one: boolean;
  rightTitle: boolean;
}

export interface SelftestReport {
  scenarios: number;
  /** Scenarios the reference refuses: not planted into. */
  refused: string[];
  classes: ClassOutcome[];
}

interface Prepared {
  scenario: Scenario;
  reference: ReferenceResult;
  history: Statement[];
}

const SUPPLIER = 'planted';

function outcomes(p: Planted): { first: VendorOutcome; second?: VendorOutcome } {
  if ('statements' in p) {
    const answer: VendorOutcome = { ok: true, statements: p.statements, missingPaydays: [], elapsedMs: 0 };
    return { first: answer, second: answer };
  }
  return p;
}

function runClass(c: PlantedClass, prepared: readonly Prepared[], policy: TolerancePolicy): ClassOutcome {
  const ledger = new DefectLedger();
  prepared.forEach(({ scenario, reference, history }, index) => {
    const { first, second } = outcomes(c.plant({ scenario, reference: reference.pays, history }, index));
    const { result } = judgeScenario({ scenario, reference, first, ...(second && { second }), policy });
    const actual = first.ok ? first.statements : undefined;
    const explanation = explainPerson({
      scenario,
      reference: reference.pays,
      ...(actual && { actual }),
      result,
      policy,
    });
    ledger.add({
      supplierId: SUPPLIER,
      scenario,
      reference: reference.pays,
      ...(actual && { actual }),
      result,
      explanation,
    });
  });
  const found = ledger.defects(SUPPLIER);
  const shown = [
    ...found.defects.map((d) => ({ id: d.id, title: d.title, people: d.people })),
    ...found.failures.map((f) => ({ id: f.id, title: f.title, people: f.errors })),
  ];
  const expected = signatureKey(c.expected);
  const one = shown.length === 1 && shown[0].id === expected;
  return {
    id: c.id,
    family: c.family,
    name: c.name,
    expectedTitle: defectTitle(c.expected),
    shown,
    detected: shown.length > 0,
    one,
    rightTitle: shown.some((s) => s.id === expected),
  };
}

export function runSelftest(
  scenarios: readonly Scenario[],
  o: { classes?: readonly PlantedClass[]; policy?: TolerancePolicy } = {},
): SelftestReport {
  const prepared: Prepared[] = [];
  const refused: string[] = [];
  for (const scenario of scenarios) {
    try {
      prepared.push({
        scenario,
        reference: runReference(scenario, { trace: true }),
        history: referenceHistory(scenario),
      });
    } catch (err) {
      if (!(err instanceof PayproofError)) throw err;
      refused.push(scenario.id);
    }
  }
  const classes = (o.classes ?? PLANTED_CLASSES).map((c) => runClass(c, prepared, o.policy ?? DEFAULT_POLICY));
  return { scenarios: scenarios.length, refused, classes };
}
