import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LINE_CODE_LIST } from '../../../src/domain/scenario';
import { PII_KINDS } from '../../../src/submissions/pii-patterns';

const PUBLIC = path.join(__dirname, '../../../src/http/dashboard/public');
const catalogue = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(PUBLIC, 'i18n', `${lang}.json`), 'utf8'));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the dashboard's message catalogues", () => {
  const en = catalogue('en');
  const fr = catalogue('fr');

  it('English and French have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('each French message has the same placeholders as its English one', () => {
    for (const key of Object.keys(en))
      expect({ key, names: placeholders(fr[key] ?? '') }).toEqual({ key, names: placeholders(en[key]) });
  });

  it('every key the page and its script use is in the catalogues (no string outside them)', () => {
    const script = readdirSync(PUBLIC)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(PUBLIC, f), 'utf8'))
      .join('\n');
    const html = readFileSync(path.join(PUBLIC, 'index.html'), 'utf8');
    const used = [
      ...[...script.matchAll(/\b(?:tn?|spoken)\('([\w.]+)'/g)].map((m) => m[1]),
      ...[...html.matchAll(/data-i18n="([\w.]+)"/g)].map((m) => m[1]),
    ];
    expect(used.length).toBeGreaterThan(150);
    expect(used.filter((key) => !(key in en))).toEqual([]);
    // Status words are looked up as `status.${status}`: every status the API gives has both words.
    for (const r of ['procurement', 'volunteer', 'auditor', 'admin'])
      expect(en[`role.${r}`] && fr[`role.${r}`]).toBeTruthy();
    for (const s of ['received', 'invalid', 'accepted', 'evaluated', 'running', 'finished', 'failed'])
      expect(en[`status.${s}`] && fr[`status.${s}`]).toBeTruthy();
  });

  it('every word looked up from a value the API or the page gives exists in both languages', () => {
    const values: Record<string, readonly string[]> = {
      'privacy.kind': PII_KINDS,
      dir: ['under', 'over'],
      stub: ['under', 'over', 'matches'],
      severity: ['high', 'medium', 'low'],
      kind: [
        'different',
        'missing',
        'unexpected',
        'gross',
        'net',
        'missed-pay',
        'unexpected-pay',
        'invariant',
        'error',
      ],
      record: [
        'acting',
        'leave without pay',
        'overtime',
        'hire',
        'termination',
        'allowance',
        'step increment',
        'rate revision',
        'transfer',
        'td1 change',
        'province change',
      ],
      recordHelp: [
        'acting',
        'leave without pay',
        'overtime',
        'hire',
        'termination',
        'allowance',
        'step increment',
        'rate revision',
        'transfer',
        'td1 change',
        'province change',
      ],
      province: ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'],
      pension: ['PSSA-1', 'PSSA-2', 'none'],
      'count.scenario': ['one', 'other'],
      'count.stubLine': ['one', 'other'],
    };
    const missing = Object.entries(values).flatMap(([prefix, list]) =>
      list.map((v) => `${prefix}.${v}`).filter((key) => !(key in en) || !(key in fr)),
    );
    expect(missing).toEqual([]);
  });

  it('the builder names every field it shows, with help, in both languages', () => {
    const model = readFileSync(path.join(PUBLIC, 'builder-model.js'), 'utf8');
    const fields = [
      ...model.slice(model.indexOf('const FIELDS'), model.indexOf('const EVENT_KINDS')).matchAll(/^ {2}(\w+): \{/gm),
    ].map((m) => m[1]);
    expect(fields.length).toBeGreaterThan(25);
    const missing = fields.flatMap((f) => [`field.${f}`, `help.${f}`]).filter((key) => !(key in en) || !(key in fr));
    expect(missing).toEqual([]);
  });

  it('every pay line code, gross and net has a name in both languages', () => {
    for (const code of [...LINE_CODE_LIST, 'gross', 'net'])
      expect({ code, en: !!en[`code.${code}`], fr: !!fr[`code.${code}`] }).toEqual({ code, en: true, fr: true });
  });
});
