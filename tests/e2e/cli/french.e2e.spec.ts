import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ENGLISH_ONLY } from '../../../src/domain/reference/trace-french';
import { englishWords } from '../../tools/english-words';
import { runInProcess, runPayproof } from './run-cli';

/** The volunteer (stub-lines.e2e.spec.ts), and the same file broken as a spreadsheet breaks it. */
const HEADER =
  'scenario,record,id,title,family,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,annual_rate,effective,end,entered,payday,line_code,amount,source';
const CASE = (broken: boolean) =>
  [
    HEADER,
    'ec-acting,scenario,,EC-04 intérim EC-05 six semaines,,2026-03-25,2026-05-06,,,,,,,,,,,,,,,',
    'ec-acting,employee,,,,,,E-1,ON,1,1,PSSA-2,EC-04,,94000,,,,,,,',
    `ec-acting,acting,acting-1,,,,,,,,,,EC-05,,102000,2026-03-02,${broken ? '2026-04-31' : '2026-04-10'},2026-03-30,,,,`,
    'ec-acting,leave without pay,lwop-1,,,,,,,,,,,,,2026-04-13,2026-04-24,2026-04-01,,,,',
    `ec-acting,expected,,,,,,,,,,,,,,,,,2026-04-08,REGULAR,${broken ? '"$3,456.12"' : '3456.12'},talon`,
  ].join('\n');

interface ExplainJson {
  pays: {
    lines: {
      code: string;
      amount: string;
      description: string;
      trace: { label: string; citation: string; inputs?: Record<string, string> }[];
    }[];
  }[];
}

function fileWith(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-fr-'));
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}

/** The English words of an output, once the lines a French reader is not meant to read as prose are left out. */
const english = (text: string, skip: RegExp = /^$/) =>
  ENGLISH_ONLY.reduce((rest, title) => rest.split(title).join(' '), text)
    .split('\n')
    .filter((l) => !skip.test(l))
    // Names quoted « » or "" (columns, codes, values as typed) are not prose.
    .flatMap((l) => englishWords(l.replace(/«[^»]*»|"[^"]*"/g, '')));

describe('the CLI in French (--lang fr, or a French locale)', () => {
  it('scenarios validate: each problem of a broken file in French, at its row and column, with the hint', async () => {
    const run = await runInProcess(['scenarios', 'validate', fileWith('ma-paye.csv', CASE(true)), '--lang', 'fr']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'ligne 4, colonne « end » : 2026-04-31 n’est pas une date : avril 2026 n’a que 30 jours',
    );
    expect(run.stdout).toContain(
      'ligne 6, colonne « amount » : $3,456.12 n’est pas un montant (attendu : des chiffres, un "-" initial facultatif, un "." facultatif et au plus deux décimales, p. ex. 1234.56 ou -12.34). Écrivez-le sans le symbole monétaire ni le séparateur de milliers : 3456.12.',
    );
    expect(english(run.stdout)).toEqual([]);
  });

  it('explain: the statements, the stub checked and every trace step named in French', async () => {
    const run = await runInProcess(['explain', fileWith('ma-paye.csv', CASE(false)), '--lang', 'fr']);
    expect(run.status).toBe(0);
    expect(run.stdout.replace(/[\u00a0\u202f]/g, ' ')).toMatch(
      /REGULAR +3 603,19 +Rémunération régulière, \d+ jours ouvrables/,
    );
    expect(run.stdout).toContain('REGULAR : Rémunération régulière : Σ jours ouvrables');
    expect(run.stdout.replace(/[\u00a0\u202f]/g, ' ')).toContain(
      'Votre talon : rémunération régulière (REGULAR) 3 456,12 le 8 avril 2026.',
    );
    // Citations and inputs too: the sources with no French title found are the only English (ENGLISH_ONLY, marked).
    // A step's id (the worksheet's variable, or "due"/"paid" for a correction) is an identifier, not prose.
    expect(english(run.stdout.replace(/^ +[\w.]+ : /gm, ''))).toEqual([]);
    expect(run.stdout).toContain('(T4127 janvier 2026, ch. 6, C (exemption de 3 500/P tronquée, ch. 1))');
    expect(run.stdout).toContain('jours à 94000');
    for (const line of run.stdout.split('\n').filter((l) => ENGLISH_ONLY.some((t) => l.includes(t))))
      expect(line).toContain('(en anglais seulement)');
  });

  it('explain --json: line descriptions, trace labels, citations, inputs and notes in French; codes and amounts unchanged', async () => {
    const file = fileWith('ma-paye.csv', CASE(false));
    const fr = JSON.parse((await runInProcess(['explain', file, '--json', '--lang', 'fr'])).stdout) as ExplainJson;
    const en = JSON.parse((await runInProcess(['explain', file, '--json', '--lang', 'en'])).stdout) as ExplainJson;
    const lines = (j: ExplainJson) => j.pays.flatMap((p) => p.lines);
    expect(lines(fr).map((l) => [l.code, l.amount])).toEqual(lines(en).map((l) => [l.code, l.amount]));
    expect(lines(en).some((l) => /working day/.test(l.description))).toBe(true);
    const words = lines(fr).flatMap((l) => [
      l.description,
      ...l.trace.flatMap((t) => [
        t.label,
        t.citation,
        ...Object.keys(t.inputs ?? {}),
        ...Object.values(t.inputs ?? {}),
      ]),
    ]);
    expect(words.length).toBeGreaterThan(100);
    expect([...new Set(words)].filter((w) => english(w).length > 0)).toEqual([]);
    expect(lines(fr)[0].description).toMatch(/^Rémunération régulière, \d+ jours ouvrables$/);
  });

  it('a refusal of the reference in French: calc on a pay date no T4127 edition covers, the date in the fr-CA locale', async () => {
    const fr = await runInProcess(['calc', '--gross', '2307.69', '--pay-date', '2024-06-12', '--lang', 'fr']);
    expect(fr.status).not.toBe(0);
    expect(fr.stderr).toContain('aucune édition de la T4127 ne couvre la date de paye du 12 juin 2024');
    expect(english(fr.stderr)).toEqual([]);
    const en = await runInProcess(['calc', '--gross', '2307.69', '--pay-date', '2024-06-12', '--lang', 'en']);
    expect(en.stderr).toContain('no T4127 edition covers pay date 2024-06-12');
  });

  it('calc: the table in French, amounts and the pay date in the fr-CA locale; --json unchanged', async () => {
    const args = ['calc', '--gross', '2307.69', '--pay-date', '2026-04-08'];
    const fr = await runInProcess([...args, '--lang', 'fr']);
    // Intl groups fr-CA thousands with a no-break space.
    fr.stdout = fr.stdout.replace(/[\u00a0\u202f]/g, ' ');
    expect(fr.stdout).toContain('payproof calc : date de paye 8 avril 2026, ON, 26 périodes de paye par année');
    expect(fr.stdout).toMatch(/Rémunération brute +2 307,69\n/);
    expect(fr.stdout).toMatch(/RPC +129,30\n/);
    expect(fr.stdout).toMatch(/Rémunération nette +1 820,77\n/);
    const json = await runInProcess([...args, '--json', '--lang', 'fr']);
    const en = await runInProcess([...args, '--json', '--lang', 'en']);
    expect(json.stdout).toBe(en.stdout);
  });

  it('--help follows the locale (LANG=fr_CA.UTF-8) or --lang, for the commands a volunteer or supplier uses', () => {
    const env = { LANG: 'fr_CA.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    for (const command of [
      ['calc'],
      ['explain'],
      ['scenarios', 'validate'],
      ['scenarios', 'generate'],
      ['conformance'],
    ]) {
      const help = runPayproof([...command, '--help'], { env });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Utilisation :');
      expect(help.stdout).toContain('afficher l’aide de la commande');
      // Flag names, codes and file names are not words; what is left is French.
      expect({ command, words: english(help.stdout.replace(/--[\w-]+|<[^>]+>|"[^"]*"|«[^»]*»|`[^`]*`/g, '')) }).toEqual(
        {
          command,
          words: [],
        },
      );
    }
    expect(runPayproof(['--help', '--lang', 'fr']).stdout).toContain('Commandes :');
    expect(runPayproof(['calc', '--help'], { env: { LANG: 'en_CA.UTF-8', LC_ALL: '' } }).stdout).toContain('Usage:');
  });
});
