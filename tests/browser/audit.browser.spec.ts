import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { call, serve, Served, runReaches } from '../e2e/http/http-harness';
import { chromiumAvailable, launch } from './chromium';
import { englishOn, go, Lang, overflowsWidth, shot, signIn, words } from './pages';

const describeIf = chromiumAvailable() ? describe : describe.skip;

/**
 * Issue 18 in the dashboard, in English and in French: a supplier sees its own results and
 * disputes a defect; an auditor cannot rule without evidence and rules with it; the supplier
 * then sees the ruling beside its dispute.
 */
describeIf('disputes and rulings in the browser, in English and in French', () => {
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
      json: { vendors: ['floatwise', 'quickpay-cli'] },
    });
    runId = started.body.id;
    await runReaches(s, runId, 'finished', 120000);
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it.each<Lang>(['en', 'fr'])(
    '[%s] a supplier disputes a defect of its own; an auditor rules with evidence; the supplier sees the ruling',
    async (lang) => {
      const w = words(lang);
      const supplier = await signIn(browser, s.base, s.tokens.supplier2, { lang });
      await supplier.getByRole('heading', { level: 1, name: w['mine.heading'] }).waitFor();
      await supplier.locator(`a[href="#/my-runs/${runId}"]`).click();
      await supplier.getByRole('heading', { level: 1, name: w['mine.run'] }).waitFor();
      // Only its own results: the other supplier is never named on its pages.
      expect(await supplier.locator('main').innerText()).not.toMatch(/floatwise/i);
      if (lang === 'fr') expect(await englishOn(supplier)).toEqual([]);
      expect(await overflowsWidth(supplier)).toBe(false);
      const reason = supplier.locator('textarea[name="reason"]').first();
      await reason.fill(`The agreement pays acting from the first day (${lang}).`);
      await supplier.getByRole('button', { name: w['mine.dispute'] }).first().click();
      const said = supplier.locator('p[role="status"]').first();
      await said.filter({ hasText: w['mine.disputed'].split('{id}')[0].trim() }).waitFor();
      const disputeId = /([0-9a-f-]{36})/.exec(await said.innerText())![1];
      await shot(supplier, `supplier-run-${lang}`);

      const auditor = await signIn(browser, s.base, s.tokens.auditor, { lang });
      await go(auditor, '#/disputes');
      await auditor.getByRole('heading', { level: 1, name: w['disputes.heading'] }).waitFor();
      await auditor.locator(`a[href="#/disputes/${disputeId}"]`).click();
      await auditor.getByRole('heading', { level: 2, name: w['rulings.new'] }).waitFor();
      await auditor.locator('#outcome').selectOption('accepted-convention');
      await auditor.locator('#explanation').fill('Both readings are allowed by the agreement.');
      await auditor.getByRole('button', { name: w['rulings.submit'] }).click();
      // No evidence: refused, and the form says why, in the page's language (the error's messageFr).
      const why = lang === 'fr' ? 'doit s’appuyer sur une preuve' : 'must carry evidence';
      await auditor.locator('p[role="alert"]').filter({ hasText: why }).waitFor();
      if (lang === 'fr') expect(await englishOn(auditor)).toEqual([]);
      await auditor.locator('#ev-title').fill('Program and Administrative Services (PA) collective agreement');
      await auditor.locator('#ev-quote').fill('substantially perform the duties of a higher classification level');
      await auditor.locator('#ev-retrieved').fill('2026-11-30');
      await auditor.getByRole('button', { name: w['rulings.submit'] }).click();
      await auditor.locator('main ol li strong').filter({ hasText: w['outcome.accepted-convention'] }).waitFor();
      await auditor.locator('blockquote').filter({ hasText: 'substantially perform' }).waitFor();
      if (lang === 'fr') expect(await englishOn(auditor)).toEqual([]);
      await shot(auditor, `ruling-${lang}`);

      await go(supplier, '#/disputes');
      const row = supplier.locator('tr').filter({ has: supplier.locator(`a[href="#/disputes/${disputeId}"]`) });
      await row.filter({ hasText: w['outcome.accepted-convention'] }).waitFor();
      await row.filter({ hasText: w['disputes.ruled'] }).waitFor();
      await supplier.close();
      await auditor.close();
    },
  );
});
