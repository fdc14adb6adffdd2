import type { SignatureParts, Words } from '../domain/checks/defects';
import type { Statement } from '../domain/scenario';
import type { VendorOutcome } from '../vendors/vendor-adapter';
import type { PlantInput } from './rebuild-statements';

/** What a planted supplier answers for one person: statements (sent twice alike) or outcomes of its own. */
export type Planted = { statements: Statement[] } | { first: VendorOutcome; second?: VendorOutcome };

/**
 * One known defect class, planted into the reference's own answers (issue 14, item 6): the
 * Phoenix failure families and the supplier-level faults. `expected` is the signature the class
 * must show as (its title follows from it); a class the catalogue cannot reveal is "not detected".
 */
export interface PlantedClass {
  id: string;
  /** The Phoenix failure family, or 'supplier-level'. */
  family: string;
  name: Words;
  expected: SignatureParts;
  /** The planted answer for one person (`index`: its place in the run, for batch faults). */
  plant(input: PlantInput, index: number): Planted;
}
