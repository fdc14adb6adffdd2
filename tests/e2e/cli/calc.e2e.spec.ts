import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { REPO_ROOT, runInProcess } from './run-cli';

/** The PDOC rows of vectors-2026.csv (the fixture copy is checked against shared/domain by the unit test). */
const VECTORS: Array<Record<string, string>> = parse(
  fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/vectors-2026.csv'), 'utf8'),
  {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  },
);

const HEADLINE = [
  'calc',
  '--pay-date',
  '2026-01-14',
  '--province',
  'ON',
  '--periods',
  '26',
  '--gross',
  '2307.69',
  '--federal-claim-code',
  '1',
  '--provincial-claim-code',
  '1',
];

describe('payproof calc (in-process)', () => {
  it('reproduces PDOC for 60,000 a year in Ontario, biweekly, January 2026', async () => {
    const run = await runInProcess([...HEADLINE, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ cpp: '129.30', ei: '37.62', federalTax: '205.32', provincialTax: '114.68' });
    expect(out.net).toBe('1820.77');
    expect(Array.isArray(out.trace)).toBe(true);
    expect(out.trace.length).toBeGreaterThan(5);
    expect(out).not.toHaveProperty('federalTaxOnBonus');
  });

  it.each(VECTORS.map((r) => [r.id, r] as const))('reproduces vector %s through the flags', async (_id, r) => {
    const run = await runInProcess([
      'calc',
      '--pay-date',
      `${r.tax_year}-01-14`,
      '--province',
      r.province,
      '--periods',
      r.periods_per_year,
      '--gross',
      r.gross_per_period,
      '--federal-claim-code',
      r.federal_claim_code,
      '--provincial-claim-code',
      r.provincial_claim_code,
      '--rpp',
      r.rpp_per_period,
      '--union-dues',
      r.union_dues_per_period,
      '--ytd-cpp',
      r.ytd_cpp,
      '--ytd-ei',
      r.ytd_ei,
      '--json',
    ]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const actual = { cpp: out.cpp, ei: out.ei, federalTax: out.federalTax, provincialTax: out.provincialTax };
    const expected = {
      cpp: r.expected_cpp,
      ei: r.expected_ei,
      federalTax: r.expected_federal_tax,
      provincialTax: r.expected_provincial_tax,
    };
    const cents = (text: string) => Math.round(Number(text) * 100);
    const tolerance = cents(r.tolerance);
    // Within the row's tolerance, each amount counts as the expected one; outside it the diff shows both.
    const seen = Object.fromEntries(
      Object.entries(actual).map(([k, v]) => {
        const want = expected[k as keyof typeof expected];
        return [k, Math.abs(cents(v as string) - cents(want)) <= tolerance ? want : v];
      }),
    );
    expect(seen).toEqual(expected);
  });

  it('prints exactly the keys of the issue: cpp, cpp2, ei, federalTax, provincialTax, net, trace (amounts as strings)', async () => {
    const out = JSON.parse((await runInProcess([...HEADLINE, '--json'])).stdout);
    expect(Object.keys(out)).toEqual(['cpp', 'cpp2', 'ei', 'federalTax', 'provincialTax', 'net', 'trace']);
    for (const key of ['cpp', 'cpp2', 'ei', 'federalTax', 'provincialTax', 'net'])
      expect(out[key]).toMatch(/^\d+\.\d{2}$/);
    expect(out.trace[0]).toMatchObject({ step: 'edition', value: 'T4127-2026-01' });
  });

  it('gives the tax on a bonus or retro whenever the flag is given, 0.00 for an amount of 0', async () => {
    const out = JSON.parse((await runInProcess([...HEADLINE, '--bonus', '0', '--retro', '0.00', '--json'])).stdout);
    expect(out).toMatchObject({
      federalTaxOnBonus: '0.00',
      provincialTaxOnBonus: '0.00',
      federalTaxOnRetro: '0.00',
      provincialTaxOnRetro: '0.00',
    });
    expect(out).toMatchObject({ cpp: '129.30', federalTax: '205.32' });
  });

  it("counts a bonus in the period's CPP and EI and taxes it by the non-periodic method", async () => {
    const out = JSON.parse((await runInProcess([...HEADLINE, '--bonus', '1000.00', '--json'])).stdout);
    // CPP 0.0595 × (3,307.69 − 134.61) = 188.80; EI 1.63% × 3,307.69 = 53.92.
    expect(out).toMatchObject({ cpp: '188.80', ei: '53.92' });
    // F5A = F5 × (PI − B)/PI takes the periodic share of the whole period's enhanced CPP (T4127 ch. 4),
    // so the periodic tax is a little lower than without the bonus (205.32 / 114.68), never higher.
    expect(Number(out.federalTax)).toBeLessThan(205.32);
    expect(Number(out.provincialTax)).toBeLessThan(114.68);
    expect(Number(out.federalTaxOnBonus)).toBeGreaterThan(0);
    const withheld = [
      'cpp',
      'cpp2',
      'ei',
      'federalTax',
      'provincialTax',
      'federalTaxOnBonus',
      'provincialTaxOnBonus',
    ].reduce((cents, key) => cents + Math.round(Number(out[key]) * 100), 0);
    expect(Math.round(Number(out.net) * 100)).toBe(330769 - withheld);
  });

  it('adds the tax on a bonus and on retroactive pay only when they are given', async () => {
    const bonus = JSON.parse((await runInProcess([...HEADLINE, '--bonus', '1000.00', '--json'])).stdout);
    expect(bonus).toHaveProperty('federalTaxOnBonus');
    expect(bonus).toHaveProperty('provincialTaxOnBonus');
    expect(Number(bonus.cpp)).toBeGreaterThan(129.3);
    const retro = JSON.parse(
      (await runInProcess([...HEADLINE, '--retro', '500.00', '--retro-periods', '5', '--json'])).stdout,
    );
    expect(retro).toHaveProperty('federalTaxOnRetro');
    expect(retro).not.toHaveProperty('federalTaxOnBonus');
  });

  it('prints a readable table, and the trace with --explain', async () => {
    const plain = await runInProcess(HEADLINE);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/Federal tax\s+205\.32/);
    expect(plain.stdout).toMatch(/Net pay\s+1820\.77/);
    const explained = await runInProcess([...HEADLINE, '--explain']);
    expect(explained.stdout).toMatch(/T4127/);
    expect(explained.stdout).toMatch(/\bK2\b/);
    for (const step of [
      'C',
      'C2',
      'EI',
      'F5',
      'A',
      'K1',
      'K2',
      'K4',
      'T3',
      'T1',
      'K1P',
      'K2P',
      'T4',
      'V1',
      'V2',
      'S',
      'T2',
    ]) {
      expect(explained.stdout).toMatch(new RegExp(`^  ${step} +.*T4127 Jan 2026, ch\\. \\d`, 'm'));
    }
    expect(plain.stdout).not.toMatch(/T4127 Jan 2026, ch\./);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['an unknown province', ['--province', 'XX'], /--province: expected one of AB, BC, .*found "XX"/],
    ['a negative gross', ['--gross', '-5'], /--gross: expected an amount of zero or more, found "-5"/],
    ['a decimal comma', ['--gross', '12,5'], /--gross: expected an amount like 2307\.69.*found "12,5"/],
    ['an exponent', ['--gross', '1e3'], /--gross: expected an amount like 2307\.69.*found "1e3"/],
    ['a date before the first edition', ['--pay-date', '2019-05-01'], /--pay-date: .*2019-05-01.*2025-01-01/],
    [
      'an impossible date',
      ['--pay-date', '2026-02-30'],
      /--pay-date: expected a date as YYYY-MM-DD, found "2026-02-30"/,
    ],
    [
      'a flag that does not exist',
      ['--grosss', '10'],
      /unknown option '--grosss' \(did you mean --gross\?\); expected one of the flags listed by --help/,
    ],
    [
      'a claim code out of range',
      ['--federal-claim-code', '11'],
      /--federal-claim-code: expected a whole number from 0 to 10, found "11"/,
    ],
    [
      'an amount with a decimal comma in another flag',
      ['--bonus', '1,5'],
      /--bonus: expected an amount like 2307\.69.*found "1,5"/,
    ],
  ];

  it.each(bad)('refuses %s with exit code 2 and one line on standard error', async (_what, flags, message) => {
    // The base flags the case does not give itself: a flag given twice is an error of its own.
    const base = Object.entries({ '--pay-date': '2026-01-14', '--gross': '2307.69' })
      .filter(([flag]) => !flags.includes(flag))
      .flat();
    const run = await runInProcess(['calc', ...base, ...flags]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('names the claim-code flag when Quebec is given a TD1 claim code that is not a Revenu Québec code (exit 3)', async () => {
    const run = await runInProcess([
      'calc',
      '--pay-date',
      '2026-01-14',
      '--province',
      'QC',
      '--gross',
      '2307.69',
      '--provincial-claim-code',
      '3',
    ]);
    expect(run.status).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^payproof: --provincial-claim-code: Quebec claim code 3/);
  });

  it('accepts all thirteen provinces and territories (60,000 a year, biweekly, January 2026)', async () => {
    // PDOC Jan 2026 provincial tax for 2,307.69 biweekly, claim codes 1 (tests/fixtures/pdoc-provinces.csv);
    // Quebec: TP-1015.F-V (tests/unit/deductions/claims-and-deductions.spec.ts).
    const expected: Record<string, string> = {
      AB: '101.20',
      BC: '91.80',
      MB: '174.96',
      NB: '164.41',
      NL: '181.74',
      NS: '215.23',
      NT: '91.69',
      NU: '59.58',
      ON: '114.68',
      PE: '187.51',
      QC: '217.19',
      SK: '146.23',
      YT: '93.71',
    };
    for (const [province, tax] of Object.entries(expected)) {
      const run = await runInProcess([
        'calc',
        '--pay-date',
        '2026-01-14',
        '--province',
        province,
        '--gross',
        '2307.69',
        '--json',
      ]);
      expect({ province, status: run.status, tax: JSON.parse(run.stdout || '{}').provincialTax }).toEqual({
        province,
        status: 0,
        tax,
      });
    }
  });

  it('says QPP rather than CPP in the table for Quebec', async () => {
    const run = await runInProcess(['calc', '--pay-date', '2026-01-14', '--province', 'QC', '--gross', '2307.69']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/QPP\s+\d+\.\d{2}/);
    expect(run.stdout).toMatch(/QPIP\s+\d+\.\d{2}/);
    expect(run.stdout).toMatch(/Quebec income tax \(TP-1015\.F-V\)\s+217\.19/);
  });
});
