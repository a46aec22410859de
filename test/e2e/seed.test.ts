/**
 * End to end on the seed story: the built extension in Chromium highlights the quotes without
 * changing the page, the popup shows the card, and Copy citation puts APA 7 on the clipboard.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES, SCREENSHOTS, launchWithExtension, serveFixtures, tabIdFor, type Browser, type Served } from './harness';

const SEED = '/seed/trend-itu-cybercrime.html';
const TITLE = 'ITU advocates for global initiative to fight cybercrime';
const EXPECTED_APA =
  'Veliyev, H. (2014, December 18). ITU advocates for global initiative to fight cybercrime. Trend. https://en.trend.az/business/it/2345678.html';
const gold = JSON.parse(readFileSync(path.join(FIXTURES, 'seed/trend-itu-cybercrime.json'), 'utf8'));
/** The seed's annotated quotes (attribution/dev.jsonl, copied into the fixture). */
const goldQuotes: { text: string; kind: string }[] = gold.attribution.quotes;

/** Texts of the ranges registered under a highlight name, read in the page. */
function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, name);
}

const letters = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

describe('seed story in Chromium with the extension', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let url: string;

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    url = served.origin + SEED;
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), undefined, { timeout: 15000 });
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('highlights cover every annotated quote and nothing is highlighted twice', async () => {
    const quoted = [...(await highlightTexts(page, 'sourcelight-quote')), ...(await highlightTexts(page, 'sourcelight-reported'))];
    const all = letters(quoted.join(' '));
    for (const quote of goldQuotes) assert.ok(all.includes(letters(quote.text)), `not highlighted: ${quote.text.slice(0, 60)}`);
    assert.equal(quoted.length, goldQuotes.length);
    // The titles in quotation marks are not quotes.
    assert.ok(!quoted.some((q) => q.includes('Strengthening the role of ITU')));
    assert.ok(!quoted.some((q) => q.includes('On cybersecurity')));
  });

  test('speakers and officials are highlighted in their own style', async () => {
    const people = await highlightTexts(page, 'sourcelight-person');
    for (const name of ['Orozobek Kayikov', 'Kayikov', 'Ali Abbasov', 'Hamadoun Toure']) {
      assert.ok(people.includes(name), `person not highlighted: ${name}`);
    }
  });

  test('the page DOM is exactly what the server sent', async () => {
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return fresh.documentElement.outerHTML === document.documentElement.outerHTML;
    });
    assert.ok(same);
  });

  test('the popup shows the card and copies the APA citation', async () => {
    await page.screenshot({ path: screenshot('seed-page.png') });
    const tabId = await tabIdFor(browser.worker, TITLE);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('card-title').waitFor();
    assert.equal(await popup.getByTestId('card-title').textContent(), TITLE);
    assert.match((await popup.getByTestId('card-authors').textContent()) ?? '', /Huseyn Veliyev/);
    assert.match((await popup.getByTestId('card-date').textContent()) ?? '', /18 December 2014/);
    const speakers = await popup.getByTestId('speaker-name').allTextContents();
    assert.deepEqual(speakers.map((s) => s.trim()), ['Orozobek Kayikov', 'Ali Abbasov']);
    await popup.screenshot({ path: screenshot('seed-popup.png'), fullPage: true });

    await popup.getByTestId('copy-citation').click();
    await popup.getByTestId('copy-status').filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await popup.evaluate(() => navigator.clipboard.readText()), EXPECTED_APA);
    await popup.close();
  });

  test('turning highlights off for the site removes them, and on brings them back', async () => {
    const tabId = await tabIdFor(browser.worker, TITLE);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const toggle = popup.getByTestId('toggle-site');
    await toggle.waitFor();
    await toggle.uncheck();
    await page.waitForFunction(() => !CSS.highlights.has('sourcelight-quote'));
    await toggle.check();
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-quote'));
    await popup.close();
  });
});

function screenshot(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}
