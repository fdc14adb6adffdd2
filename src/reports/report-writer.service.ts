import { Injectable } from '@nestjs/common';
import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DefectView, FindingView, RunView } from '../evaluation/evaluation.types';
import type { ReportSource } from '../evaluation/run-reader';
import { discrepanciesCsvStream, type CsvLocale } from './discrepancies-csv';
import { htmlReport } from './html-report';
import { htmlInputs } from './report-data';
import type { Lang } from './report-text';

export interface WrittenReport {
  dir: string;
  files: { html: string; csv: string; json: string; findings: string; scenarios: string; defects: string };
}

/** The reader's language for index.html, and the spreadsheet locale of discrepancies.csv (default: the language's). */
export interface ReportLocale {
  lang?: Lang;
  csvLocale?: CsvLocale;
}

/** run.json: the run with its pins and scores, and where its findings are (they are streamed beside it). */
export function runJson(view: RunView, findings: { count: number; file?: string }): string {
  return `${JSON.stringify({ run: view, findings }, null, 2)}\n`;
}

/** defects.json: every supplier's defects, ranked, with the signature version they were grouped with. */
export function defectsJson(view: RunView, defects: readonly DefectView[]): string {
  return `${JSON.stringify({ runId: view.id, signatureVersion: view.pins.signatureVersion, defects }, null, 2)}\n`;
}

async function* jsonLines<T>(items: AsyncIterable<T>): AsyncIterable<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`;
}

/** findings.jsonl's lines: each finding with its run. */
export async function* withRun(runId: string, findings: AsyncIterable<FindingView>): AsyncIterable<unknown> {
  for await (const f of findings) yield { runId, ...f };
}

/**
 * Writes reports/<run-id>/ under the given folder, streaming whatever grows with the
 * population: findings.jsonl (every finding, one JSON object a line), discrepancies.csv (every
 * finding), scenarios.jsonl (every scenario's pin); run.json, defects.json and index.html stay
 * small (the defects, the worst findings and the people most harmed, and how many more there are).
 */
@Injectable()
export class ReportWriter {
  async write(view: RunView, source: ReportSource, outDir: string, locale: ReportLocale = {}): Promise<WrittenReport> {
    const lang = locale.lang ?? 'en';
    const dir = path.resolve(outDir, view.id);
    await fs.mkdir(dir, { recursive: true });
    const files = {
      html: path.join(dir, 'index.html'),
      csv: path.join(dir, 'discrepancies.csv'),
      json: path.join(dir, 'run.json'),
      findings: path.join(dir, 'findings.jsonl'),
      scenarios: path.join(dir, 'scenarios.jsonl'),
      defects: path.join(dir, 'defects.json'),
    };
    await pipeline(
      Readable.from(jsonLines(withRun(view.id, source.eachFinding(view.id)))),
      createWriteStream(files.findings),
    );
    await pipeline(
      discrepanciesCsvStream(view.id, source.eachFinding(view.id), locale.csvLocale ?? lang),
      createWriteStream(files.csv),
    );
    await pipeline(Readable.from(jsonLines(source.eachScenarioPin(view.id))), createWriteStream(files.scenarios));
    const inputs = await htmlInputs(source, view.id);
    await fs.writeFile(files.json, runJson(view, { count: inputs.total, file: 'findings.jsonl' }));
    await fs.writeFile(files.defects, defectsJson(view, inputs.why!.defects));
    await fs.writeFile(files.html, htmlReport(view, inputs, lang));
    return { dir, files };
  }
}
