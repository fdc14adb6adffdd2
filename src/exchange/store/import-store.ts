import type { VendorStatementJson } from '../../vendors/protocol';

/**
 * Where imported answers of exchange suppliers are kept: a port, so the files under the data
 * folder (file-import-store.ts) can move into the database later without touching the
 * importer or the exchange transport.
 */
export const IMPORT_FORMAT = 'payproof-exchange-import/1';

/** One answer of an import: a statement as the supplier gave it (its own line codes), or a declined employee. */
export type AnswerRecord =
  { employeeId: string; statement: VendorStatementJson } | { employeeId: string; unsupported: string };

export interface ImportedFile {
  /** As named inside the folder or zip, with "/" between folders. */
  name: string;
  sha256: string;
  bytes: number;
  /** `ignored`: neither .json nor .csv; kept in the provenance, not read. */
  kind: 'json' | 'csv' | 'ignored';
  statements: number;
  declined: number;
}

/** Who sent what, when, and which bytes: what an auditor needs to trust an import. */
export interface ImportProvenance {
  format: typeof IMPORT_FORMAT;
  importId: string;
  vendorId: string;
  /** ISO 8601 time of the import. */
  importedAt: string;
  /** The person who ran the import (--by, else the operating-system user). */
  importedBy: string;
  /** What the supplier said it is (its JSON answers' `supplier`, else the manifest's name and version). */
  supplier: { name: string; version: string };
  source: { path: string; kind: 'folder' | 'zip'; sha256?: string };
  manifestSha256: string;
  /** The outbound package these answers are for (sha256 of its SHA256SUMS). */
  packageId: string;
  files: ImportedFile[];
  answers: { sha256: string; employees: number; statements: number; declined: number };
}

export type ProvenanceDraft = Omit<ImportProvenance, 'importId' | 'answers'>;

/** An import as stored: its provenance, and its answers by employee. */
export interface StoredImport {
  provenance: ImportProvenance;
  /** Every record of one employee, statements in payday order. */
  answersFor(employeeId: string): Promise<AnswerRecord[]>;
}

export interface ImportStore {
  /** Stores a complete import (records sorted by employee, then payday) and makes it the latest. */
  save(draft: ProvenanceDraft, records: readonly AnswerRecord[]): Promise<ImportProvenance>;
  /** The latest complete import of a supplier, or undefined when there is none. */
  latest(vendorId: string): Promise<StoredImport | undefined>;
}
