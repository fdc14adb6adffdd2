import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { call, serve, Served } from '../e2e/http/http-harness';
import { englishWords } from '../tools/english-words';
import { chromiumAvailable, launch } from './chromium';
import { go, shot, signIn } from './pages';

/**
 * Issue 19, item 3: the volunteer's path in French, with nothing in English on the way. Unlike
 * the other browser tests, text the server marks as English (lang="en") counts here: a French
 * reader cannot read it either. Trace citations and inputs are read too: the one English left is
 * the official title of a source with no French version found, marked « (en anglais seulement) »
 * and lang="en" inside the citation (src/domain/reference/trace-french.ts ENGLISH_ONLY).
 */
const fr: Record<string, string> = JSON.parse(
  readFileSync(path.join(__dirname, '../../src/http/dashboard/public/i18n/fr.json'), 'utf8'),
);

/** The volunteer: EC-04 acting EC-05 for six weeks, entered late, then two weeks of LWOP; one stub line. */
const HEADER =
  'scenario,record,id,title,family,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,annual_rate,effective,end,entered,payday,line_code,amount,source';
function caseFile(broken: boolean): string {
  return [
    HEADER,
    'ma-paye,scenario,,Intérim EC-05 saisi en retard,,2026-03-25,2026-05-06,,,,,,,,,,,,,,,',
    'ma-paye,employee,,,,,,E-1,ON,1,1,PSSA-2,EC-04,,94000,,,,,,,',
    `ma-paye,acting,interim-1,,,,,,,,,,EC-05,,102000,2026-03-02,${broken ? '2026-04-31' : '2026-04-10'},2026-03-30,,,,`,
    'ma-paye,leave without pay,cnp-1,,,,,,,,,,,,,2026-04-13,2026-04-24,2026-04-01,,,,',
    `ma-paye,expected,,,,,,,,,,,,,,,,,2026-04-08,REGULAR,${broken ? '"3 456,12 $"' : '3456.12'},mon talon de paye`,
  ].join('\n');
}

/**
 * English words in the texts of `selector` (tests/tools/english-words.ts: codes in capitals, ids,
 * dates and amounts are not words), except names kept as typed (translate="no"), code, and the
 * citations and inputs of trace steps.
 */
async function englishIn(page: Page, selector: string): Promise<string[]> {
  const texts = (await page.evaluate(`(() => {
    const skipped = (el) => !!(el && el.closest('[translate="no"], code, script, style, .citation-text [lang="en"]'));
    const out = [];
    for (const root of document.querySelectorAll(${JSON.stringify(selector)})) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent || '').trim();
        if (text && !skipped(n.parentElement)) out.push(text);
      }
    }
    return out;
  })()`)) as string[];
  return texts.filter((text) => englishWords(text).length > 0);
}

async function upload(page: Page, text: string): Promise<void> {
  await go(page, '#/submit');
  await page.locator('#file').setInputFiles({ name: 'ma-paye.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: fr['submit.send'], exact: true }).click();
}

const describeIf = chromiumAvailable() ? describe : describe.skip;

describeIf('a volunteer in French, from a broken file to the stub checked and its trace', () => {
  let s: Served;
  let browser: Browser;

  beforeAll(async () => {
    [s, browser] = await Promise.all([serve(), launch()]);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('reads every problem in French with its row and column, fixes the file, and reads the stub checked and the trace in French', async () => {
    const page = await signIn(browser, s.base, s.tokens.volunteer, { lang: 'fr' });

    await upload(page, caseFile(true));
    await page.locator('#result tbody tr').first().waitFor();
    const rows = await page.locator('#result tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    const all = rows.join('\n');
    expect(all).toContain('avril 2026 n’a que 30 jours');
    expect(all).toContain('Écrivez-le sans le symbole monétaire ni le séparateur de milliers : 3456.12.');
    expect(await englishIn(page, '#result')).toEqual([]);
    await shot(page, 'french-path-1-errors');

    await upload(page, caseFile(false));
    await page.waitForURL(/#\/submissions\//);
    const stub = page.locator('.stub li').first();
    await stub.waitFor();
    expect(await stub.locator('p').first().innerText()).toMatch(/Votre talon/);
    await stub.locator('summary').click();
    const steps = await stub.locator('ol.trace li').allInnerTexts();
    expect(steps.length).toBeGreaterThan(0);
    expect(steps[0]).toContain('Rémunération régulière : Σ jours ouvrables');
    expect(steps[0]).toContain('SPAC, Comment fonctionne la paye de la fonction publique');
    expect(steps[0]).toMatch(/jours à \d+ = /);
    // Every statement open, so their lines are read too.
    await page.evaluate(`document.querySelectorAll('section.answer details').forEach((d) => (d.open = true))`);
    expect(await page.locator('section.answer details.statement tbody tr').count()).toBeGreaterThan(10);
    expect(await englishIn(page, 'main h1, #status, section.answer')).toEqual([]);
    await shot(page, 'french-path-2-stub-and-trace');

    // The same answer through the API with ?lang=fr: the stub sentence and the trace's names in French.
    const id = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
    const sub = (await call(s, 'GET', `/api/submissions/${id}?lang=fr`, { token: s.tokens.volunteer })).body;
    const check = sub.answers[0].stubs.checks[0];
    expect(check.sentence).toMatch(/^Votre talon/);
    expect(check.trace.every((t: { labelFr?: string }) => typeof t.labelFr === 'string')).toBe(true);
    expect(check.trace.every((t: { citationFr?: string }) => typeof t.citationFr === 'string')).toBe(true);
    await page.close();
  }, 120000);
});
