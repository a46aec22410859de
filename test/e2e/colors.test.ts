/**
 * End to end in Chromium: the reader's highlight colours (the `highlightColors` setting, written
 * by the options page) repaint the highlights in an open page, without changing its DOM. The
 * colours live in a constructed stylesheet the content script adopts (document.adoptedStyleSheets);
 * the fill of a direct quote is read back from a screenshot, since highlight pseudo-elements
 * have no computed style to read (pixel helpers shared with the Firefox test, ./firefox-harness.ts).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type Browser, type Served } from './harness';
import { adoptedRuleTexts, dominantColor, firstHighlightBox, near, overWhite, type Rgb } from './firefox-harness';

const SEED = '/seed/trend-itu-cybercrime.html';
/** The storage key utils/settings.ts uses (`local:highlightColors`). */
const KEY = 'highlightColors';
const RED = { quote: '#ff0000', reported: '#ffc800', person: '#3c8cff' };
const DEFAULTS = { quote: '#ffc800', reported: '#ffc800', person: '#3c8cff' };

/** Writes the setting from the service worker, as the options page's storage write does. */
async function setColors(browser: Browser, colors: object): Promise<void> {
  await browser.worker.evaluate(
    async ([key, value]) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
      await api.storage.local.set({ [key as string]: value });
    },
    [KEY, colors] as const,
  );
}

/**
 * The most common colour in the box of the first direct quote's first line: the highlight's fill
 * blended over the page. The screenshot is decoded in a second, blank page so the article page
 * is not touched. (Playwright's clip is in viewport coordinates.)
 */
async function quoteFill(page: Page, decoder: Page): Promise<Rgb> {
  const box = await page.evaluate(firstHighlightBox, 'sourcelight-quote');
  assert.ok(box, 'no direct quote painted');
  const png = await page.screenshot({ clip: box.viewport });
  return decoder.evaluate(dominantColor, png.toString('base64'));
}

const adoptedRules = (page: Page): Promise<string[]> => page.evaluate(adoptedRuleTexts);

describe('highlight colours in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let decoder: Page;

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    decoder = await browser.context.newPage();
    await page.goto(served.origin + SEED);
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), undefined, { timeout: 15000 });
    await page.bringToFront();
  });

  after(async () => {
    // Leave the profile's storage as found for anything that runs later in this browser.
    if (browser) await setColors(browser, DEFAULTS).catch(() => undefined);
    await browser?.close();
    await served?.close();
  });

  test('default colours: nothing adopted, the quote filled with the default yellow', async () => {
    assert.deepEqual(await adoptedRules(page), []);
    const fill = await quoteFill(page, decoder);
    assert.ok(near(fill, overWhite('#ffc800', 0.32)), `default fill is ${fill}`);
  });

  test('a new quote colour repaints the open page, the DOM unchanged', async () => {
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await setColors(browser, RED);
    await page.waitForFunction(() =>
      document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('sourcelight-quote'))),
    );
    const rules = (await adoptedRules(page)).join('\n');
    assert.match(rules, /::highlight\(sourcelight-quote\) \{ background-color: rgba\(255, 0, 0, 0\.32\)/);
    // Only colours are overridden: the underline styles (the non-colour cue) stay in highlights.css.
    assert.doesNotMatch(rules, /text-decoration(-line|-style)?:/);
    await page.bringToFront();
    const fill = await quoteFill(page, decoder);
    assert.ok(near(fill, overWhite('#ff0000', 0.32)), `red fill expected, got ${fill}`);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
    assert.ok(await page.evaluate(() => CSS.highlights.has('sourcelight-quote')));
  });

  test('a damaged stored colour falls back to its default, never into the CSS', async () => {
    await setColors(browser, { quote: 'red; } body { display: none', reported: '#00ff00', person: '#3c8cff' });
    await page.waitForFunction(() =>
      document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('rgba(0, 255, 0, 0.16)'))),
    );
    const rules = (await adoptedRules(page)).join('\n');
    assert.doesNotMatch(rules, /display|body|red/);
    // The damaged quote colour is the default again, which highlights.css paints: no rule for it.
    assert.doesNotMatch(rules, /sourcelight-quote/);
    assert.match(rules, /::highlight\(sourcelight-reported\)/);
  });

  test('back to the defaults: our sheet is taken out again', async () => {
    await setColors(browser, DEFAULTS);
    await page.waitForFunction(() => document.adoptedStyleSheets.length === 0);
    await page.bringToFront();
    const fill = await quoteFill(page, decoder);
    assert.ok(near(fill, overWhite('#ffc800', 0.32)), `default fill is ${fill}`);
  });
});
