import { Injectable } from '@nestjs/common';
import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Scenario } from '../../domain/scenario';
import { employeeScenario } from './employee-scenario';
import { employeePlanArb, populationWindow, type PopulationYears } from './population-arbitraries';
import { CSV_HEADER, scenarioRows } from './population-csv';
import { saidError } from '../../submissions/refusal-text';

export interface GenerateInput {
  employees: number;
  /** fast-check's seed: the same seed, years and employees give byte-identical files. */
  seed: number;
  years: PopulationYears;
  /** The folder to write to: created if missing, refused if it already holds scenario files. */
  out: string;
  /** Scenarios per file (the last file holds the rest). */
  perFile: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PopulationSummary {
  files: string[];
  bytes: number;
  scenarios: number;
  firstId: string;
  lastId: string;
  payRuns: { from: string; to: string; paydays: number };
  /** Employees with no HR event: regular pay only. */
  plain: number;
  hired: number;
  /** Employees with at least one event entered after the cut-off of the pay it belongs to. */
  withLateEntry: number;
  eventsByKind: Record<string, number>;
}

async function prepareOut(out: string): Promise<void> {
  await fs.mkdir(out, { recursive: true });
  const present = (await fs.readdir(out)).filter((name) => /\.(csv|json)$/i.test(name));
  if (present.length > 0)
    throw saidError('INVALID_INPUT', 'error.scenarios.outNotEmpty', { out, count: present.length, first: present[0] });
}

function tally(summary: PopulationSummary, scenario: Scenario): void {
  summary.scenarios += 1;
  summary.lastId = scenario.id;
  if (summary.firstId === '') summary.firstId = scenario.id;
  if (scenario.events.length === 0) summary.plain += 1;
  if (scenario.tags.includes('late-entry')) summary.withLateEntry += 1;
  for (const event of scenario.events) {
    summary.eventsByKind[event.kind] = (summary.eventsByKind[event.kind] ?? 0) + 1;
    if (event.kind === 'hire') summary.hired += 1;
  }
}

/**
 * `payproof scenarios generate`: a population of employees as catalogue CSV files, written one
 * file at a time (memory does not grow with the population). One seeded fast-check Random
 * draws every employee in order, without bias, so employee n is the same whatever the
 * population's size, and the same inputs give byte-identical files.
 */
@Injectable()
export class PopulationGenerator {
  async generate(input: GenerateInput): Promise<PopulationSummary> {
    await prepareOut(input.out);
    const window = populationWindow(input.years);
    const arb = employeePlanArb(window);
    const random = new fc.Random(xoroshiro128plus(input.seed));
    const fileCount = Math.ceil(input.employees / input.perFile);
    const width = Math.max(4, String(fileCount).length);
    const summary: PopulationSummary = {
      files: [],
      bytes: 0,
      scenarios: 0,
      firstId: '',
      lastId: '',
      payRuns: { from: window.from, to: window.to, paydays: window.paydays },
      plain: 0,
      hired: 0,
      withLateEntry: 0,
      eventsByKind: {},
    };
    for (let f = 0; f < fileCount; f += 1) {
      const first = f * input.perFile + 1;
      const last = Math.min(input.employees, first + input.perFile - 1);
      const parts = [CSV_HEADER];
      for (let index = first; index <= last; index += 1) {
        const plan = arb.generate(random, undefined).value;
        const scenario = employeeScenario({ plan, window, seed: input.seed, index });
        tally(summary, scenario);
        parts.push(scenarioRows(scenario));
      }
      const file = path.join(input.out, `population-${String(f + 1).padStart(width, '0')}.csv`);
      const text = parts.join('');
      // Written under another name and renamed, so a killed run leaves no half file that loads.
      await fs.writeFile(`${file}.partial`, text);
      await fs.rename(`${file}.partial`, file);
      summary.files.push(file);
      summary.bytes += Buffer.byteLength(text);
      input.onProgress?.(last, input.employees);
    }
    return summary;
  }
}
