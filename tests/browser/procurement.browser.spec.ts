import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { call, serve, Served } from '../e2e/http/http-harness';
import { chromiumAvailable, launch } from './chromium';
import { englishOn, go, Lang, overflowsWidth, shot, signIn, words } from './pages';

const describeIf = chromiumAvailable() ? describe : describe.skip;

describeIf('procurement in the browser, in English and in French', () => {
  let s: Served;
  let browser: Browser;

  beforeAll(async () => {
    [s, browser] = await Promise.all([
      serve({ scenarioSource: path.join(__dirname, '../../test-payrolls/acting-pay.csv') }),
      launch(),
    ]);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  async function download(page: Page, name: string): Promise<{ file: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { file: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  }

  it.each<Lang>(['en', 'fr'])(
    '[%s] starts a run with chosen suppliers and policy, follows it live in the list and on its page, and downloads its reports',
    async (lang) => {
      const w = words(lang);
      const page = await signIn(browser, s.base, s.tokens.procurement, { lang });
      await page.getByRole('heading', { level: 1, name: w['runs.heading'] }).waitFor();
      await page.locator('#start-run').waitFor();
      const suppliers = (await call(s, 'GET', '/api/suppliers', { token: s.tokens.procurement })).body;
      expect(await page.locator('#start-run input[type="checkbox"]').count()).toBe(suppliers.length);
      await page.locator('#sup-quickpay-cli').uncheck();
      await page.locator('#policy-exact').check();
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      const before = (await call(s, 'GET', '/api/runs', { token: s.tokens.procurement })).body.map(
        (r: { id: string }) => r.id,
      );
      await page.evaluate('window.__samePage = true');
      await page.getByRole('button', { name: w['start.button'] }).click();
      await page.locator('#start-run p.ok').waitFor();
      const runs = (await call(s, 'GET', '/api/runs', { token: s.tokens.procurement })).body;
      const run = runs.find((r: { id: string }) => !before.includes(r.id));
      expect(run).toBeDefined();
      // The list follows the run to its end without a reload, then names its suppliers with their scores.
      const row = page.locator('#runs tbody tr', { hasText: run.id });
      await row.getByText(w['status.finished'], { exact: true }).waitFor({ timeout: 120000 });
      expect(await page.evaluate('window.__samePage')).toBe(true);
      const finished = (await call(s, 'GET', `/api/runs/${run.id}`, { token: s.tokens.procurement })).body;
      expect(finished.pins.vendors.map((v: { id: string }) => v.id).sort()).toEqual(['daycount', 'floatwise']);
      expect(finished.pins.tolerancePolicy).toMatchObject({ tolerances: {} });
      const cells = await row.locator('td').allInnerTexts();
      for (const r of finished.summary.ranking) expect(cells.join(' ')).toContain(`${r.name} (${r.score})`);
      expect(cells).toContain(String(finished.pins.scenarios.length));
      await shot(page, `runs-${lang}`);

      await row.getByRole('link').click();
      await page.getByRole('heading', { name: w['run.downloads'] }).waitFor();
      const html = await download(page, w['run.downloadHtml']);
      expect(html.file).toBe(`payproof-${run.id}.html`);
      expect(html.text).toContain('<html');
      const csv = await download(page, w['run.downloadCsv']);
      expect(csv.text.split('\n')[0]).toMatch(/supplier|scenario/i);
      const json = await download(page, w['run.downloadJson']);
      expect(json.file).toBe(`payproof-${run.id}.json`);
      expect(json.text).toContain(`"${run.id}"`);
      // One colour per direction: the under-paid amounts are painted in the stylesheet's under-paid colour.
      const colours = (await page.evaluate(`({
        painted: getComputedStyle(document.querySelector('main .under')).color,
        under: getComputedStyle(document.documentElement).getPropertyValue('--under').trim(),
      })`)) as { painted: string; under: string };
      expect(colours.painted).toBe(hexToRgb(colours.under));
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      await shot(page, `run-${lang}`);
      await page.close();

      const phone = await signIn(browser, s.base, s.tokens.procurement, { lang, width: 390 });
      await phone.locator('#runs tbody tr').first().waitFor();
      expect(await overflowsWidth(phone)).toBe(false);
      await shot(phone, `runs-390-${lang}`);
      await go(phone, `#/runs/${run.id}`);
      await phone.locator('canvas').first().waitFor();
      expect(await overflowsWidth(phone)).toBe(false);
      await shot(phone, `run-390-${lang}`);
      await phone.close();
    },
    240000,
  );

  it.each<Lang>(['en', 'fr'])(
    '[%s] edits the tolerance policy: a tolerance with its reason is saved for new runs; a bad amount is refused, saying why',
    async (lang) => {
      const w = words(lang);
      const page = await signIn(browser, s.base, s.tokens.procurement, { lang });
      await page.locator('#nav').getByRole('link', { name: w['nav.policy'] }).click();
      await page.getByRole('heading', { level: 1, name: w['policy.heading'] }).waitFor();
      await page.getByRole('button', { name: w['policy.add'] }).click();
      const n = (await page.locator('#policy fieldset fieldset').count()) - 1;
      await page.locator(`#tol-${n}-code`).selectOption('CPP');
      await page.locator(`#tol-${n}-amount`).fill('abc');
      await page.locator(`#tol-${n}-reason`).fill('rounds per period');
      await page.getByRole('button', { name: w['policy.save'] }).click();
      await page.locator('#policy .alert.danger').waitFor();
      expect(await page.locator('#policy .alert.danger').innerText()).toContain('tolerances.CPP.amount');
      await page.locator(`#tol-${n}-amount`).fill('0.02');
      await page.getByRole('button', { name: w['policy.save'] }).click();
      await page.getByText(w['policy.saved']).waitFor();
      const saved = (await call(s, 'GET', '/api/policy', { token: s.tokens.auditor })).body;
      expect(saved.policy.tolerances.CPP).toEqual({ amount: '0.02', reason: 'rounds per period' });
      expect(saved.updatedBy).toBe('procurement team');
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      await shot(page, `policy-${lang}`);
      expect(await overflowsWidth(page)).toBe(false);
      await page.close();
      await call(s, 'PUT', '/api/policy', { token: s.tokens.procurement, json: {} });
    },
    60000,
  );
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
