import { SIGNATURE_VERSION } from '../../domain/checks/defects';
import { REGISTRY } from '../../domain/conventions';
import { EDITIONS } from '../../domain/rules/t4127/editions';
import { hashOf } from '../hashing/canonical-json';
import type { RulesPin } from './pins.types';

/**
 * The rules a run was judged by: the editions held, the defect signature version, and the
 * sha256 of the convention registry (src/domain/conventions, issue 15) as canonical JSON, so
 * a change to any named rule, its status, its sources or its scenarios changes the pin.
 */
export function rulesPin(): RulesPin {
  return {
    editionsHeld: EDITIONS.map((e) => e.id),
    signatureVersion: SIGNATURE_VERSION,
    conventions: hashOf(REGISTRY),
    conventionCount: REGISTRY.length,
  };
}
