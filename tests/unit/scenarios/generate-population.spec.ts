import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { paydaysBetween } from '../../../src/domain/calendar';
import { runReference } from '../../../src/domain/reference/engine';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { PopulationGenerator, type GenerateInput } from '../../../src/scenarios/generate/population-generator.service';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'payproof-generate-'));

async function generate(input: Partial<GenerateInput>) {
  const out = freshDir();
  const summary = await new PopulationGenerator().generate({
    employees: 100,
    seed: 1,
    years: { first: 2026, last: 2026 },
    perFile: 50,
    out,
    ...input,
  });
  return { out, summary };
}

const filesOf = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')] as const);

describe('payproof scenarios generate: the files', () => {
  it('writes files that validate, and the reference pays every payday of every generated scenario', async () => {
    const { out, summary } = await generate({
      employees: 300,
      seed: 11,
      years: { first: 2025, last: 2026 },
      perFile: 120,
    });
    expect(readdirSync(out).sort()).toEqual(['population-0001.csv', 'population-0002.csv', 'population-0003.csv']);
    const load = await new ScenarioCatalog().load(out);
    expect(load.errors.map(formatLoadError)).toEqual([]);
    expect(load.scenarios).toHaveLength(300);
    expect(summary.scenarios).toBe(300);
    const paydays = paydaysBetween('2025-01-01', '2026-12-31');
    const problems = load.scenarios.flatMap(({ scenario }) => {
      try {
        const got = runReference(scenario).pays.map((p) => p.statement.payday);
        return got.join() === paydays.join() ? [] : [`${scenario.id}: ${got.length} paydays`];
      } catch (err) {
        return [`${scenario.id}: ${(err as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it('gives byte-identical files for the same seed, and other files for another seed', async () => {
    const a = await generate({ seed: 5 });
    const b = await generate({ seed: 5 });
    const c = await generate({ seed: 6 });
    expect(filesOf(a.out)).toEqual(filesOf(b.out));
    expect(filesOf(c.out).map(([, text]) => text)).not.toEqual(filesOf(a.out).map(([, text]) => text));
  });

  it('draws employee n the same whatever the population size or file size (a bigger population extends a smaller one)', async () => {
    const small = await generate({ employees: 30, perFile: 30 });
    const big = await generate({ employees: 100, perFile: 7 });
    const rows = (dir: string) =>
      filesOf(dir)
        .flatMap(([, text]) => text.split('\n').slice(1))
        .filter((line) => line !== '');
    const smallRows = rows(small.out);
    expect(rows(big.out).slice(0, smallRows.length)).toEqual(smallRows);
    expect(readdirSync(big.out)).toHaveLength(15);
  });

  it('gives every scenario a unique id well under the 64-character limit, and at most --per-file per file', async () => {
    const { out, summary } = await generate({ employees: 250, perFile: 40, seed: 2147483647 });
    const load = await new ScenarioCatalog().load(out);
    const ids = load.scenarios.map((s) => s.scenario.id);
    expect(new Set(ids).size).toBe(250);
    expect(Math.max(...ids.map((id) => id.length))).toBeLessThanOrEqual(24);
    const perFile = new Map<string, number>();
    for (const s of load.scenarios) perFile.set(s.file, (perFile.get(s.file) ?? 0) + 1);
    expect(Math.max(...perFile.values())).toBe(40);
    expect(summary.files).toHaveLength(7);
    expect([summary.firstId, summary.lastId]).toEqual(['g2147483647-0000001', 'g2147483647-0000250']);
  });

  it('refuses a folder that already holds scenario files, naming it', async () => {
    const { out } = await generate({ employees: 3 });
    await expect(
      new PopulationGenerator().generate({
        employees: 3,
        seed: 1,
        years: { first: 2026, last: 2026 },
        perFile: 50,
        out,
      }),
    ).rejects.toThrow(
      /already holds 1 scenario file\(s\) \(e\.g\. population-0001\.csv\); give an empty or new folder/,
    );
  });
});
