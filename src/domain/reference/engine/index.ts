export * from './engine.types';
export { runReference } from './run-reference';
export { referenceRuns, type ReferenceRuns } from './history';
/** The rules' names, as traces show them (src/domain/conventions holds each rule). */
export { CONVENTION as CONVENTIONS } from '../../conventions';
export { benefitInput, type TaxableBenefit, TAXABLE_BENEFIT_RULE } from './taxable-benefits';
