/**
 * End to end: the extension is updated or removed while an article stays open (issue 6, "after an
 * extension update: context invalidated handled quietly"). Chrome leaves the old content script
 * running in the page, orphaned: every extension call throws. The reader must not notice anything
 * but the highlights going away: the next key or pointer move finds out (the context's
 * `isInvalid`, entrypoints/content/script-context.ts), the highlights and the card's host are
 * removed, the reader's keys reach the page untouched, and nothing is logged as an error.
 *
 * `chrome.runtime.reload()` from the service worker stands in for the update: an extension loaded
 * from the command line is unloaded by it for good, which orphans the content script the same way.
 * So this file has its own browser.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConsoleMessage, Page } from 'playwright-core';
import { CARD_HOST_TAG } from '../../components/hover-card/shadow-card';
import { launchWithExtension, serveFixtures, type Browser, type Served } from './harness';

const SEED = '/seed/trend-itu-cybercrime.html';

/** What the page's own listener saw of each `]` and `[`: was the key already handled (prevented)? */
async function recordKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { seenKeys: boolean[] }).seenKeys = seen;
    // Added after the content script's listener on the same target and phase, so it runs after it.
    window.addEventListener('keydown', (event) => {
      if (event.key === ']' || event.key === '[') seen.push(event.defaultPrevented);
    });
  });
}

const seenKeys = (page: Page): Promise<boolean[]> => page.evaluate(() => (window as unknown as { seenKeys: boolean[] }).seenKeys);
const cardHosts = (page: Page): Promise<number> => page.evaluate((tag) => document.getElementsByTagName(tag).length, CARD_HOST_TAG);

describe('an open article after the extension is updated or removed', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('console', (message: ConsoleMessage) => {
      // The fixture server has no favicon: that 404 is the page's, not ours.
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${served.origin}${SEED}`);
    await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 15000 });
    await recordKeys(page);
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('while the extension is there, `]` is ours: it opens the card and the page sees it handled', async () => {
    await page.keyboard.press(']');
    await page.getByTestId('hover-card').waitFor();
    assert.deepEqual(await seenKeys(page), [true]);
    await page.keyboard.press('Escape');
    await page.getByTestId('hover-card').waitFor({ state: 'detached' });
    assert.equal(await cardHosts(page), 1, 'the card host stays in the page while the extension runs');
  });

  test('once it is gone, the next key removes everything and reaches the page untouched', async () => {
    const closed = new Promise<void>((resolve) => browser.worker.once('close', () => resolve()));
    await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await closed;
    assert.ok((await page.evaluate(() => CSS.highlights.size)) > 0, 'nothing has told the orphaned script yet');

    await page.keyboard.press(']');
    await page.waitForFunction(() => CSS.highlights.size === 0, undefined, { timeout: 5000 });
    assert.deepEqual(await seenKeys(page), [true, false], 'the key after the removal is not prevented');
    assert.equal(await page.getByTestId('hover-card').count(), 0, 'no card opens');
    assert.equal(await cardHosts(page), 0, 'the card host is removed');
  });

  test('the page changing afterwards wakes nothing, and nothing was logged as an error', async () => {
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = '"A late paragraph with a quote in it, long enough to look like story text," said Kayikov. '.repeat(4);
      document.body.append(paragraph);
    });
    // The page watcher re-reads a changed page after 400 ms of quiet, at an idle moment.
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
    await page.keyboard.press(']');
    assert.deepEqual(await seenKeys(page), [true, false, false]);
    assert.deepEqual(errors, []);
  });
});
