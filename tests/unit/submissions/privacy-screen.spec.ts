import { fc, test } from '@fast-check/jest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { identifierIn, passesLuhn } from '../../../src/submissions/pii-patterns';
import {
  columnLetter,
  screenFileName,
  screenForPersonalInformation,
  withheldName,
} from '../../../src/submissions/privacy-screen';

const CATALOGUE = path.join(__dirname, '../../../test-payrolls');

describe('what the privacy screen refuses (@cdssnc/sanitize-pii patterns, plus e-mail)', () => {
  it('checks the SIN check digit with the Luhn algorithm', () => {
    expect(passesLuhn('046454286')).toBe(true);
    expect(passesLuhn('046454287')).toBe(false);
  });

  it.each([
    ['046454286', 'sin'],
    ['SIN 046 454 286', 'sin'],
    ['046-454-286', 'sin'],
    ['046.454.286', 'sin'],
    ['046454287', 'pri'],
    ['my PRI is 12345678', 'pri'],
    ['PRI 123 456 789', 'pri'],
    ['jane.doe@canada.ca', 'email'],
    ['call 613-555-0199', 'phone'],
    ['(613) 555-0199', 'phone'],
    ['+1 613 555 0199', 'phone'],
    ['K1A 0B1', 'postal-code'],
    ['j8x4h2', 'postal-code'],
    ['123 Main Street', 'address'],
    ['45 rue Sainte-Catherine', 'address'],
    ['P.O. Box 1234', 'address'],
    ['1234-567-890-AB', 'health-card'],
    ['TREJ 1234 5678', 'health-card'],
    ['T1234-56789-01234', 'drivers-licence'],
    ['AB123456', 'passport'],
    ['12345-003-1234567', 'bank-account'],
    ['4111 1111 1111 1111', 'credit-card'],
  ])('refuses %s as %s', (text, kind) => {
    expect(identifierIn(text)).toBe(kind);
  });

  it.each([
    '2026-01-14',
    '70000.00',
    '68849',
    '-737.52',
    '1027.84',
    '27,84',
    '1 027,84',
    '123456789.00',
    '1,234,567.89',
    '36.6554',
    '0.0505',
    '2.5',
    'AS-02',
    'PM-06',
    'PSSA-2',
    'E-1201',
    'act-01-acting-entered-four-weeks-late',
    'cutoff.pay-run-lock',
    'pay stub 2026-03-11',
    '(80,612 − 68,849) / 26.088 = 450.896964… → 450.90',
    '8 working days × (80,612 − 68,849) / 260.88 = 360.717571… → 360.72',
    'overtime on Tuesday 2026-02-10 to close a year-end file',
  ])('lets %s through', (text) => {
    expect(identifierIn(text)).toBeUndefined();
  });

  // Its number patterns are broad (any 9 digits is a "SIN", any 8 or 9 a "PRI"): the amounts, rates and dates of a scenario must pass.
  test.prop([fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.boolean()])(
    'never refuses an amount with cents, of any size or sign',
    (cents, negative) => {
      const text = `${negative ? '-' : ''}${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
      expect(identifierIn(text)).toBeUndefined();
    },
  );

  test.prop([fc.integer({ min: 0, max: 9_999_999 })])('never refuses a whole amount up to 9,999,999', (n) => {
    expect(identifierIn(String(n))).toBeUndefined();
  });

  test.prop([fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 1, max: 999_999_999 })])(
    'never refuses a rate or a factor with up to nine decimals',
    (whole, fraction) => {
      expect(identifierIn(`${whole}.${String(fraction).padStart(9, '0')}`)).toBeUndefined();
    },
  );

  test.prop([fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })])(
    'never refuses an ISO date, alone or in a sentence',
    (d) => {
      const iso = d.toISOString().slice(0, 10);
      expect(identifierIn(iso)).toBeUndefined();
      expect(identifierIn(`entered on ${iso} to close the file`)).toBeUndefined();
    },
  );

  it('lets every file of the bundled catalogue through', () => {
    const files = readdirSync(CATALOGUE, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(csv|json)$/.test(f));
    expect(files.length).toBeGreaterThan(9);
    const refused = files.flatMap((f) =>
      screenForPersonalInformation(f, readFileSync(path.join(CATALOGUE, f), 'utf8')),
    );
    expect(refused).toEqual([]);
  });
});

describe('where the privacy screen says a refusal is, without repeating it', () => {
  it('names the row (as a spreadsheet numbers it) and the column of each cell', () => {
    const csv = 'scenario,record,employee_id\nS1,scenario,\nS1,employee,046454286\n';
    expect(screenForPersonalInformation('a.csv', csv)).toEqual([
      {
        file: 'a.csv',
        row: 3,
        column: 'employee_id',
        code: 'PERSONAL_INFORMATION',
        kind: 'sin',
        message: expect.stringMatching(/^this looks like a Social Insurance Number/),
      },
    ]);
  });

  it('names a header cell that holds an identifier by its column letter, never by its text', () => {
    const csv = 'scenario,record,046-454-286\nS1,scenario,\n';
    const errors = screenForPersonalInformation('a.csv', csv);
    expect(errors).toEqual([expect.objectContaining({ row: 1, column: 'C', kind: 'sin' })]);
    expect(JSON.stringify(errors)).not.toContain('454');
  });

  it('names a JSON value by its path, and a JSON key that holds an identifier by its position', () => {
    const json = JSON.stringify({ id: 'J1', employee: { id: 'me@example.org', 'jane@example.org': 'x' } });
    const errors = screenForPersonalInformation('mine.json', json);
    expect(errors.map((e) => [e.column, e.kind])).toEqual([
      ['employee.id', 'email'],
      ['employee.#2', 'email'],
    ]);
    expect(JSON.stringify(errors)).not.toContain('example.org');
  });

  it("screens the file's own name, and names the file neutrally in every error once its name is refused", () => {
    expect(screenFileName('folder/my-pay.csv')).toEqual([]);
    const name = 'jean-tremblay-046-454-286.csv';
    const errors = screenForPersonalInformation(name, 'scenario,record,employee_id\nS1,employee,K1A 0B1\n');
    expect(errors.map((e) => [e.inFileName ?? false, e.kind])).toEqual([
      [true, 'sin'],
      [false, 'postal-code'],
    ]);
    const safe = withheldName(errors, name);
    expect(safe.map((e) => e.file)).toEqual(['upload.csv', 'upload.csv']);
    expect(JSON.stringify(safe)).not.toContain('454');
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });
});
