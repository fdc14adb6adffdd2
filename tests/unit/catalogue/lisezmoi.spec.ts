import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runReference } from '../../../src/domain/reference/engine';
import { scenariosFromCsv } from '../../../src/scenarios/csv-scenarios';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { CATALOGUE } from './catalogue-fixtures';

const read = (name: string) => readFileSync(path.join(CATALOGUE, name), 'utf8');
const README = read('README.md');
const LISEZMOI = read('LISEZMOI.md');

/** The first cells of the rows of the first markdown table after `heading`. */
function tableKeys(text: string, heading: string): string[] {
  const section = text.slice(text.indexOf(heading));
  const table = section.slice(section.indexOf('\n|')).split('\n\n')[0];
  return table
    .split('\n')
    .slice(3)
    .map((line) => line.split('|')[1].trim().replace(/`/g, ''));
}

const csvBlocks = (text: string) => [...text.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('test-payrolls/LISEZMOI.md, the French volunteer guide', () => {
  it('documents the same rows and columns as the English guide', () => {
    expect(tableKeys(LISEZMOI, '## Les lignes')).toEqual(tableKeys(README, '## The rows'));
    expect(tableKeys(LISEZMOI, '## Les colonnes')).toEqual(tableKeys(README, '## The columns'));
  });

  it('has as many examples as the English guide, each valid, and its stub line the reference pays to the cent', () => {
    const blocks = csvBlocks(LISEZMOI);
    expect(blocks).toHaveLength(csvBlocks(README).length);
    const results = blocks.map((text, i) => scenariosFromCsv(`LISEZMOI example ${i + 1}`, text));
    const problems = results.flatMap((r) => (r.ok ? [] : r.errors.map(formatLoadError)));
    expect(problems).toEqual([]);
    const [scenario] = results[0].ok ? results[0].scenarios : [];
    const [line] = scenario.expected;
    const pay = runReference(scenario).pays.find((p) => p.statement.payday === line.payday);
    const paid = pay?.statement.lines.find((l) => l.code === line.code && l.forPeriod === undefined);
    expect(paid?.amount.toString()).toBe(line.amount.toString());
  });

  it('asks for the same header in the step-by-step as in its example', () => {
    const typed = /tapez[\s\S]*?```\n\s*(scenario,[^\n]*)\n/.exec(LISEZMOI)?.[1];
    expect(typed).toBe(csvBlocks(LISEZMOI)[0].split('\n')[0]);
  });

  it('and the English guide links to it', () => {
    expect(README).toContain('(LISEZMOI.md)');
  });
});
