import { Injectable } from '@nestjs/common';
import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RunView } from '../evaluation/evaluation.types';
import type { ReportSource } from '../evaluation/run-reader';
import { discrepanciesCsvStream } from './discrepancies-csv';
import { HTML_FINDING_LIMIT, HTML_HARMED_LIMIT } from './html-sections';
import { htmlReport } from './html-report';

export interface WrittenReport {
  dir: string;
  files: { html: string; csv: string; json: string; findings: string; scenarios: string };
}

/** run.json: the run with its pins and scores, and where its findings are (they are streamed beside it). */
export function runJson(view: RunView, findings: { count: number; file?: string }): string {
  return `${JSON.stringify({ run: view, findings }, null, 2)}\n`;
}

async function* jsonLines<T>(items: AsyncIterable<T>): AsyncIterable<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`;
}

/**
 * Writes reports/<run-id>/ under the given folder, streaming whatever grows with the
 * population: findings.jsonl (every finding, one JSON object a line), discrepancies.csv (every
 * finding), scenarios.jsonl (every scenario's pin); run.json and index.html stay small (the
 * worst findings and the people most harmed, and how many more are in the CSV).
 */
@Injectable()
export class ReportWriter {
  async write(view: RunView, source: ReportSource, outDir: string): Promise<WrittenReport> {
    const dir = path.resolve(outDir, view.id);
    await fs.mkdir(dir, { recursive: true });
    const files = {
      html: path.join(dir, 'index.html'),
      csv: path.join(dir, 'discrepancies.csv'),
      json: path.join(dir, 'run.json'),
      findings: path.join(dir, 'findings.jsonl'),
      scenarios: path.join(dir, 'scenarios.jsonl'),
    };
    await pipeline(Readable.from(jsonLines(source.eachFinding(view.id))), createWriteStream(files.findings));
    await pipeline(discrepanciesCsvStream(source.eachFinding(view.id)), createWriteStream(files.csv));
    await pipeline(Readable.from(jsonLines(source.eachScenarioPin(view.id))), createWriteStream(files.scenarios));
    const total = await source.countFindings(view.id);
    await fs.writeFile(files.json, runJson(view, { count: total, file: 'findings.jsonl' }));
    const worst = await source.worstFindings(view.id, HTML_FINDING_LIMIT);
    const harmed = await source.mostHarmed(view.id, HTML_HARMED_LIMIT);
    await fs.writeFile(files.html, htmlReport(view, { worst, harmed, total }));
    return { dir, files };
  }
}
