import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** Screenshots for people to look at (not compared pixel by pixel); under the system's temp folder, out of git. */
export const SHOTS = process.env.PAYPROOF_SCREENSHOTS ?? path.join(tmpdir(), 'payproof-screenshots');

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

export type Lang = 'en' | 'fr';

const PUBLIC = path.join(__dirname, '../../src/http/dashboard/public/i18n');

/** The dashboard's own catalogue in a language: the words a page should show. */
export const words = (lang: Lang): Record<string, string> =>
  JSON.parse(readFileSync(path.join(PUBLIC, `${lang}.json`), 'utf8')) as Record<string, string>;

/** A signed-in page in a language (the language is kept in localStorage, as the switch keeps it). */
export async function signIn(
  browser: Browser,
  base: string,
  token: string,
  opts: { lang?: Lang; width?: number } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: opts.width ?? 1200, height: 900 } });
  page.setDefaultTimeout(20000);
  await page.addInitScript(`localStorage.setItem('payproof.lang', ${JSON.stringify(opts.lang ?? 'en')})`);
  await page.goto(base);
  await page.locator('#token').fill(token);
  await page.locator('#token').press('Enter');
  await page.locator('main h1').waitFor();
  await page.waitForFunction(`!location.hash.includes('login')`);
  return page;
}

/**
 * English words no French sentence uses. A text is English when it holds one; what the server
 * still writes in English is declared so (lang="en", listed in the report) and names typed by
 * people (translate="no") are left as typed, so both are skipped. A word touching a digit is
 * part of an identifier, not English: a run id such as 2026-11-30-8be96d holds "be".
 */
const ENGLISH =
  /(?<![\p{L}\p{N}])(the|and|your|you|with|from|this|that|was|were|is|are|of|to|which|what|when|will|would|been|has|have|be|by|for|not|paid|pay|payday|paydays|stub|supplier|suppliers|scenario|scenarios|step|submit|upload|sign|loading|wrong|right|yet|run|runs|policy|download|report)(?![\p{L}\p{N}])/iu;

/** Every English text on the page outside what is declared English or kept as typed, with aria-labels and options. */
export async function englishOn(page: Page): Promise<string[]> {
  // Runs in the page (as text: the tests are compiled without the DOM's types).
  const texts = (await page.evaluate(`(() => {
    const skipped = (el) => !!(el && el.closest('[lang="en"], [translate="no"], code, script, style'));
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent || '').trim();
      if (text && !skipped(n.parentElement)) out.push(text);
    }
    document.querySelectorAll('[aria-label], [placeholder], [title]').forEach((el) => {
      if (skipped(el)) return;
      for (const a of ['aria-label', 'placeholder', 'title']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    });
    out.push(document.title);
    return out;
  })()`)) as string[];
  return texts.filter((text) => ENGLISH.test(text));
}

/** Goes to a page of the dashboard as its links do (a hash change: the same document, no reload). */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
}

/** Whether the page fits its viewport's width (no sideways scrolling of the page itself; tables scroll in their own region). */
export async function overflowsWidth(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')) as boolean;
}
