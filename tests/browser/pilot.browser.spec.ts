import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { EvaluationService } from '../../src/evaluation/evaluation.service';
import { PilotBriefService } from '../../src/pilots/pilot-brief.service';
import { call, serve, Served } from '../e2e/http/http-harness';
import { supplierFolder } from '../e2e/pilots/switchy';
import { chromiumAvailable, launch } from './chromium';
import { englishOn, go, Lang, overflowsWidth, SHOTS, shot, signIn, words } from './pages';

/**
 * Issue 22: the pilot page and the decision brief, looked at in both languages. Three rounds of
 * one simulated supplier (tests/fixtures/pilot-vendors) beside one that fixes nothing: round 2 fixes the bonus
 * defects, round 3 fixes overtime, brings the bonus defects back and adds truncation.
 */

const REPO = path.join(__dirname, '../..');
const ROUNDS = [
  { overtimeDivisor: '2080', bonusByDay: true },
  { overtimeDivisor: '2080' },
  { bonusByDay: true, truncate: true },
];

const describeIf = chromiumAvailable() ? describe : describe.skip;

describeIf('the pilot page and the decision brief, in English and in French', () => {
  let s: Served;
  let browser: Browser;

  beforeAll(async () => {
    [s, browser] = await Promise.all([serve(), launch()]);
    const created = await call(s, 'POST', '/api/pilots', {
      token: s.tokens.procurement,
      json: { name: 'pilot-2027', description: 'Allowances and premiums, two suppliers' },
    });
    expect(created.status).toBe(201);
    for (const [i, switches] of ROUNDS.entries()) {
      const vendorsRoot = supplierFolder(path.join(s.dir, `vendors-${i + 1}`), {
        steady: { name: 'Steady Payroll (test fixture)', switches: { overtimeDivisor: '2080' } },
        switchy: { name: 'Switchy Payroll (test fixture)', switches },
      });
      const run = await s.app.get(EvaluationService).start({
        scenarios: path.join(REPO, 'test-payrolls/allowances-and-premiums.csv'),
        vendorsRoot,
        workers: 0,
        reportsDir: path.join(s.dir, 'reports'),
      });
      const recorded = await call(s, 'POST', '/api/pilots/pilot-2027/rounds', {
        token: s.tokens.procurement,
        json: { runId: run.id },
      });
      expect(recorded.status).toBe(201);
    }
  }, 180000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('only procurement and auditors read pilots; only procurement creates one or records a round', async () => {
    expect((await call(s, 'GET', '/api/pilots', { token: s.tokens.volunteer })).status).toBe(403);
    expect((await call(s, 'GET', '/api/pilots/pilot-2027', { token: s.tokens.auditor })).status).toBe(200);
    expect((await call(s, 'POST', '/api/pilots', { token: s.tokens.auditor, json: { name: 'x' } })).status).toBe(403);
    const again = await call(s, 'POST', '/api/pilots', { token: s.tokens.procurement, json: { name: 'pilot-2027' } });
    expect(again.status).toBe(409);
    const unknown = await call(s, 'POST', '/api/pilots/pilot-2027/rounds', {
      token: s.tokens.procurement,
      json: { runId: 'nope' },
    });
    expect([unknown.status, unknown.body.message]).toEqual([404, 'run nope does not exist']);
  });

  it.each<Lang>(['en', 'fr'])('[%s] shows the trends and the round-over-round table', async (lang) => {
    const w = words(lang);
    const page: Page = await signIn(browser, s.base, s.tokens.procurement, { lang });
    // The runs page (home) finishes loading first, so it cannot replace the pilots page after it.
    await page.waitForLoadState('networkidle');
    await go(page, '#/pilots');
    await page.getByRole('heading', { level: 1, name: w['pilot.heading'] }).waitFor();
    await page.getByRole('link', { name: 'pilot-2027' }).click();
    const latest = w['pilot.against'].replace('{round}', '3').replace('{previous}', '2');
    await page.getByRole('heading', { level: 2, name: latest }).waitFor();
    const rows = await page
      .locator('section', { has: page.getByRole('heading', { name: latest }) })
      .locator('tbody tr')
      .allInnerTexts();
    const switchy = rows.filter((r) => r.includes('Switchy'));
    expect(switchy.filter((r) => r.includes(w['pilot.status.regressed'].replace('{round}', '1')))).toHaveLength(2);
    expect(switchy.filter((r) => r.includes(w['pilot.status.fixed']))).toHaveLength(1);
    expect(switchy.filter((r) => r.includes(w['pilot.status.new']))).not.toHaveLength(0);
    const steady = rows.filter((r) => r.includes('Steady'));
    expect(steady.length).toBeGreaterThan(0);
    expect(steady.every((r) => r.includes(w['pilot.status.open']))).toBe(true);
    expect(await page.locator('canvas').count()).toBe(2);
    expect(await overflowsWidth(page)).toBe(false);
    if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
    await shot(page, `pilot-${lang}`);
    // The start-run form offers the pilot, so a run started there becomes its next round.
    await go(page, '#/runs');
    await page.locator('#start-pilot').waitFor();
    expect(await page.locator('#start-pilot option').allInnerTexts()).toEqual([w['start.pilotNone'], 'pilot-2027']);
    await page.close();
  });

  it.each<Lang>(['en', 'fr'])(
    '[%s] the decision brief prints to one PDF page, turned into PNG to look at',
    async (lang) => {
      const out = path.join(s.dir, 'briefs');
      const written = await s.app.get(PilotBriefService).write({ pilot: 'pilot-2027', lang, out, pdf: true });
      const html = readFileSync(written.html, 'utf8');
      expect(html).toContain(words(lang)['brief.title'].replace('{name}', 'pilot-2027').replace('{round}', '3'));
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(2);
      expect(readFileSync(written.pdf!).subarray(0, 5).toString()).toBe('%PDF-');
      // poppler-utils (.ci/run installs it): the PDF as PNG pages, for a person to look at.
      if (!existsSync('/usr/bin/pdftoppm')) {
        process.stderr.write('brief PNG SKIPPED: no pdftoppm (apt-get install -y poppler-utils)\n');
        return;
      }
      execFileSync('pdftoppm', ['-png', '-r', '80', written.pdf!, path.join(SHOTS, `brief-${lang}`)]);
      expect(readdirSync(SHOTS).filter((f) => f.startsWith(`brief-${lang}`))).toEqual([`brief-${lang}-1.png`]);
    },
  );
});
