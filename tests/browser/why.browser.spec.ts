import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import type { DefectView, RunView } from '../../src/evaluation/evaluation.types';
import { call, serve, Served } from '../e2e/http/http-harness';
import { chromiumAvailable, launch } from './chromium';
import { englishOn, go, Lang, overflowsWidth, shot, SHOTS, signIn, words } from './pages';

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

const describeIf = chromiumAvailable() ? describe : describe.skip;

/**
 * Issue 14 item 4 in the dashboard, in English and in French: a run's why (each supplier's
 * most harmful defects) → a supplier's defects ranked by harm → one defect: the supplier's
 * statement beside the reference's, the trace, its occurrences → an occurrence's scenario.
 */
describeIf('the why of a run in the browser', () => {
  let s: Served;
  let browser: Browser;
  let run: RunView;
  let defects: DefectView[];

  beforeAll(async () => {
    [s, browser] = await Promise.all([
      serve({ scenarioSource: path.join(__dirname, '../../test-payrolls/acting-pay.csv') }),
      launch(),
    ]);
    const started = await call(s, 'POST', '/api/runs', { token: s.tokens.procurement, json: {} });
    for (let i = 0; i < 600; i += 1) {
      run = (await call(s, 'GET', `/api/runs/${started.body.id}`, { token: s.tokens.procurement })).body;
      if (run.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(run.status).toBe('finished');
    defects = (await call(s, 'GET', `/api/runs/${run.id}/defects`, { token: s.tokens.auditor })).body;
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it.each<Lang>(['en', 'fr'])(
    '[%s] leads the run page with each supplier’s most harmful defects, then a defect shows its statements, trace and occurrences',
    async (lang) => {
      const w = words(lang);
      const worst = run.summary!.ranking.map((r) =>
        defects.find((d) => d.vendorId === r.vendorId && d.kind !== 'failure'),
      );
      const d = worst.find((x) => x !== undefined)!;
      expect(d).toBeDefined();
      const page = await signIn(browser, s.base, s.tokens.auditor, { lang });
      await go(page, `#/runs/${run.id}`);
      const why = page.locator('#why');
      await why.getByRole('heading', { level: 2, name: w['report.why.heading'] }).waitFor();
      // The why comes before the scorecards, and names each defect in the reader's language.
      const order = (await page.evaluate(
        `[...document.querySelectorAll('main h2')].map((h) => h.textContent)`,
      )) as string[];
      expect(order.indexOf(w['report.why.heading'])).toBeLessThan(order.indexOf(w['run.scorecards']));
      for (const r of run.summary!.ranking) {
        const top = defects.filter((x) => x.vendorId === r.vendorId).slice(0, 3);
        const listed = await why.locator('.why-supplier', { hasText: r.name }).locator('li a').allInnerTexts();
        expect(listed).toEqual(top.map((x) => x.title[lang]));
      }
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      await shot(page, `why-run-${lang}`);

      // The supplier: its defects ranked by harm, before its families.
      await why
        .locator('.why-supplier', { hasText: run.summary!.ranking.find((r) => r.vendorId === d.vendorId)!.name })
        .getByRole('link', { name: d.title[lang], exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: d.title[lang] }).waitFor();
      const statement = page.locator('main table:has(mark)');
      await statement.waitFor();
      // The root line is marked, and the supplier's net beside the reference's.
      expect(await statement.locator('mark').count()).toBeGreaterThan(0);
      expect(await statement.locator('tbody tr').count()).toBeGreaterThan(2);
      expect(await page.locator('table', { has: page.locator('th', { hasText: w['trace.citation'] }) }).count()).toBe(
        1,
      );
      const occurrences = page.locator('#occurrences table');
      await occurrences.waitFor();
      expect(await occurrences.locator('tbody tr').count()).toBe(Math.min(d.occurrences, 25));
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      expect(await overflowsWidth(page)).toBe(false);
      await shot(page, `why-defect-${lang}`);

      // An occurrence leads to its scenario's lines, each with its trace.
      const first = occurrences.locator('tbody tr').first().getByRole('link');
      const scenario = await first.innerText();
      await first.click();
      await page.locator('main h1', { hasText: scenario }).waitFor();
      expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
      await page.close();
    },
    180000,
  );

  it.each<Lang>(['en', 'fr'])(
    '[%s] a supplier’s page ranks its defects by harm before its families; a family lists its scenarios through the scenarios API',
    async (lang) => {
      const w = words(lang);
      const vendorId = run.summary!.ranking[run.summary!.ranking.length - 1].vendorId;
      const name = run.summary!.ranking.find((r) => r.vendorId === vendorId)!.name;
      const mine = defects.filter((x) => x.vendorId === vendorId && x.kind !== 'failure');
      const page = await signIn(browser, s.base, s.tokens.procurement, { lang });
      await go(page, `#/runs/${run.id}/vendors/${vendorId}`);
      await page.getByRole('heading', { level: 1, name: fill(w['why.supplierHeading'], { supplier: name }) }).waitFor();
      const ranked = page.locator('table', {
        has: page.locator('caption', { hasText: fill(w['report.why.caption'], { supplier: name }) }),
      });
      expect(await ranked.locator('tbody tr th').allInnerTexts()).toEqual(mine.map((x) => String(x.rank)));
      expect(await ranked.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual(mine.map((x) => x.title[lang]));
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      await shot(page, `why-supplier-${lang}`);

      const family = Object.keys(run.summary!.scorecards[vendorId].families)[0];
      await go(page, `#/runs/${run.id}/vendors/${vendorId}/families/${encodeURIComponent(family)}`);
      const listed = page.locator('main table tbody tr');
      await listed.first().waitFor();
      const inFamily = run.pins.scenarios.filter((p) => (p.family ?? '(no family)') === family && !p.refused);
      expect(await listed.count()).toBe(inFamily.length);
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      await page.close();
    },
    120000,
  );
  it.each<Lang>(['en', 'fr'])(
    '[%s] the HTML report leads with the why; its filters keep one supplier; one switch shows every trace',
    async (lang) => {
      const w = words(lang);
      const res = await call(s, 'GET', `/api/runs/${run.id}/report?lang=${lang}`, { token: s.tokens.auditor });
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'payproof-why-')), 'index.html');
      writeFileSync(file, res.text);
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(`file://${file}`);
      const why = page.locator('#why');
      await why.getByRole('heading', { level: 2, name: w['report.why.heading'] }).waitFor();
      // The why comes first: before the ranking and the line-by-line findings.
      const sections = (await page.evaluate(
        `[...document.querySelectorAll('section[id]')].map((el) => el.id)`,
      )) as string[];
      expect(sections.indexOf('why')).toBeLessThan(sections.indexOf('ranking'));
      expect(sections.indexOf('why')).toBeGreaterThanOrEqual(0);
      // Traces hidden until the one switch is ticked: no control per trace to tab through.
      const trace = why.locator('.trace').first();
      expect(await trace.isVisible()).toBe(false);
      await page.locator('#show-traces').check();
      expect(await trace.isVisible()).toBe(true);
      // One supplier chosen: the other suppliers' defects are hidden.
      const vendorId = defects.find((d) => d.kind !== 'failure')!.vendorId;
      await page.locator('#f-supplier').selectOption(vendorId);
      const shown = (await page.evaluate(
        `[...document.querySelectorAll('#why [data-supplier]')].filter((el) => !el.closest('[hidden]')).map((el) => el.dataset.supplier)`,
      )) as string[];
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown)).toEqual(new Set([vendorId]));
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      // The why's beginning (its full length is many screens): the ranked table and the first defect described.
      const box = (await why.boundingBox())!;
      await page.screenshot({
        path: path.join(SHOTS, `why-report-${lang}.png`),
        fullPage: true,
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 2200) },
      });
      await page.close();
    },
    60000,
  );
});
