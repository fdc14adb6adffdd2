import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { call, fileForm, serve, Served } from '../e2e/http/http-harness';
import { chromiumAvailable, launch } from './chromium';
import { englishOn, go, Lang, overflowsWidth, shot, signIn, words } from './pages';

/** Intl writes fr-CA amounts with no-break spaces; compare text with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const amount = (lang: Lang, text: string) =>
  plain(
    new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'currency', currency: 'CAD' }).format(
      text as never,
    ),
  );

const describeIf = chromiumAvailable() ? describe : describe.skip;

describeIf('a volunteer in the browser, in English and in French', () => {
  let s: Served;
  let browser: Browser;

  beforeAll(async () => {
    [s, browser] = await Promise.all([serve(), launch()]);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  /** The volunteer, through the guided builder: EC-04 acting EC-05 (not in the PA table), entered late; one stub line. */
  async function buildTheCase(page: Page, w: Record<string, string>, title: string): Promise<void> {
    await page.locator('#b-scenario-0-title').fill(title);
    await page.locator('#b-employee-0-classification').selectOption('');
    await page.locator('#b-employee-0-classification-text').fill('EC-04');
    await page.locator('#b-employee-0-annual_rate').fill('94000');
    await page.locator('#b-add-kind').selectOption('acting');
    await page.getByRole('button', { name: w['builder.addEvent'] }).click();
    await page.locator('#b-events-0-effective').fill('2026-03-02');
    await page.locator('#b-events-0-end').fill('2026-04-10');
    await page.locator('#b-events-0-entered').fill('2026-03-30');
    await page.locator('#b-events-0-classification').selectOption('');
    await page.locator('#b-events-0-classification-text').fill('EC-05');
    await page.locator('#b-events-0-annual_rate').fill('102000');
    await page.getByRole('button', { name: w['builder.addStub'] }).click();
    await page.locator('#b-expected-0-payday').selectOption('2026-04-08');
    await page.locator('#b-expected-0-amount').fill('3456.12');
  }

  /** The builder's file, as the download gives it. */
  async function downloaded(page: Page, w: Record<string, string>): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w['builder.download'] }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  }

  it.each<Lang>(['en', 'fr'])(
    '[%s] builds a scenario with help on every field, sees the correct pay and the stub checked as it types, downloads and submits it, and follows the suppliers live',
    async (lang) => {
      const w = words(lang);
      const page = await signIn(browser, s.base, s.tokens.volunteer, { lang });
      await page.getByRole('heading', { level: 1, name: w['builder.heading'] }).waitFor();
      // Help on every field: each control of the form is labelled and described.
      const undescribed = await page.evaluate(
        `[...document.querySelectorAll('#builder input, #builder select')].filter((el) => !el.labels.length || !el.getAttribute('aria-describedby')).map((el) => el.id)`,
      );
      expect(undescribed).toEqual([]);
      await buildTheCase(page, w, lang === 'fr' ? 'Intérim EC-05 saisi en retard' : 'Acting EC-05 entered late');

      const file = await downloaded(page, w);
      expect(file.name).toBe('my-pay.csv');
      const draft = (
        await call(s, 'POST', '/api/scenarios/draft', { token: s.tokens.volunteer, json: { text: file.text, lang } })
      ).body;
      const check = draft.answers[0].stubs.checks[0];
      expect(check).toMatchObject({ verdict: 'differs', direction: 'under', stub: '3456.12' });
      const stub = page.locator('#preview .stub li').first();
      await stub.getByText(w['stub.under'].split('{amount}')[0].trim()).waitFor();
      const sentence = plain(await stub.locator('p').first().innerText());
      expect(sentence).toContain(amount(lang, '3456.12'));
      expect(sentence).toContain(amount(lang, check.correct));
      expect(sentence).toContain(plain(w['stub.under'].replace('{amount}', amount(lang, check.netEffect))));
      await stub.locator('summary').click();
      expect(await stub.locator('ol.trace li').count()).toBeGreaterThan(0);
      await page.locator('#preview details.statement').first().waitFor();
      expect(await page.locator('#preview details.statement').count()).toBe(draft.answers[0].statements.length);
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      await shot(page, `builder-${lang}`);

      // The file round-trips: the service validates what the builder downloads.
      const validated = await call(s, 'POST', '/api/scenarios/validate', {
        token: s.tokens.volunteer,
        form: fileForm(file.name, file.text),
      });
      expect(validated.body).toMatchObject({ valid: true, scenarios: ['my-pay'] });

      await page.evaluate('window.__samePage = true');
      await page.getByRole('button', { name: w['builder.submit'], exact: true }).click();
      await page.waitForURL(/#\/submissions\//);
      // The suppliers pay in the background; the page follows them to the end without a reload.
      await page.locator('section.account').nth(2).waitFor({ timeout: 90000 });
      expect(await page.evaluate('window.__samePage')).toBe(true);
      const id = decodeURIComponent(new URL(page.url()).hash.split('/').pop()!);
      const account = (await call(s, 'GET', `/api/submissions/${id}/account`, { token: s.tokens.volunteer })).body;
      const sections = (await page.locator('section.account').allInnerTexts()).map(plain);
      account.scenarios[0].suppliers.forEach(
        (supplier: { name: string; exact: boolean; underPaid: string }, i: number) => {
          expect(sections[i]).toContain(supplier.name);
          if (!supplier.exact) expect(sections[i]).toContain(amount(lang, supplier.underPaid));
        },
      );
      expect(plain(await page.locator('.stub li').first().innerText())).toContain(amount(lang, check.netEffect));
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      await shot(page, `submission-${lang}`);
      await page.close();

      const phone = await signIn(browser, s.base, s.tokens.volunteer, { lang, width: 390 });
      await go(phone, `#/submissions/${id}`);
      await phone.locator('section.account').first().waitFor();
      expect(await overflowsWidth(phone)).toBe(false);
      await shot(phone, `submission-390-${lang}`);
      await go(phone, '#/build');
      await phone.locator('#b-scenario-0-title').waitFor();
      expect(await overflowsWidth(phone)).toBe(false);
      await shot(phone, `builder-390-${lang}`);
      await phone.close();
    },
    180000,
  );

  it.each<Lang>(['en', 'fr'])(
    '[%s] shows every problem of a draft at once, beside its field and in a summary, with a hint right for the CSV',
    async (lang) => {
      const w = words(lang);
      const page = await signIn(browser, s.base, s.tokens.volunteer, { lang });
      await page.evaluate(`sessionStorage.removeItem('payproof.draft')`);
      await page.reload();
      await page.locator('#b-scenario-0-title').fill('');
      await page.getByRole('button', { name: w['builder.addStub'] }).click();
      await page.locator('#b-expected-0-amount').fill('$2,639.11');
      const summary = page.locator('#problems');
      await summary.getByText('2639.11.').waitFor();
      expect(await summary.locator('li').count()).toBe(2);
      expect(await page.locator('#b-scenario-0-title').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#b-expected-0-amount').getAttribute('aria-invalid')).toBe('true');
      // The hint is the server's, in the page's language, right for the CSV, beside the field.
      const beside = page.locator('#b-expected-0-amount').locator('xpath=..').locator('.field-error');
      const hint =
        lang === 'fr'
          ? 'Écrivez-le sans le symbole monétaire ni le séparateur de milliers : 2639.11.'
          : 'Write it without the currency sign or the thousands separator: 2639.11.';
      await beside.getByText(hint).waitFor();
      await shot(page, `builder-problems-${lang}`);
      await page.locator('#b-expected-0-amount').fill('2639.11');
      await page.locator('#b-scenario-0-title').fill('AS-02');
      await page.getByText(w['builder.valid']).waitFor();
      expect(await page.locator('#builder [aria-invalid]').count()).toBe(0);
      await page.close();
    },
    60000,
  );

  it.each<Lang>(['en', 'fr'])(
    '[%s] refuses a file whose name and content hold personal information, says where in the reader’s language, keeps nothing and never shows it',
    async (lang) => {
      const w = words(lang);
      const page = await signIn(browser, s.base, s.tokens.volunteer, { lang });
      const before = (await call(s, 'GET', '/api/submissions', { token: s.tokens.volunteer })).body.length;
      await go(page, '#/submit');
      const good = readFileSync(path.join(__dirname, '../fixtures/submissions/good.csv'), 'utf8');
      await page.locator('#file').setInputFiles({
        name: 'jean-tremblay-046-454-286.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(good.replace(',E1,', ',K1A 0B1,')),
      });
      await page.getByRole('button', { name: w['submit.send'], exact: true }).click();
      await page.getByText(w['submit.refused']).waitFor();
      const rows = await page.locator('#result tbody tr').allInnerTexts();
      expect(rows).toHaveLength(2);
      expect(rows[0]).toContain(w['privacy.fileName'].replace('{what}', w['privacy.kind.sin']));
      expect(rows[1]).toContain(w['privacy.cell'].replace('{what}', w['privacy.kind.postal-code']));
      const body = await page.locator('body').innerText();
      expect(body).not.toMatch(/tremblay|046\D?454\D?286|K1A\s?0B1/i);
      if (lang === 'fr') expect(await englishOn(page)).toEqual([]);
      await shot(page, `privacy-${lang}`);
      expect((await call(s, 'GET', '/api/submissions', { token: s.tokens.volunteer })).body.length).toBe(before);
      await page.close();
    },
    60000,
  );
});
