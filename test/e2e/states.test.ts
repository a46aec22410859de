/**
 * End to end: the popup's states on pages that are not news stories — a real non-article page
 * (Firefox Developer Edition's first-run page, readability/mozilla-2) and a page the extension
 * cannot read (no content script runs on about:blank) — and a real news page (nytimes-1) whose
 * card names its speakers.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type Browser, type Served } from './harness';

/** The tab id of the most recently opened tab, asked of the service worker (no "tabs"
 * permission needed: tab ids are always visible). */
async function lastTabId(browser: Browser): Promise<number> {
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    const ids = (await api.tabs.query({})).map((t) => t.id ?? 0);
    return Math.max(...ids);
  });
}

async function openPopupFor(browser: Browser, page: Page): Promise<Page> {
  await page.bringToFront();
  const tabId = await lastTabId(browser);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('popup states in Chromium', () => {
  let served: Served;
  let browser: Browser;

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('a page that is not an article says so and highlights nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${served.origin}/real/mozilla-2/source.html`);
    const popup = await openPopupFor(browser, page);
    await popup.getByTestId('state-not-article').waitFor({ timeout: 10000 });
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
    await popup.close();
    await page.close();
  });

  test('a page without a content script shows the cannot-read state', async () => {
    const page = await browser.context.newPage();
    await page.goto('about:blank');
    const popup = await openPopupFor(browser, page);
    await popup.getByTestId('state-cannot-read').waitFor({ timeout: 10000 });
    await popup.close();
    await page.close();
  });

  test('a real news page (nytimes-1) gets highlights and a card with its speakers', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${served.origin}/real/nytimes-1/source.html`);
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-reported'), undefined, { timeout: 15000 });
    const popup = await openPopupFor(browser, page);
    await popup.getByTestId('card-title').waitFor();
    assert.equal(await popup.getByTestId('card-title').textContent(), 'United States to Lift Sudan Sanctions');
    const speakers = (await popup.getByTestId('speaker-name').allTextContents()).join(' | ');
    assert.match(speakers, /Eric Reeves/);
    assert.match(speakers, /Anonymous/i);
    // Saved real pages come without their stylesheets; scroll to the first highlighted quote.
    await page.evaluate(() => {
      const first = [...CSS.highlights.get('sourcelight-reported')!][0] as Range;
      window.scrollTo(0, first.getBoundingClientRect().top + window.scrollY - 120);
    });
    await page.screenshot({ path: 'docs/screenshots/nytimes-page.png' });
    await popup.close();
    await page.close();
  });
});
