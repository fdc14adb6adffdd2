import { Injectable } from '@nestjs/common';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { packageFiles, planFor, sha256, SUMS_FILE, sumsText, type PackageSource } from './package-files';
import type { NotSent } from './package-plan';
import { saidError } from '../../submissions/refusal-text';

/**
 * Writes an exchange supplier's outbound package (docs/vendor-protocol.md, "Exchange") to a
 * folder. A service with no framework state, so the CLI calls it today and the evaluation
 * pipeline can call it per run later. Files are written one pay run at a time.
 */
export interface PackageSummary {
  out: string;
  /** sha256 of SHA256SUMS: names the whole package; an import records which package it answers. */
  packageId: string;
  payRuns: number;
  employees: number;
  notSent: NotSent[];
  files: number;
  bytes: number;
}

@Injectable()
export class ExchangePackageWriter {
  async write(source: PackageSource & { out: string }): Promise<PackageSummary> {
    const plan = planFor(source);
    await prepareFolder(source.out);
    const sums: Array<{ name: string; sha256: string }> = [];
    let bytes = 0;
    for (const file of packageFiles(plan, source)) {
      const target = path.join(source.out, ...file.name.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, file.content);
      sums.push({ name: file.name, sha256: sha256(file.content) });
      bytes += Buffer.byteLength(file.content);
    }
    const sumsFile = sumsText(sums);
    await fs.writeFile(path.join(source.out, SUMS_FILE), sumsFile);
    return {
      out: source.out,
      packageId: sha256(sumsFile),
      payRuns: plan.paydays.length,
      employees: plan.expected.size,
      notSent: plan.notSent,
      files: sums.length + 1,
      bytes: bytes + Buffer.byteLength(sumsFile),
    };
  }

  /** The id the package for these scenarios has (or would have), without writing anything. */
  packageId(source: PackageSource): string {
    const plan = planFor(source);
    return sha256(sumsText([...packageFiles(plan, source)].map((f) => ({ name: f.name, sha256: sha256(f.content) }))));
  }
}

/** The folder is created if missing; one that already holds files is refused, so no old file is mixed in. */
async function prepareFolder(out: string): Promise<void> {
  const entries = await fs.readdir(out).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    if (err.code === 'ENOTDIR') throw saidError('INVALID_INPUT', 'error.exchange.outIsFile', { out });
    throw err;
  });
  if (entries.length > 0) throw saidError('INVALID_INPUT', 'error.exchange.outNotEmpty', { out });
  await fs.mkdir(out, { recursive: true });
}
