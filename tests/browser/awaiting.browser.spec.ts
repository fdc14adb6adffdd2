import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { call, serve, Served, runReaches } from '../e2e/http/http-harness';
import { chromiumAvailable, launch } from './chromium';
import { englishOn, go, Lang, shot, signIn, words } from './pages';

const describeIf = chromiumAvailable() ? describe : describe.skip;

/** Issue 16, item 3: a run waiting for quickpay-exchange shows its status, deadline and what is missing, in both languages. */
describeIf('a run awaiting an exchange supplier in the browser', () => {
  let s: Served;
  let browser: Browser;
  let runId: string;

  beforeAll(async () => {
    [s, browser] = await Promise.all([
      serve({ scenarioSource: path.join(__dirname, '../../test-payrolls/acting-pay.csv') }),
      launch(),
    ]);
    const started = await call(s, 'POST', '/api/runs', {
      token: s.tokens.procurement,
      json: { vendors: ['floatwise', 'quickpay-exchange'], supplierDeadline: '2099-12-31T17:00:00-05:00' },
    });
    runId = started.body.id;
    await runReaches(s, runId, 'awaiting-supplier', 60000);
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it.each<Lang>(['en', 'fr'])('[%s] the run page says it waits, until when, and for what', async (lang) => {
    const w = words(lang);
    const page = await signIn(browser, s.base, s.tokens.procurement, { lang });
    await go(page, `#/runs/${runId}`);
    await page.getByRole('heading', { level: 2, name: w['run.awaiting.heading'] }).waitFor();
    expect(await page.locator('main').innerText()).toContain(w['status.awaiting-supplier']);
    expect(await page.locator('#run-deadline').innerText()).toMatch(/2099|2100/);
    const counts = page.getByRole('region', { name: w['run.awaiting.counts'] });
    expect(await counts.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/quickpay-exchange\s+7\s+\d+/),
    ]);
    const list = page.getByRole('region', {
      name: w['run.awaiting.list'].replace('{count}', '7').replace('{total}', '7'),
    });
    await list.waitFor();
    expect(await list.locator('tbody tr').count()).toBe(7);
    // Paydays in the reader's form, not ISO: « 25 février 2026 », "February 25, 2026".
    const paydays = await list.locator('tbody tr td:nth-child(3)').allInnerTexts();
    const month =
      lang === 'fr'
        ? /^\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/
        : /^[A-Z][a-z]+ \d{1,2}, \d{4}$/;
    for (const cell of paydays) for (const d of cell.split('; ')) expect(d).toMatch(month);
    if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
    await shot(page, `run-awaiting-${lang}`);
  });
});
