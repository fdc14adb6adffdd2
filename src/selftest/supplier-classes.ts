import { Money } from '../domain/money';
import type { Statement } from '../domain/scenario';
import type { VendorOutcome } from '../vendors/vendor-adapter';
import type { VendorFailureKind } from '../vendors/vendor-transport';
import type { PlantedClass, Planted } from './planted.types';
import { settle, type PlantInput } from './rebuild-statements';

/**
 * Supplier-level faults (issue 14): the supplier does not answer for a person, or answers
 * something it cannot stand behind. They are planted as the outcomes the transports and the
 * protocol reader produce for them (their own tests cover how each is detected on the wire);
 * what is checked here is that each shows as one supplier-level defect, with errors and missed
 * pays and no dollars, or as one invariant.
 */
function failing(kind: VendorFailureKind, message: string): Planted {
  return { first: { ok: false, failure: { kind, message: `${message} (planted)` }, elapsedMs: 0 } };
}

const statementsOf = (i: PlantInput) => i.reference.map((p) => p.statement);
const answered = (statements: Statement[]): VendorOutcome => ({
  ok: true,
  statements,
  missingPaydays: [],
  elapsedMs: 0,
});

function fault(id: string, kind: VendorFailureKind, en: string, fr: string): PlantedClass {
  return {
    id,
    family: 'supplier-level',
    name: { en, fr },
    expected: { kind: 'failure', subject: kind },
    plant: () => failing(kind, en),
  };
}

/** Answers only the first 10 people of every request of 50: the others are missing from the answer. */
const truncatedBatches: PlantedClass = {
  id: 'batch-truncated',
  family: 'supplier-level',
  name: {
    en: 'Answers only 10 of the 50 people of each request',
    fr: 'Ne répond que pour 10 des 50 personnes de chaque demande',
  },
  expected: { kind: 'failure', subject: 'wrong-employee' },
  plant: (i, index) =>
    index % 50 < 10
      ? { first: answered(statementsOf(i)) }
      : failing(
          'wrong-employee',
          'results: no result for this employee (expected one result per employee of the request)',
        ),
};

/** The second answer to the same request moves a cent on the last pay. */
const unstable: PlantedClass = {
  id: 'different-answer-twice',
  family: 'supplier-level',
  name: { en: 'The same request gets a different answer', fr: 'La même demande reçoit une réponse différente' },
  expected: { kind: 'invariant', subject: 'same-answer-twice' },
  plant: (i) => {
    const first = statementsOf(i);
    const last = first[first.length - 1];
    const cent = Money.of('0.01');
    const moved = settle(last, [
      ...last.lines,
      { code: 'REGULAR', amount: cent, description: 'Rounding carried (planted)' },
    ]);
    return { first: answered(first), second: answered([...first.slice(0, -1), moved]) };
  },
};

/** Net one cent above gross − deductions on every pay: one defect, its invariant a consequence. */
const netDrift: PlantedClass = {
  id: 'net-one-cent-drift',
  family: 'supplier-level',
  name: {
    en: 'Net pay one cent above gross minus deductions',
    fr: 'Paye nette d’un cent au-dessus du brut moins les retenues',
  },
  expected: { kind: 'total', subject: 'NET', direction: 'over' },
  plant: (i) => ({
    statements: statementsOf(i).map((s) => (s.lines.length === 0 ? s : { ...s, net: s.net.plus(Money.of('0.01')) })),
  }),
};

export const SUPPLIER_CLASSES: readonly PlantedClass[] = [
  fault('timeout', 'timeout', 'No answer within the time limit', 'Aucune réponse dans le délai'),
  fault('crash', 'crash', "The supplier's program stops", 'Le programme du fournisseur s’arrête'),
  fault(
    'schema',
    'schema',
    'Answers that break the protocol schema',
    'Des réponses qui enfreignent le schéma du protocole',
  ),
  fault(
    'vendor-error',
    'vendor-error',
    'Answers with a protocol error message',
    'Répond par un message d’erreur du protocole',
  ),
  truncatedBatches,
  unstable,
  netDrift,
];
