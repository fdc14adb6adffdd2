import { SIGNATURE_VERSION } from '../../domain/checks/defects';
import { EDITIONS } from '../../domain/rules/t4127/editions';
import type { RulesPin } from './pins.types';

/**
 * The rules a run was judged by. The convention registry (issue 15) is not part of this
 * harness yet: until it is, `conventions` is null and the rules' sources are pinned by the
 * harness tree (src/domain/rules, src/domain/reference), which holds them.
 */
export function rulesPin(): RulesPin {
  return { editionsHeld: EDITIONS.map((e) => e.id), signatureVersion: SIGNATURE_VERSION, conventions: null };
}
