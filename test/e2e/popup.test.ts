/**
 * End to end on the seed story, the popup and options page in depth: no axe-core violations
 * (light and dark), every citation style copied from the real popup and read back from the
 * clipboard, edited fields remembered per URL, a quote copied with its text-fragment link, that
 * link scrolling Chromium to the passage, the export downloaded, and the quote list by keyboard.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CITATION_STYLES, formatCitation, formatQuoteCitation, textFragmentUrl } from '../../lib/cite';
import type { Analysis } from '../../lib/types';
import { ROOT, launchWithExtension, serveFixtures, tabIdFor, type Browser, type Served } from './harness';

const SEED = '/seed/trend-itu-cybercrime.html';
const TITLE = 'ITU advocates for global initiative to fight cybercrime';
const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Lets `page.addScriptTag` inject axe-core: extension pages forbid inline scripts
 * (`script-src 'self'`). Must be called before the page is loaded.
 */
async function allowInjectedScripts(browser: Browser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Page.setBypassCSP', { enabled: true });
}

/** Runs axe-core in `page` (WCAG 2.x A/AA and best practices) and returns its violations. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // A run that checked nothing (axe not really loaded, an empty page) must not pass as clean.
    if (result.passes.length < 10) throw new Error(`axe-core checked only ${result.passes.length} rules`);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`).join('\n');
}

describe('popup and options page in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let url: string;
  let tabId: number;
  let analysis: Analysis;

  async function openPopup(forAxe = false): Promise<Page> {
    const popup = await browser.context.newPage();
    if (forAxe) await allowInjectedScripts(browser, popup);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('card-title').waitFor();
    return popup;
  }

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    url = served.origin + SEED;
    await page.goto(url);
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), undefined, { timeout: 15000 });
    tabId = await tabIdFor(browser.worker, TITLE);
    analysis = await browser.worker.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<{ analysis: unknown }> } } }).chrome;
      return (await api.tabs.sendMessage(id, { source: 'sourcelight', type: 'get-analysis' })).analysis;
    }, tabId) as Analysis;
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations in the popup on the seed (${scheme})`, async () => {
      const popup = await openPopup(true);
      await popup.emulateMedia({ colorScheme: scheme });
      // Open the citation fields too, so their inputs are checked.
      await popup.getByText('Edit details').click();
      const violations = await axeViolations(popup);
      assert.equal(violations.length, 0, describeViolations(violations));
      await popup.close();
    });

    test(`axe-core finds no violations in the options page (${scheme})`, async () => {
      const options = await browser.context.newPage();
      await allowInjectedScripts(browser, options);
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByTestId('options-style').waitFor();
      const violations = await axeViolations(options);
      assert.equal(violations.length, 0, describeViolations(violations));
      await options.close();
    });
  }

  test('every citation style is copied from the popup as the templates format it', async () => {
    const popup = await openPopup();
    for (const { id } of CITATION_STYLES) {
      await popup.getByTestId('style-picker').selectOption(id);
      await popup.evaluate(() => navigator.clipboard.writeText(''));
      await popup.getByTestId('copy-citation').click();
      await popup.getByTestId('copy-status').filter({ hasText: 'Copied' }).waitFor();
      const pasted = await popup.evaluate(() => navigator.clipboard.readText());
      assert.equal(pasted, formatCitation(analysis.citation.csl, id).text, id);
      // The rich flavour carries the italics.
      const html = await popup.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return item?.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
      });
      if (id === 'apa') assert.match(html, /<i>Trend<\/i>/);
    }
    await popup.getByTestId('style-picker').selectOption('apa');
    await popup.close();
  });

  test('an edited field is used, remembered for the URL, and reset to the page data', async () => {
    let popup = await openPopup();
    await popup.getByText('Edit details').click();
    await popup.getByTestId('field-title').fill('A corrected title');
    await popup.getByTestId('copy-citation').click();
    await popup.getByTestId('copy-status').filter({ hasText: 'Copied' }).waitFor();
    assert.match(await popup.evaluate(() => navigator.clipboard.readText()), /\(2014, December 18\)\. A corrected title\. Trend\./);
    await popup.close();

    popup = await openPopup();
    await popup.getByTestId('field-title').waitFor({ state: 'attached' });
    assert.equal(await popup.getByTestId('field-title').inputValue(), 'A corrected title');
    await popup.getByTestId('reset-fields').click();
    assert.equal(await popup.getByTestId('field-title').inputValue(), TITLE);
    await popup.getByTestId('copy-citation').click();
    await popup.getByTestId('copy-status').filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await popup.evaluate(() => navigator.clipboard.readText()), formatCitation(analysis.citation.csl, 'apa').text);
    await popup.close();
  });

  test('a quote is copied with its speaker, the citation and a text-fragment link', async () => {
    const popup = await openPopup();
    const quote = analysis.quotes.find((q) => q.kind === 'direct' && q.text.startsWith('The resolution addresses'));
    assert.ok(quote, 'the seed has the direct quote');
    await popup.locator(`[data-testid="copy-quote"][data-quote-id="${quote.id}"]`).click();
    await popup.getByTestId('copy-quote-status').filter({ hasText: 'copied' }).waitFor();
    const pasted = await popup.evaluate(() => navigator.clipboard.readText());
    assert.equal(pasted, formatQuoteCitation(quote, analysis.citation.csl, 'apa', analysis.article.text).text);
    assert.match(pasted, /^“The resolution addresses .*,” Orozobek Kayikov, .* told Trend \(Veliyev, 2014\)\./);
    assert.ok(
      pasted.endsWith(
        'https://en.trend.az/business/it/2345678.html#:~:text=The%20resolution%20addresses%20the%20issues%20of%20security%20of%20citizens%2C%20regions%2C%20countries%20and%20the%20whole%20world',
      ),
      pasted,
    );
    await popup.close();
  });

  test('the text-fragment link scrolls Chromium to each quoted passage', async () => {
    // The served page stands in for the canonical URL; the fragment is what is under test.
    for (const quote of analysis.quotes) {
      const link = textFragmentUrl(url, quote.text, analysis.article.text, quote.start);
      const reader = await browser.context.newPage();
      await reader.setViewportSize({ width: 1280, height: 500 });
      await reader.goto(link);
      const words = quote.text.replace(/[“”"]/g, '').split(/\s+/).slice(0, 4).join(' ');
      const seen = await reader
        .waitForFunction(
          (start) => {
            if (window.scrollY <= 0) return false;
            // The block whose text contains the passage's first words, and whether it is on screen.
            const blocks = [...document.querySelectorAll('p, li, blockquote, div')].filter(
              (el) => el.children.length === 0 || el.tagName === 'P',
            );
            const block = blocks.find((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(start));
            if (!block) return false;
            const box = block.getBoundingClientRect();
            return box.bottom > 0 && box.top < window.innerHeight;
          },
          words,
          { timeout: 5000 },
        )
        .then(() => true, () => false);
      assert.ok(seen, `not scrolled to “${words}…” by ${link}`);
      await reader.close();
    }
  });

  test('the quotes are exported as a Markdown file with their links', async () => {
    const popup = await openPopup();
    await popup.getByTestId('export-format').selectOption('markdown');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-quotes').click()]);
    assert.match(download.suggestedFilename(), /^sourcelight-quotes-itu-advocates.*\.md$/);
    const file = await download.path();
    const markdown = readFileSync(file, 'utf8');
    assert.match(markdown, /^# Quotes in “ITU advocates for global initiative to fight cybercrime”/);
    assert.equal((markdown.match(/#:~:text=/g) ?? []).length, analysis.quotes.length);
    await popup.close();
  });

  test('the quote list works by keyboard alone', async () => {
    const popup = await openPopup();
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = popup.getByTestId('quote-button').last();
    await first.focus();
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => window.scrollY > 0, undefined, { timeout: 5000 });
    // Tab reaches the quote's copy button next.
    await popup.keyboard.press('Tab');
    assert.equal(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'copy-quote');
    await popup.close();
  });
});
