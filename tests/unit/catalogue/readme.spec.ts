import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runReference } from '../../../src/domain/reference/engine';
import { CSV_COLUMN_NAMES } from '../../../src/scenarios/csv-columns';
import { EVENT_FIELDS, recordKind } from '../../../src/scenarios/csv-records';
import { scenariosFromCsv } from '../../../src/scenarios/csv-scenarios';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { CATALOGUE } from './catalogue-fixtures';

const README = readFileSync(path.join(CATALOGUE, 'README.md'), 'utf8');

/** The first cells of the rows of the markdown table that follows `heading`. */
function tableKeys(heading: string): string[] {
  const section = README.slice(README.indexOf(heading));
  const table = section.slice(section.indexOf('\n|')).split('\n\n')[0];
  return table
    .split('\n')
    .slice(3)
    .map((line) => line.split('|')[1].trim().replace(/`/g, ''));
}

function example(): string {
  const m = /```csv\n([\s\S]*?)```/.exec(README);
  if (!m) throw new Error('the README has no ```csv example');
  return m[1];
}

describe('test-payrolls/README.md', () => {
  it('lists the columns the loader knows, in the same order', () => {
    expect(tableKeys('## The columns')).toEqual(CSV_COLUMN_NAMES);
  });

  it('lists every kind of row the loader knows', () => {
    const listed = tableKeys('## The rows').map((typed) => recordKind(typed));
    expect(listed.sort()).toEqual(['scenario', 'employee', 'expected', ...Object.keys(EVENT_FIELDS)].sort());
  });

  it('has a complete example that validates, and whose stub line the reference pays to the cent', () => {
    const result = scenariosFromCsv('README example', example());
    if (!result.ok) throw new Error(result.errors.map(formatLoadError).join('\n'));
    const [scenario] = result.scenarios;
    const [line] = scenario.expected;
    const pay = runReference(scenario).pays.find((p) => p.statement.payday === line.payday);
    expect(pay?.statement.lines.find((l) => l.code === line.code && l.forPeriod === undefined)?.amount.toString()).toBe(
      line.amount.toString(),
    );
  });

  it('has only examples that validate', () => {
    const blocks = [...README.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const problems = blocks.flatMap((text, i) => {
      const result = scenariosFromCsv(`README example ${i + 1}`, text);
      return result.ok ? [] : result.errors.map(formatLoadError);
    });
    expect(problems).toEqual([]);
  });

  it('asks for the same header in the step-by-step as in the example', () => {
    const typed = /type\n[\s\S]*?```\n\s*(scenario,[^\n]*)\n/.exec(README)?.[1];
    expect(typed).toBe(example().split('\n')[0]);
  });
});
