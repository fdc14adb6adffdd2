import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { call, serve, Served, runReaches } from '../e2e/http/http-harness';
import { chromiumAvailable, launch } from './chromium';
import { go, SHOTS } from './pages';

const FIXTURES = path.join(__dirname, '../fixtures/submissions');

const describeIf = chromiumAvailable() ? describe : describe.skip;

describeIf('the dashboard in headless Chromium', () => {
  let s: Served;
  let browser: Browser;
  let runId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [s, browser] = await Promise.all([
      serve({ scenarioSource: path.join(__dirname, '../../test-payrolls/acting-pay.csv') }),
      launch(),
    ]);
    runId = (await call(s, 'POST', '/api/runs', { token: s.tokens.procurement, json: {} })).body.id;
    await runReaches(s, runId, 'finished', 60000);
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  async function signIn(token: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(15000);
    await page.goto(s.base);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('main h1').waitFor();
    await page.waitForFunction(`!location.hash.includes('login')`);
    return page;
  }

  async function toSubmit(page: Page, heading = 'Submit a scenario from your pay'): Promise<void> {
    await go(page, '#/submit');
    await page.getByRole('heading', { name: heading }).waitFor();
  }

  async function upload(
    page: Page,
    name: string,
    words = { file: 'Scenario file (.csv or .json)', send: 'Submit' },
  ): Promise<void> {
    await page
      .getByLabel(words.file)
      .setInputFiles({ name: 'my-pay.csv', mimeType: 'text/csv', buffer: readFileSync(path.join(FIXTURES, name)) });
    await page.getByRole('button', { name: words.send, exact: true }).click();
  }

  it('shows the row-and-column error of a CSV with a mistake, beside the form', async () => {
    const page = await signIn(s.tokens.volunteer);
    await toSubmit(page);
    await upload(page, 'bad-date.csv');
    const row = page.locator('#result tbody tr').first();
    await row.waitFor();
    expect(await row.locator('th, td').allTextContents()).toEqual([
      '4',
      'effective',
      expect.stringContaining('2026-02-30 is not a date'),
    ]);
    await page.screenshot({ path: path.join(SHOTS, 'submit-error.png'), fullPage: true });
    await page.close();
  });

  it('accepts a good CSV and shows how each supplier paid it, in English and in French', async () => {
    const page = await signIn(s.tokens.volunteer);
    await toSubmit(page);
    await upload(page, 'good.csv');
    await page.waitForURL(/#\/submissions\//);
    await page.getByRole('heading', { name: 'How each supplier paid your scenario' }).waitFor();
    await page.locator('section.account').first().waitFor({ timeout: 60000 });
    const id = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
    const account = (await call(s, 'GET', `/api/submissions/${id}/account`, { token: s.tokens.volunteer })).body
      .scenarios[0].suppliers as Array<{ name: string; exact: boolean; lines: unknown[] }>;
    const sections = await page.locator('section.account').allTextContents();
    expect(sections).toHaveLength(account.length);
    account.forEach((supplier, i) => {
      expect(sections[i]).toContain(
        supplier.exact ? `${supplier.name} paid this scenario exactly` : `${supplier.name} got your net pay wrong on`,
      );
    });
    await page.screenshot({ path: path.join(SHOTS, 'submission-result.png'), fullPage: true });
    await page.getByRole('button', { name: 'Lire cette page en français' }).click();
    await page.getByRole('heading', { name: 'Comment chaque fournisseur a payé votre scénario' }).waitFor();
    await page.locator('section.account').first().waitFor();
    const french = await page.locator('section.account').allTextContents();
    account.forEach((supplier, i) =>
      expect(french[i]).toContain(
        supplier.exact
          ? `${supplier.name} a payé ce scénario exactement`
          : `${supplier.name} s’est trompé sur votre paye nette`,
      ),
    );
    await page.screenshot({ path: path.join(SHOTS, 'submission-result-fr.png'), fullPage: true });
    await page.close();
  });

  it('switches the same page to French, and keeps it French', async () => {
    const page = await signIn(s.tokens.volunteer);
    await toSubmit(page);
    await page.getByRole('button', { name: 'Lire cette page en français' }).click();
    await page.getByRole('heading', { name: 'Soumettre un scénario tiré de votre paye' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await upload(page, 'bad-date.csv', { file: 'Fichier de scénario (.csv ou .json)', send: 'Soumettre' });
    await page.getByText(/Votre fichier contient 1 problème/).waitFor();
    expect(await page.locator('#result thead th').allTextContents()).toEqual(['Ligne', 'Colonne', 'Problème']);
    await page.screenshot({ path: path.join(SHOTS, 'submit-french.png'), fullPage: true });
    await page.reload();
    await page.getByRole('heading', { name: 'Soumettre un scénario tiré de votre paye' }).waitFor();
    await page.getByRole('button', { name: 'Read this page in English' }).click();
    await page.getByRole('heading', { name: 'Submit a scenario from your pay' }).waitFor();
    await page.close();
  });

  it('drills down from a supplier to a family, a scenario and a line with its reference trace', async () => {
    const findings = (await call(s, 'GET', `/api/runs/${runId}/discrepancies`, { token: s.tokens.auditor }))
      .body as Array<{ vendorId: string; family: string | null; scenarioId: string; trace: unknown[] | null }>;
    const target = findings.find((f) => f.family && f.trace && f.trace.length > 0)!;
    expect(target).toBeDefined();
    const run = (await call(s, 'GET', `/api/runs/${runId}`, { token: s.tokens.auditor })).body;
    const supplier = run.summary.ranking.find((r: { vendorId: string }) => r.vendorId === target.vendorId).name;

    const page = await signIn(s.tokens.auditor);
    await page.getByRole('link', { name: `Open run ${runId}` }).click();
    await page.locator('canvas').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'scorecards.png'), fullPage: true });
    await page.getByRole('link', { name: `Families for ${supplier}` }).click();
    await page.getByRole('link', { name: target.family!, exact: true }).click();
    await page.getByRole('link', { name: new RegExp(`^${target.scenarioId}:`) }).click();
    await page.getByRole('link', { name: 'Show the reference trace' }).first().click();
    await page.getByRole('heading', { name: /^Reference trace:/ }).waitFor();
    const citations = await page.locator('main table tbody tr td:last-child').allTextContents();
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.every((c) => c.trim() !== '')).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'line-trace.png'), fullPage: true });
    await page.close();
  });

  it('is usable by keyboard alone: sign in, switch language, reach the form, every control labelled', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(15000);
    await page.goto(s.base);
    await page.getByLabel('API token').waitFor();
    await page.keyboard.type(s.tokens.volunteer);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Build your scenario, step by step' }).waitFor();
    const active = async () =>
      (await page.evaluate(
        '(document.activeElement.id || document.activeElement.textContent).trim().slice(0, 40)',
      )) as string;
    // The page's heading has the focus: back with Shift+Tab to the skip link, then forward through the page.
    for (let i = 0; i < 20 && (await active()) !== 'Skip to content'; i += 1) await page.keyboard.press('Shift+Tab');
    const focused: string[] = [await active()];
    for (let i = 0; i < 6; i += 1) {
      await page.keyboard.press('Tab');
      focused.push(await active());
    }
    expect(focused.slice(focused.indexOf('Skip to content'), focused.indexOf('Skip to content') + 7)).toEqual([
      'Skip to content',
      'lang',
      'Build a scenario',
      'Submit a scenario',
      'My submissions',
      'Sign out',
      'b-scenario-0-scenario',
    ]);
    while ((await page.evaluate('document.activeElement.id')) !== 'lang') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Construisez votre scénario, étape par étape' }).waitFor();
    const unlabelled = await page.evaluate(
      `[...document.querySelectorAll('input, select, textarea')].filter((el) => !el.labels || el.labels.length === 0).length`,
    );
    expect(unlabelled).toBe(0);
    await page.close();
  });

  it('lets an admin create a token, shown once, that then works, and revoke it', async () => {
    const page = await signIn(s.tokens.admin);
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();
    await page.getByLabel('Role').selectOption('auditor');
    await page.getByLabel('Name').fill('Grace');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const token = (await page.locator('#new-token').textContent())!.trim();
    expect((await call(s, 'GET', '/api/me', { token })).body).toEqual({ name: 'Grace', role: 'auditor' });
    await page.screenshot({ path: path.join(SHOTS, 'tokens.png'), fullPage: true });
    await page.getByRole('button', { name: 'Revoke the token of Grace' }).click();
    await page.locator('#new-token').waitFor({ state: 'detached' });
    expect((await call(s, 'GET', '/api/me', { token })).status).toBe(401);
    await page.close();
  });
});
