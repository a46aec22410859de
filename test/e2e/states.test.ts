/**
 * End to end: the popup's states on pages that are not news stories — a real non-article page
 * (Firefox Developer Edition's first-run page, readability/mozilla-2) and a page the extension
 * cannot read (no content script runs on about:blank) — and a real news page (nytimes-1) whose
 * card names its speakers. Along the way: the article script (entrypoints/content/page-gate.ts)
 * is loaded by an article, by a popup asking about any page, and by nothing else; a page cannot
 * load it from the extension's own URL.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { ARTICLE_SCRIPT_FILE } from '../../modules/article-script';
import { launchWithExtension, serveFixtures, type Browser, type Served } from './harness';

/** Counts the page's requests for the article script (made by our content script). */
function countArticleScriptLoads(page: Page): { count: number } {
  const loads = { count: 0 };
  page.on('request', (request) => {
    // Chrome serves the dynamic URL through an internal redirect to the file: one load, two requests.
    if (request.redirectedFrom()) return;
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' && url.pathname === `/${ARTICLE_SCRIPT_FILE}`) loads.count++;
  });
  return loads;
}

/** The content script's first read is over (the bench's measure, entrypoints/content/page-gate.ts). */
async function firstReadDone(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('sourcelight:analysis', 'measure').length > 0, undefined, { timeout: 15000 });
}

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
    const loads = countArticleScriptLoads(page);
    await page.goto(`${served.origin}/real/mozilla-2/source.html`);
    await firstReadDone(page);
    assert.equal(loads.count, 0, 'the pre-check alone runs on a page that is not an article');
    const popup = await openPopupFor(browser, page);
    await popup.getByTestId('state-not-article').waitFor({ timeout: 10000 });
    assert.equal(loads.count, 1, 'the popup asking loads the article script, once');
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
    const loads = countArticleScriptLoads(page);
    await page.goto(`${served.origin}/real/nytimes-1/source.html`);
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-reported'), undefined, { timeout: 15000 });
    assert.equal(loads.count, 1);
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

  test('a page cannot load the article script from the extension\'s URL (it is web-accessible at a dynamic URL only)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${served.origin}/seed/trend-itu-cybercrime.html`);
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 15000 });
    const probe = (url: string): Promise<string> =>
      page.evaluate(
        (src) =>
          new Promise<string>((resolve) => {
            const script = document.createElement('script');
            script.src = src;
            script.onload = () => resolve('loaded');
            script.onerror = () => resolve('refused');
            document.head.append(script);
          }),
        url,
      );
    assert.equal(await probe(`chrome-extension://${browser.extensionId}/${ARTICLE_SCRIPT_FILE}`), 'refused');
    await page.close();
  });

  test('each page carries the measures the bench reads, once each (npm run bench, area 6)', async () => {
    const pages: [string, boolean][] = [['real/mozilla-2/source.html', false], ['seed/trend-itu-cybercrime.html', true]];
    for (const [file, article] of pages) {
      const page = await browser.context.newPage();
      await page.goto(`${served.origin}/${file}`);
      await firstReadDone(page);
      const found = await page.evaluate(() => ({
        counts: ['sourcelight:startup', 'sourcelight:watch', 'sourcelight:analysis'].map((name) => performance.getEntriesByName(name, 'measure').length),
        detail: (performance.getEntriesByName('sourcelight:analysis', 'measure')[0] as PerformanceMeasure).detail as { article?: unknown; mainThreadMs?: unknown },
      }));
      assert.deepEqual(found.counts, [1, 1, 1], file);
      assert.equal(found.detail.article, article, file);
      assert.equal(typeof found.detail.mainThreadMs, 'number', file);
      await page.close();
    }
  });
});
