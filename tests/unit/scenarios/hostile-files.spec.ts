import { mkdtempSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { scenariosFromCsv } from '../../../src/scenarios/csv-scenarios';
import { formatLoadError } from '../../../src/scenarios/load-error';
import { MAX_SCENARIO_FILE_BYTES, ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';

/** Files no spreadsheet should produce, each answered with its row, column and what to do. */
const HEADER = 'scenario,record,title,first_payday,last_payday';

function messages(text: string): string[] {
  const result = scenariosFromCsv('pay.csv', text);
  if (result.ok) throw new Error('expected the file to be refused, it loaded');
  return result.errors.map(formatLoadError);
}

describe('hostile scenario files', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'payproof-hostile-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  it('reports a single NUL byte as a NUL byte, at its row and column, not as UTF-16', () => {
    expect(messages(`${HEADER}\nA,scen\u0000ario,t,2026-01-14,2026-01-28\n`)).toEqual([
      'pay.csv, row 2, column "record": this cell holds a NUL byte (character code 0), which text never contains: the file was damaged or something was pasted from another program; delete the character, or retype the cell',
    ]);
  });

  it('still recognises a whole UTF-16 file', () => {
    const utf16 = Buffer.from(`\uFEFF${HEADER}\n`, 'utf16le').toString('utf8');
    expect(messages(utf16)[0]).toMatch(/^pay\.csv: this file is not UTF-8 text \(it looks like UTF-16/);
  });

  it.each([
    ['A,scenario,"My" pay,2026-01-14,2026-01-28', 'this cell has text after its closing quote'],
    ['A,scenario,My "own" pay,2026-01-14,2026-01-28', 'this cell has a quote in the middle of its text'],
    ['A,scenario,"My pay,2026-01-14,2026-01-28', 'this cell opens a quote that is never closed'],
  ])('explains a broken quote in plain words, with row and column: %s', (row, says) => {
    const [message] = messages(`${HEADER}\n${row}\n`);
    expect(message).toMatch(new RegExp(`^pay\\.csv, row 2, column "title": ${says}`));
    expect(message).toContain('double the quote, e.g. "He said ""yes"""');
    expect(message).not.toMatch(/trimable|Invalid Closing Quote/);
  });

  it('refuses a file over the size limit before reading it, saying the limit', async () => {
    const big = path.join(dir, 'big.csv');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    file('good.json', JSON.stringify({}));
    const load = await new ScenarioCatalog().load(big).catch((err: Error) => err);
    expect(load).toMatchObject({
      scenarios: [],
      errors: [
        {
          message: `the file is 50.0 MB (52428800 bytes), over the limit of ${MAX_SCENARIO_FILE_BYTES / 1024 / 1024} MB for one scenario file; split it into several files in one folder (a folder is read as one catalogue)`,
        },
      ],
    });
  });

  it('says there is no scenario in a file with only column names, the same way for every door', async () => {
    const only = file('header-only.csv', `${HEADER}\n`);
    await expect(new ScenarioCatalog().load(only)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/: no scenario to read: .*header-only\.csv has no scenario in it/),
    });
    await expect(new ScenarioCatalog().load(file('empty.json', '[]'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
