/**
 * Defects: root causes and their consequences, grouped across people by a versioned signature
 * (issue 14; docs/defects.md). Per person: explainPerson. Per run: DefectLedger.
 */
export * from './defect.types';
export { explainPerson, type ExplainInput } from './explain-person';
export { DefectLedger, type Defect, type FailureDefect, type LedgerEntry, type SupplierDefects } from './defect-ledger';
export { defectTitle, groupingInfo } from './defect-text';
export { REASONS, type Lang, type Words } from './defect-words';
export { CONDITIONS_BY_SUBJECT, signature, signatureKey } from './signature';
export {
  byHarm,
  emptyTally,
  mergeTallies,
  personTally,
  type DefectTally,
  type ExampleRef,
  type LedgerTally,
} from './defect-tally';
export { toDefect } from './defect-ledger';
