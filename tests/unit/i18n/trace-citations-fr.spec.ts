import { runReference } from '../../../src/domain/reference/engine';
import type { TraceStep } from '../../../src/domain/reference/trace';
import {
  ENGLISH_ONLY,
  citationFr,
  descriptionFr,
  inputNameFr,
  stepIn,
} from '../../../src/domain/reference/trace-french';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { CATALOGUE } from '../catalogue/catalogue-fixtures';
import * as path from 'node:path';
import { traceTable } from '../../../src/reports/html-statements';
import { answerFor } from '../../../src/submissions/volunteer-answer';
import { ReportText } from '../../../src/reports/report-text';
import { englishWords } from '../../tools/english-words';
import { catalogueTraces } from './catalogue-traces';

/**
 * Words of the reference's English citations and input names that the shared detector does not
 * know (it is built for sentences); none of them is French.
 */
const CITATION_WORDS = new Set(
  (
    'step table chosen rates assumed for by per under claim rounded less payments agreement ' +
    'union dues days working capped at weekly hours scheduled on coverage insured salary premium employee ' +
    'biweekly daily hourly dependants withheld truncated method steps cumulative averaging found verified ' +
    'calculating your check-off death benefit supplementary quebec british columbia flat exempt with without ' +
    'rest workday first second given back still so far recorded carried never instalments owed shares'
  ).split(' '),
);

/** The English words left in a French text once the sources kept in English (ENGLISH_ONLY) are taken out. */
export function englishLeft(text: string, kept: ReadonlySet<string> = new Set()): string[] {
  let rest = text;
  for (const title of ENGLISH_ONLY) rest = rest.split(title).join(' ');
  const words = rest
    .split(/[\s,;:()[\]{}«»"'’…!?/=×+−]+/u)
    .filter((w) => w !== '' && !kept.has(w) && w !== w.toUpperCase());
  return [...new Set([...englishWords(rest, kept), ...words.filter((w) => CITATION_WORDS.has(w.toLowerCase()))])];
}

describe('trace citations and input names in French, for every step the reference writes on the whole catalogue', () => {
  let steps: TraceStep[] = [];

  beforeAll(async () => {
    ({ steps } = await catalogueTraces());
  }, 120000);

  it('every citation has a French rendering with no English left but the sources kept in English, marked so', () => {
    expect(steps.length).toBeGreaterThan(1000);
    const left = [...new Set(steps.map((s) => citationFr(s.citation)))]
      .map((fr) => ({ fr, words: englishLeft(fr) }))
      .filter((x) => x.words.length > 0);
    expect(left).toEqual([]);
    const parts = [...new Set(steps.flatMap((s) => citationFr(s.citation).split('; ')))];
    for (const part of parts)
      if (ENGLISH_ONLY.some((title) => part.includes(title))) expect(part).toMatch(/\(en anglais seulement\)/);
  });

  it('every input name and textual input value is French', () => {
    const names = new Set(steps.flatMap((s) => Object.keys(s.inputs ?? {})));
    const left = [...names].map((n) => ({ n, fr: inputNameFr(n) })).filter((x) => englishLeft(x.fr).length > 0);
    expect(left).toEqual([]);
    const values = steps.flatMap((s) => Object.values(stepIn('fr', s).inputs ?? {}));
    expect([...new Set(values.filter((v) => englishLeft(v).length > 0))]).toEqual([]);
  });

  it('CRA’s T4127 keeps its locator; PSPC is named by its French page; a source with no French title is marked', () => {
    expect(citationFr('T4127 Jan 2026, ch. 4, step 2, K1')).toBe('T4127 janvier 2026, ch. 4, étape 2, K1');
    expect(citationFr('T4127 Jan 2026, ch. 4, step 2, K1')).not.toBe('T4127 Jan 2026, ch. 4, step 2, K1');
    expect(citationFr('TBS, Taking a leave of absence – Pension')).toBe(
      'SCT, Taking a leave of absence – Pension (en anglais seulement)',
    );
    expect(stepIn('en', steps[0])).toBe(steps[0]);
  });
});

describe('statement line descriptions in French, for every line the reference pays on the whole catalogue', () => {
  it('every description is French (codes, amounts and dates kept)', async () => {
    const load = await new ScenarioCatalog().load(CATALOGUE);
    const descriptions = new Set<string>();
    for (const { scenario } of load.scenarios) {
      try {
        for (const pay of runReference(scenario, { trace: false }).pays)
          for (const line of pay.statement.lines) descriptions.add(line.description);
      } catch {
        // refused: no statement
      }
    }
    expect(descriptions.size).toBeGreaterThan(20);
    const left = [...descriptions]
      .map((en) => ({ en, fr: descriptionFr(en) }))
      .filter((x) => x.fr === x.en || englishLeft(x.fr).length > 0);
    expect(left).toEqual([]);
    expect(descriptionFr('Regular pay, 2 working days')).toBe('Rémunération régulière, 2 jours ouvrables');
  }, 120000);
});

describe('the HTML report’s trace table in French', () => {
  it('labels, citations and inputs in French; a source kept in English is marked lang="en"', () => {
    const step: TraceStep = {
      step: 'PENSION',
      label: 'Pension contribution',
      labelFr: 'Cotisation de pension',
      value: '120.00',
      inputs: { 'days at 68849': '10' },
      citation: 'TBS, Taking a leave of absence – Pension; convention: pension.lwop-first-three-months',
    };
    const html = traceTable(new ReportText('fr'), [step], 'trace');
    expect(html).toContain('Cotisation de pension');
    expect(html).toContain('jours à 68849 = 10');
    expect(html).toContain(
      'SCT, <span lang="en">Taking a leave of absence – Pension</span> (en anglais seulement); convention : <code>pension.lwop-first-three-months</code>',
    );
    expect(traceTable(new ReportText('en'), [step], 'trace')).toContain('TBS, Taking a leave of absence – Pension');
  });
});

describe('a volunteer’s answer over the API in French', () => {
  it('the statements’ line descriptions in French, codes and amounts unchanged; in English as the protocol writes them', async () => {
    const { scenarios } = await new ScenarioCatalog().load(path.join(CATALOGUE, 'acting-pay.csv'));
    const scenario = scenarios[0].scenario;
    const en = answerFor(scenario, 'en').statements.flatMap((s) => s.lines);
    const fr = answerFor(scenario, 'fr').statements.flatMap((s) => s.lines);
    expect(fr.map((l) => [l.code, l.amount])).toEqual(en.map((l) => [l.code, l.amount]));
    expect(fr.map((l) => l.description)).toEqual(en.map((l) => descriptionFr(l.description)));
    expect(fr.filter((l) => englishLeft(l.description).length > 0)).toEqual([]);
  });
});
