import { Injectable } from '@nestjs/common';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FindingView, RunView } from '../evaluation/evaluation.types';
import { discrepanciesCsv } from './discrepancies-csv';
import { htmlReport } from './html-report';

export interface WrittenReport {
  dir: string;
  files: { html: string; csv: string; json: string };
}

/** run.json: the run with its pins and scores, and every finding, as the database holds them. */
export function runJson(view: RunView, findings: readonly FindingView[]): string {
  return `${JSON.stringify({ run: view, findings }, null, 2)}\n`;
}

/** Writes reports/<run-id>/ (index.html, discrepancies.csv, run.json) under the given folder. */
@Injectable()
export class ReportWriter {
  async write(view: RunView, findings: readonly FindingView[], outDir: string): Promise<WrittenReport> {
    const dir = path.resolve(outDir, view.id);
    await fs.mkdir(dir, { recursive: true });
    const files = { html: path.join(dir, 'index.html'), csv: path.join(dir, 'discrepancies.csv'), json: path.join(dir, 'run.json') };
    await fs.writeFile(files.html, htmlReport(view, findings));
    await fs.writeFile(files.csv, discrepanciesCsv(findings));
    await fs.writeFile(files.json, runJson(view, findings));
    return { dir, files };
  }
}
