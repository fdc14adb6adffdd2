import { Injectable } from '@nestjs/common';
import { lineCodeMap } from '../../vendors/protocol';
import { exchangeConfig, planFor, type PackageSource } from '../outbound/package-files';
import { ExchangePackageWriter } from '../outbound/package-writer.service';
import type { ImportedFile, ImportProvenance, ImportStore } from '../store/import-store';
import type { FileRead } from './candidate';
import { readCsvRegister } from './csv-register';
import { checkAnswers } from './import-check';
import type { ImportProblem } from './import-problem';
import { readImportSource } from './import-source';
import { readJsonAnswer } from './json-answer';
import { words } from './import-problem';

/**
 * `payproof exchange import`: a supplier's returned registers (a folder or a zip) read,
 * checked against the outbound package the same scenarios give, and stored with their
 * provenance. All or nothing: one problem anywhere and nothing is stored, and every problem is
 * listed with its file, row and column.
 */
export interface ImportRequest extends PackageSource {
  /** The folder or .zip the supplier sent. */
  source: string;
  importedBy: string;
  /** ISO 8601, from the clock port. */
  importedAt: string;
  store: ImportStore;
  /** How the manifest is named in configuration errors. */
  manifestPath?: string;
}

export type ImportOutcome =
  | { ok: true; provenance: ImportProvenance; missing: number; expected: number }
  | { ok: false; problems: ImportProblem[] };

@Injectable()
export class ExchangeImporter {
  async import(request: ImportRequest): Promise<ImportOutcome> {
    const { manifest } = request;
    const registers = exchangeConfig(manifest).registers;
    const lineCodes = lineCodeMap(manifest.lineCodes, request.manifestPath ?? `vendors/${manifest.id}/vendor.json`);
    const plan = planFor(request);
    const requests = new Map(plan.paydays.map((d) => [plan.view(d).request.requestId, d]));
    const source = await readImportSource(request.source);
    const reads: FileRead[] = [];
    const files: ImportedFile[] = source.files.map((f) => {
      const kind = f.name.toLowerCase().endsWith('.json')
        ? 'json'
        : f.name.toLowerCase().endsWith('.csv')
          ? 'csv'
          : 'ignored';
      const text = f.data.toString('utf8');
      const read: FileRead =
        kind === 'json'
          ? readJsonAnswer({ file: f.name, text, requests })
          : kind === 'csv'
            ? registers
              ? readCsvRegister({ file: f.name, text, registers, lineCodes })
              : noLayout(f.name, manifest.id)
            : { candidates: [], declines: [], problems: [] };
      reads.push(read);
      return {
        name: f.name,
        sha256: f.sha256,
        bytes: f.data.length,
        kind,
        statements: read.candidates.length,
        declined: read.declines.length,
      };
    });
    const problems = reads.flatMap((r) => r.problems);
    if (!files.some((f) => f.kind !== 'ignored'))
      problems.push({
        file: source.path,
        ...words('import.source.none'),
      });
    const checked = checkAnswers({
      candidates: reads.flatMap((r) => r.candidates),
      declines: reads.flatMap((r) => r.declines),
      expected: plan.expected,
      lineCodes,
    });
    problems.push(...checked.problems, ...supplierProblems(reads, files));
    if (problems.length > 0) return { ok: false, problems };
    const provenance = await request.store.save(
      {
        format: 'payproof-exchange-import/1',
        vendorId: manifest.id,
        importedAt: request.importedAt,
        importedBy: request.importedBy,
        supplier: reads.find((r) => r.supplier)?.supplier ?? {
          name: manifest.name,
          version: manifest.version ?? 'unversioned',
        },
        source: { path: source.path, kind: source.kind, ...(source.sha256 && { sha256: source.sha256 }) },
        manifestSha256: request.manifestSha256,
        packageId: new ExchangePackageWriter().packageId(request),
        files,
      },
      checked.records,
    );
    const expected = [...plan.expected.values()].reduce((n, runs) => n + runs.size, 0);
    const declined = new Set(checked.records.flatMap((r) => ('unsupported' in r ? [r.employeeId] : [])));
    const owed = [...plan.expected].reduce((n, [id, runs]) => n + (declined.has(id) ? 0 : runs.size), 0);
    return { ok: true, provenance, expected, missing: owed - provenance.answers.statements };
  }
}

function noLayout(file: string, vendorId: string): FileRead {
  return {
    candidates: [],
    declines: [],
    problems: [
      {
        file,
        ...words('import.source.noLayout', { vendor: vendorId }),
      },
    ],
  };
}

/** Every JSON answer of one import must name the same supplier and version. */
function supplierProblems(reads: readonly FileRead[], files: readonly ImportedFile[]): ImportProblem[] {
  const named = reads.map((r, i) => ({ supplier: r.supplier, file: files[i].name })).filter((r) => r.supplier);
  const first = named[0];
  return named
    .filter((n) => n.supplier!.name !== first.supplier!.name || n.supplier!.version !== first.supplier!.version)
    .map((n) => ({
      file: n.file,
      path: 'supplier',
      ...words('import.source.supplier', {
        found: JSON.stringify(n.supplier),
        file: first.file,
        first: JSON.stringify(first.supplier),
      }),
    }));
}
