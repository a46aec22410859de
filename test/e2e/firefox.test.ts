/**
 * End to end in Firefox: the Firefox MV2 build, installed as a temporary add-on in Debian's
 * firefox-esr (puppeteer-core over WebDriver BiDi), highlights the seed story with the CSS Custom
 * Highlight API, draws the underlines Firefox's highlights leave out (the non-colour cue) in an
 * overlay of ours, and applies the reader's highlight colours.
 *
 * The highlight registry is per document, not per JavaScript world: the ranges the content script
 * registers from behind its Xray wrappers are real DOM objects in the page's `CSS.highlights`, so
 * the test reads them from the page's main world with a plain `page.evaluate` (nothing is added
 * to the page for the test). Skipped, with the reason, when /usr/bin/firefox-esr is missing
 * (`.ci/run` installs it).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIXTURES, SCREENSHOTS, serveFixtures, type Served } from './harness';
import {
  FIREFOX,
  adoptedRuleTexts,
  dominantColor,
  ensureFirefoxBuild,
  firstHighlightBox,
  launchFirefox,
  near,
  openExtensionPage,
  overWhite,
  type FirefoxSession,
} from './firefox-harness';

const SEED = '/seed/trend-itu-cybercrime.html';
const gold = JSON.parse(readFileSync(path.join(FIXTURES, 'seed/trend-itu-cybercrime.json'), 'utf8'));
const goldQuotes: { text: string; kind: string }[] = gold.attribution.quotes;
/** The storage key utils/settings.ts uses (`local:highlightColors`). */
const COLORS_KEY = 'highlightColors';

/** The overlay's host element (entrypoints/content/underline-overlay.ts). */
const UNDERLINE_HOST = 'sourcelight-underlines';

const letters = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

const skip = existsSync(FIREFOX) ? false : `no Firefox at ${FIREFOX}: apt-get install -y --no-install-recommends firefox-esr (.ci/run does)`;

describe('seed story in Firefox (firefox-esr) with the extension', { skip }, () => {
  let served: Served;
  let firefox: FirefoxSession;
  let page: Page;

  before(async () => {
    ensureFirefoxBuild();
    served = await serveFixtures();
    firefox = await launchFirefox();
    page = await firefox.browser.newPage();
    await page.goto(served.origin + SEED);
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), { timeout: 15000 });
  });

  after(async () => {
    await firefox?.close();
    await served?.close();
  });

  test('the Firefox build installs as built in this firefox-esr', () => {
    assert.equal(
      firefox.installedPatched,
      null,
      `${firefox.installedPatched}. Debian's firefox-esr must be able to load the build: lower ` +
        `browser_specific_settings.gecko.strict_min_version in wxt.config.ts (the other tests ran on a copy with only that changed)`,
    );
  });

  test('the quotes are registered in CSS.highlights and cover every annotated quote', async () => {
    const names = await page.evaluate(() => [...CSS.highlights.keys()].sort());
    assert.deepEqual(names, ['sourcelight-person', 'sourcelight-quote', 'sourcelight-reported']);
    const quoted = await page.evaluate(() =>
      ['sourcelight-quote', 'sourcelight-reported'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString())),
    );
    const all = letters(quoted.join(' '));
    for (const quote of goldQuotes) assert.ok(all.includes(letters(quote.text)), `not highlighted: ${quote.text.slice(0, 60)}`);
    assert.equal(quoted.length, goldQuotes.length);
    const people = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-person') ?? [])].map((r) => (r as Range).toString()));
    for (const name of ['Orozobek Kayikov', 'Kayikov']) assert.ok(people.includes(name), `person not highlighted: ${name}`);
  });

  test('the highlights are painted (screenshot) and the page DOM is what the server sent, apart from our overlay host', async () => {
    const same = await page.evaluate(async (ours) => {
      const html = await (await fetch(location.href)).text();
      const page = document.documentElement.cloneNode(true) as HTMLElement;
      const hosts = page.querySelectorAll(ours);
      for (const host of hosts) host.remove();
      return hosts.length === 1 && new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML === page.outerHTML;
    }, UNDERLINE_HOST);
    assert.ok(same, 'the page DOM changed, or our underline host is missing');
    const box = await page.evaluate(firstHighlightBox, 'sourcelight-quote');
    assert.ok(box, 'no direct quote has a box');
    const fill = await page.evaluate(dominantColor, Buffer.from(await page.screenshot({ clip: box.document })).toString('base64'));
    assert.ok(near(fill, overWhite('#ffc800', 0.32)), `default quote fill expected, got ${fill}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'firefox-seed.png') });
  });

  test('every line of every highlight gets its underline (solid, dashed, dotted) from the overlay', async () => {
    const check = await page.evaluate((ours) => {
      const root = document.querySelector(ours)?.shadowRoot;
      const boxes = [...(root?.querySelectorAll<HTMLElement>('div[data-kind]') ?? [])].map((box) => ({
        kind: box.dataset.kind!,
        style: getComputedStyle(box).borderBottomStyle,
        rect: box.getBoundingClientRect(),
      }));
      const kinds = { 'sourcelight-quote': 'quote', 'sourcelight-reported': 'reported', 'sourcelight-person': 'person' } as const;
      const missing: string[] = [];
      for (const [name, kind] of Object.entries(kinds)) {
        for (const range of CSS.highlights.get(name) ?? []) {
          // Each line the text sits on: a box of that kind along its bottom edge, across it.
          const lines = [...(range as Range).getClientRects()].filter((r) => r.width > 0);
          for (const line of lines) {
            const under = boxes.some(
              (b) => b.kind === kind && Math.abs(b.rect.bottom - line.bottom) <= 2 && b.rect.left <= line.left + 1 && b.rect.right >= line.right - 1,
            );
            if (!under) missing.push(`${kind}: ${(range as Range).toString().slice(0, 40)}`);
          }
        }
      }
      const styles: Record<string, string[]> = {};
      for (const box of boxes) (styles[box.kind] ??= []).includes(box.style) || styles[box.kind]!.push(box.style);
      return { missing, styles, count: boxes.length };
    }, UNDERLINE_HOST);
    assert.deepEqual(check.missing, [], 'lines without an underline');
    assert.deepEqual(check.styles, { person: ['dotted'], reported: ['dashed'], quote: ['solid'] });

    // On screen: the first direct quote's first line ends in the underline's colour, not the fill.
    const strip = await page.evaluate((ours) => {
      const box = document.querySelector(ours)!.shadowRoot!.querySelector<HTMLElement>('div[data-kind="quote"]')!;
      box.scrollIntoView({ block: 'center' });
      const r = box.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: Math.min(r.width, 300), height: r.height };
    }, UNDERLINE_HOST);
    const line = await page.evaluate(dominantColor, Buffer.from(await page.screenshot({ clip: strip })).toString('base64'));
    assert.ok(near(line, [184, 132, 17]), `solid quote underline expected (rgba(176, 120, 0, 0.9) over the fill), got ${line}`);
  });

  test('the underlines follow the text when the layout of the page moves', async () => {
    const firstQuoteTop = () =>
      page.evaluate((ours) => {
        const line = ([...(CSS.highlights.get('sourcelight-quote') ?? [])][0] as Range).getClientRects()[0]!;
        const box = document.querySelector(ours)!.shadowRoot!.querySelector<HTMLElement>('div[data-kind="quote"]')!.getBoundingClientRect();
        return { text: line.bottom + window.scrollY, line: box.bottom + window.scrollY };
      }, UNDERLINE_HOST);
    const before = await firstQuoteTop();
    assert.equal(await page.evaluate(() => document.body.getAttribute('style')), null);
    await page.evaluate(() => (document.body.style.paddingTop = '120px'));
    await page.waitForFunction(
      (ours, top) => document.querySelector(ours)!.shadowRoot!.querySelector<HTMLElement>('div[data-kind="quote"]')!.getBoundingClientRect().bottom + window.scrollY > top + 100,
      { timeout: 5000 },
      UNDERLINE_HOST,
      before.line,
    );
    const after = await firstQuoteTop();
    await page.evaluate(() => document.body.removeAttribute('style'));
    assert.ok(Math.abs(after.text - before.text - 120) <= 1, `the text moved by ${after.text - before.text}`);
    assert.ok(Math.abs(after.line - after.text) <= 2, `underline at ${after.line}, text bottom at ${after.text}`);
  });

  test('hover card and keys in Firefox: the card names the speaker; ] draws the focus ring (double underline)', async () => {
    // Hit-testing without highlightsFromPoint (Chrome-only): the pointer over the Kayikov quote.
    const point = await page.evaluate(() => {
      const range = [...CSS.highlights.get('sourcelight-quote')!].find((r) => (r as Range).toString().includes('The resolution addresses')) as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const line = range.getClientRects()[0]!;
      return { x: line.left + Math.min(40, line.width / 2), y: line.top + line.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const speaker = () =>
      document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('[data-testid="hover-speaker"]')?.textContent?.trim() ?? null;
    await page.waitForFunction(speaker, { timeout: 5000 });
    assert.equal(await page.evaluate(speaker), 'Orozobek Kayikov');

    await page.mouse.move(5, 5);
    await page.keyboard.press(']');
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-focus'), { timeout: 5000 });
    const focus = await page.evaluate((ours) => {
      const line = ([...CSS.highlights.get('sourcelight-focus')!][0] as Range).getClientRects()[0]!;
      const box = document.querySelector(ours)!.shadowRoot!.querySelector<HTMLElement>('div[data-kind="focus"]');
      const rect = box?.getBoundingClientRect();
      return { style: box ? getComputedStyle(box).borderBottomStyle : null, offBy: rect ? Math.abs(rect.bottom - line.bottom) : null };
    }, UNDERLINE_HOST);
    assert.equal(focus.style, 'double');
    assert.ok(focus.offBy !== null && focus.offBy <= 2, `focus underline ${focus.offBy} px from the quote's first line`);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (ours) => !CSS.highlights.has('sourcelight-focus') && !document.querySelector(ours)!.shadowRoot!.querySelector('div[data-kind="focus"]'),
      { timeout: 5000 },
      UNDERLINE_HOST,
    );
  });

  test('highlights off everywhere removes the highlights and the overlay at once; on brings both back', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    const setEnabled = (value: boolean) =>
      options.evaluate(
        (on) => (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser.storage.local.set({ highlightsEnabled: on }),
        value,
      );
    await setEnabled(false);
    await page.bringToFront();
    await page.waitForFunction((ours) => CSS.highlights.size === 0 && document.querySelector(ours) === null, { timeout: 5000 }, UNDERLINE_HOST);
    await setEnabled(true);
    await page.waitForFunction(
      (ours) => CSS.highlights.has('sourcelight-quote') && (document.querySelector(ours)?.shadowRoot?.querySelectorAll('div[data-kind]').length ?? 0) > 0,
      { timeout: 5000 },
      UNDERLINE_HOST,
    );
    await options.close();
  });

  test('a colour set in extension storage repaints the open page (adopted stylesheet)', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    const red = { quote: '#ff0000', reported: '#ffc800', person: '#3c8cff' };
    await options.evaluate(
      (key, value) => (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser.storage.local.set({ [key]: value }),
      COLORS_KEY,
      red,
    );
    await page.bringToFront();
    await page.waitForFunction(() => document.adoptedStyleSheets.length > 0, { timeout: 5000 });
    const rules = (await page.evaluate(adoptedRuleTexts)).join('\n');
    assert.match(rules, /::highlight\(sourcelight-quote\) \{ background-color: rgba\(255, 0, 0, 0\.32\)/);
    const box = await page.evaluate(firstHighlightBox, 'sourcelight-quote');
    assert.ok(box);
    const fill = await page.evaluate(dominantColor, Buffer.from(await page.screenshot({ clip: box.document })).toString('base64'));
    assert.ok(near(fill, overWhite('#ff0000', 0.32)), `red quote fill expected, got ${fill}`);
    // The overlay's underlines take the reader's colour too (darkened, as the stylesheet's are).
    const underline = await page.evaluate(
      (ours) => getComputedStyle(document.querySelector(ours)!.shadowRoot!.querySelector('div[data-kind="quote"]')!).borderBottomColor,
      UNDERLINE_HOST,
    );
    assert.equal(underline, 'rgba(166, 0, 0, 0.9)');

    // Back to the defaults: our sheet is taken out of the page again.
    await options.evaluate(
      (key, value) => (globalThis as unknown as { browser: { storage: { local: { set(items: object): Promise<void> } } } }).browser.storage.local.set({ [key]: value }),
      COLORS_KEY,
      { ...red, quote: '#ffc800' },
    );
    await page.waitForFunction(() => document.adoptedStyleSheets.length === 0, { timeout: 5000 });
    await options.close();
  });
});
