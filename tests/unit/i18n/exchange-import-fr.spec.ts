import { csvRegistersJson } from '../../../src/exchange/exchange-config';
import { readCsvRegister } from '../../../src/exchange/import/csv-register';
import { checkAnswers } from '../../../src/exchange/import/import-check';
import { formatProblem, formatProblemIn, type ImportProblem } from '../../../src/exchange/import/import-problem';
import { readJsonAnswer } from '../../../src/exchange/import/json-answer';
import { lineCodeMap } from '../../../src/vendors/protocol';
import { englishWords } from '../../tools/english-words';

/** The layout of tests/unit/exchange/registers.spec.ts: semicolons, decimal commas, DD.MM.YYYY, numeric wage types. */
const registers = csvRegistersJson.parse({
  delimiter: ';',
  decimalComma: true,
  dateFormat: 'DD.MM.YYYY',
  columns: {
    employeeId: 'EMP',
    payday: 'PAY_DATE',
    lineCode: 'WT',
    periodStart: 'FROM',
    periodEnd: 'TO',
    amount: 'AMOUNT',
    hours: 'HOURS',
    rate: 'RATE',
    description: 'TEXT',
  },
  totals: { gross: '9000', net: '9900' },
});
const lineCodes = lineCodeMap({ '1000': 'REGULAR', '6000': 'CPP' }, 'vendors/acme/vendor.json');
const HEADER = 'EMP;PAY_DATE;WT;FROM;TO;AMOUNT;HOURS;RATE;TEXT';
const read = (lines: string[], header = HEADER) =>
  readCsvRegister({ file: 'registres/2026-01-28.csv', text: [header, ...lines].join('\n'), registers, lineCodes });

/** Names a message quotes (columns, codes, values as found, formats, fields of vendor.json): not prose. */
const KEPT = new Set(['lineCodes', 'evaluate', 'amount', 'requestId', 'transport', 'registers']);
const prose = (t: string) => englishWords(t.replace(/«[^»]*»|"[^"]*"|`[^`]*`/g, ' ').replace(/\S*[/.]\S*/g, ' '), KEPT);

function expectBoth(problems: readonly ImportProblem[]): string[] {
  expect(problems.length).toBeGreaterThan(0);
  return problems.map((p) => {
    const fr = formatProblemIn(p, 'fr');
    expect(formatProblemIn(p, 'en')).toBe(formatProblem(p));
    expect(p.messageFr).toBeDefined();
    expect({ fr, words: prose(fr) }).toEqual({ fr, words: [] });
    return fr;
  });
}

describe('exchange import problems in French (issue 19): each at its file, row and column', () => {
  it('bad cells, codes and paydays', () => {
    const fr = expectBoth(
      read([
        ';28.01.2026;1000;01.01.2026;31.02.2026;2639,11;;;Regular pay',
        'E-1;28.01.2026;1000;01.01.2026;14.01.2026;2.639,11;;;Regular pay',
        'E-1;28.01.2026;7777;01.01.2026;14.01.2026;1,00;;;Unknown',
        'E-1;29.01.2026;6000;01.01.2026;14.01.2026;149,02;;;CPP',
        'E-1;28.01.2026;1000;01.01.2026;14.01.2026;10,00;7.5;-3,5;Overtime',
      ]).problems,
    );
    expect(fr).toContain(
      'registres/2026-01-28.csv, ligne 2, colonne « EMP » : trouvé une cellule vide, l’identifiant d’employé du paquet envoyé est attendu, p. ex. « E-1001 »',
    );
    expect(fr).toContain(
      'registres/2026-01-28.csv, ligne 2, colonne « TO » : trouvé "31.02.2026", une date écrite DD.MM.YYYY est attendue, p. ex. « 14.01.2026 »',
    );
    expect(fr.join('\n')).toMatch(
      /ligne 4, colonne « WT » : 7777 n’est pas un code de ligne de paye .*ou un code de totaux \(9000, 9900\)/,
    );
    expect(fr.join('\n')).toMatch(
      /ligne 5, colonne « PAY_DATE » : trouvé « 29\.01\.2026 » \(2026-01-29\), qui n’est pas un jour de paye/,
    );
    expect(fr.join('\n')).toMatch(/ligne 6, colonne « HOURS » : trouvé "7\.5", un nombre avec une virgule décimale/);
    expect(fr.join('\n')).toMatch(
      /ligne 6, colonne « RATE » : trouvé "-3,5", un nombre positif ou nul avec une virgule décimale/,
    );
  });

  it('a header, an empty file, a second total and a row CSV cannot read (the reader’s own words kept, said so)', () => {
    expectBoth(read(['E-1;28.01.2026;1000'], 'EMP;PAY_DATE;WT;FROM;TO;SUM;HOURS;RATE;TEXT').problems);
    expectBoth(readCsvRegister({ file: 'vide.csv', text: '', registers, lineCodes }).problems);
    const good = 'E-1;28.01.2026;1000;01.01.2026;14.01.2026;2639,11;;;Regular pay';
    const gross = 'E-1;28.01.2026;9000;01.01.2026;14.01.2026;2639,11;;;';
    const totals = expectBoth(read([good, gross, gross]).problems);
    expect(totals).toEqual([
      'registres/2026-01-28.csv, ligne 4, colonne « WT » : une deuxième ligne de paye brute (code 9000) pour l’employé E-1 le jour de paye 2026-01-28 (la première est la ligne 3)',
      'registres/2026-01-28.csv, ligne 2, colonne « WT » : aucune ligne de paye nette (code 9900) pour l’employé E-1 le jour de paye 2026-01-28 (une par relevé est attendue)',
    ]);
    const ragged = expectBoth(read([good, 'E-1;28.01.2026;1000']).problems);
    expect(ragged[0]).toMatch(
      /^registres\/2026-01-28\.csv, ligne 3 : le CSV ne peut pas être lu; la raison donnée par le lecteur CSV, en anglais : « Invalid Record Length/,
    );
  });

  it('checked against the package: an employee not sent, a second statement', () => {
    const good = [
      'E-1;28.01.2026;1000;01.01.2026;14.01.2026;2639,11;;;Regular pay',
      'E-1;28.01.2026;9000;01.01.2026;14.01.2026;2639,11;;;',
      'E-1;28.01.2026;9900;01.01.2026;14.01.2026;2639,11;;;',
    ];
    const a = read(good).candidates;
    const other = readCsvRegister({
      file: 'b.csv',
      text: [HEADER, ...good].join('\n'),
      registers,
      lineCodes,
    }).candidates;
    const run = { payday: '2026-01-28' } as never;
    const fr = expectBoth(
      checkAnswers({
        candidates: [...a, ...other],
        declines: [],
        expected: new Map([['E-1', new Map([['2026-01-28', run]])]]),
        lineCodes,
      }).problems.filter((p) => !/protocol/.test(p.message)),
    );
    expect(fr.join('\n')).toContain(
      'un deuxième relevé pour l’employé E-1 le jour de paye 2026-01-28 (le premier est à registres/2026-01-28.csv, ligne 2; un seul est attendu)',
    );
    const notSent = expectBoth(checkAnswers({ candidates: a, declines: [], expected: new Map(), lineCodes }).problems);
    expect(notSent[0]).toContain('l’employé E-1 n’a pas été envoyé à ce fournisseur');
  });

  it('a JSON answer: not JSON, a schema problem, a request the package does not have', () => {
    const requests = new Map([['acme.2026-01-28', '2026-01-28']]);
    expectBoth(readJsonAnswer({ file: 'a.json', text: '{ "protocol": ', requests }).problems);
    const body = (over: object) =>
      JSON.stringify({
        protocol: 'payproof-vendor/1',
        type: 'payRunResult',
        requestId: 'acme.2026-01-28',
        supplier: { name: 'Acme', version: '1' },
        results: [],
        ...over,
      });
    const schema = readJsonAnswer({ file: 'a.json', text: body({ results: 'none' }), requests }).problems;
    expectBoth(schema);
    const unknown = expectBoth(
      readJsonAnswer({ file: 'a.json', text: body({ requestId: 'acme.2026-02-11' }), requests }).problems,
    );
    expect(unknown[0]).toContain('trouvé « acme.2026-02-11 », qui n’est pas un cycle de paye du paquet envoyé');
  });
});
