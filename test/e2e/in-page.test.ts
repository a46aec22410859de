/**
 * End to end, in the page: the built extension in Chromium on real saved pages and on the seed.
 *   - The page is not changed: on 13 real news pages and the seed, highlights are present and on
 *     the quotes the content script reports, the serialised DOM equals that of the same page in a
 *     browser without the extension, and the scroll position stays put.
 *   - The hover card (shadow root): the Kayikov direct quote shows the resolved speaker, title,
 *     kind and cue; it never covers the quote; page CSS cannot reach it; "Copy quote with
 *     citation" fills the clipboard.
 *   - Keyboard: `]` / `[` move the focus ring and open the card, not while typing in a field;
 *     Escape clears.
 *   - The popup's global switch removes every highlight at once and brings them back.
 *   - A change of the address's fragment alone reads nothing again; another address does.
 *   - A single-page app (test/fixtures/spa/): late content, pushState navigation, a re-render.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser as PlainBrowser, type BrowserContext, type Page } from 'playwright-core';
import { FIXTURES, SCREENSHOTS, launchWithExtension, serveFixtures, type Browser, type Served } from './harness';

const SEED = '/seed/trend-itu-cybercrime.html';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HIGHLIGHT_QUOTE = 'sourcelight-quote';
const HIGHLIGHT_REPORTED = 'sourcelight-reported';
const HIGHLIGHT_FOCUS = 'sourcelight-focus';

/**
 * The real pages of test/fixtures/real this test opens (served as /real/<slug>/source.html): the
 * first 13 article pages. The other 13 fixtures (nytimes-3, yahoo-2, …) would add about 65 s, and
 * herald-sun-1 has no quote found today, so nothing to highlight; analyze-real.test.ts covers them.
 */
const IN_PAGE = [
  'nytimes-1', 'wapo-1', 'bbc-1', 'cnn', 'seattletimes-1', 'telegraph',
  'detroitnews-7de5241947a5', 'ap-berkshireeagle-82b6d780c792', 'nbcnews-7a457a4f7173', 'venturebeat-06e5123e4ef7',
  'crn-291a8bf33ee4', 'albawaba-833caf3bdba5', 'usatoday-776a1c046798',
];
const indexed = new Set((JSON.parse(readFileSync(path.join(FIXTURES, 'real/index.json'), 'utf8')) as { slug: string }[]).map((e) => e.slug));
assert.deepEqual(IN_PAGE.filter((slug) => !indexed.has(slug)), [], 'every IN_PAGE slug is a fixture in real/index.json');

const letters = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

interface ReportedQuote {
  id: string;
  kind: string;
  text: string;
  speaker: { name: string | null } | null;
}

/** The content script's analysis of the one http page open, asked from the service worker. */
async function reportedQuotes(browser: Browser): Promise<ReportedQuote[]> {
  return browser.worker.evaluate(async () => {
    interface TabsApi {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, message: object): Promise<{ status?: string; analysis?: { quotes: unknown[] } } | null>;
    }
    const api = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await api.tabs.sendMessage(tab.id, { source: 'sourcelight', type: 'get-analysis' }).catch(() => null);
      if (answer?.status === 'ok' && answer.analysis) return answer.analysis.quotes as never;
    }
    throw new Error('no tab answered with an analysis');
  });
}

/** Texts of the ranges registered under a highlight name, read in the page. */
function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((r) => (r as Range).toString()) : [];
  }, name);
}

function waitForHighlights(page: Page, timeout = 15000): Promise<unknown> {
  return page.waitForFunction(
    ([q, r]) => (CSS.highlights.get(q!)?.size ?? 0) + (CSS.highlights.get(r!)?.size ?? 0) > 0,
    [HIGHLIGHT_QUOTE, HIGHLIGHT_REPORTED],
    { timeout },
  );
}

/** The page's serialised DOM without our one shadow host (absent unless a card was opened). */
function serialisedDom(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    for (const host of copy.querySelectorAll('sourcelight-card')) host.remove();
    return copy.outerHTML;
  });
}

/**
 * Real pages keep their `<script>` tags, which cannot load offline and whose inline parts may
 * rewrite the DOM differently from one load to the next. Both browsers get the page with a
 * `script-src 'none'` CSP (which is also the "strict CSP" case: our content script and styles
 * must not need the page's permission), so only the extension could change the DOM.
 */
async function blockPageScripts(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    // Only the web: the extension's own files (its article script) are not the page's requests.
    (url) => url.protocol.startsWith('http') && url.origin !== origin,
    (route) => route.abort(),
  );
  await context.route(`${origin}/**/*.html`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
  });
}

/** Where two serialisations first differ, for a readable failure. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 120))} vs ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 120))}`;
}

function screenshot(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}

describe('real pages are left exactly as they were', () => {
  let served: Served;
  let browser: Browser;
  let plain: PlainBrowser;
  let plainContext: BrowserContext;

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    await blockPageScripts(browser.context, served.origin);
    plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    await blockPageScripts(plainContext, served.origin);
  });

  after(async () => {
    await browser?.close();
    await plain?.close();
    await served?.close();
  });

  const pages = [...IN_PAGE.map((slug) => `/real/${slug}/source.html`), SEED];
  assert.ok(pages.length >= 11);
  for (const pagePath of pages) {
    test(`${pagePath.endsWith('/source.html') ? pagePath.split('/').at(-2) : path.basename(pagePath)}: highlights on the reported quotes, DOM and scroll unchanged`, async () => {
      const url = served.origin + pagePath;
      const page = await browser.context.newPage();
      const baseline = await plainContext.newPage();
      try {
        await page.goto(url);
        await waitForHighlights(page);
        const quotes = await reportedQuotes(browser);
        assert.ok(quotes.length > 0, 'the content script reports quotes');

        // Each highlight range holds the quote the content script reports, in order, per style.
        const direct = await highlightTexts(page, HIGHLIGHT_QUOTE);
        const reported = await highlightTexts(page, HIGHLIGHT_REPORTED);
        const pairs: [string[], ReportedQuote[]][] = [
          [direct, quotes.filter((q) => q.kind === 'direct')],
          [reported, quotes.filter((q) => q.kind !== 'direct')],
        ];
        for (const [ranges, expected] of pairs) {
          assert.equal(ranges.length, expected.length, 'one range per quote');
          ranges.forEach((text, i) =>
            assert.ok(letters(text).includes(letters(expected[i]!.text)), `range ${i} "${text.slice(0, 50)}" ≠ "${expected[i]!.text.slice(0, 50)}"`),
          );
        }

        // The DOM is what the same page gives without the extension; the page did not scroll.
        await baseline.goto(url);
        const [withExtension, without] = [await serialisedDom(page), await serialisedDom(baseline)];
        assert.ok(withExtension === without, firstDifference(withExtension, without));
        assert.deepEqual(await page.evaluate(() => [window.scrollX, window.scrollY]), [0, 0]);
      } finally {
        await page.close();
        await baseline.close();
      }
    });
  }
});

describe('hover card, keyboard and switches on the seed', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(served.origin + SEED);
    await waitForHighlights(page);
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  /** Viewport boxes of the direct quote containing `needle`: its first line and the whole quote. */
  const quoteBoxes = (needle: string) =>
    page.evaluate((n) => {
      const range = [...CSS.highlights.get('sourcelight-quote')!].find((r) => (r as Range).toString().includes(n)) as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const line = range.getClientRects()[0]!;
      const all = range.getBoundingClientRect();
      return { x: line.left + Math.min(40, line.width / 2), y: line.top + line.height / 2, quote: all.toJSON() as DOMRect };
    }, needle);

  test('hovering the Kayikov direct quote shows who said it, how, and never covers the quote', async () => {
    const { x, y, quote } = await quoteBoxes('The resolution addresses');
    await page.mouse.move(x, y);
    const card = page.getByTestId('hover-card');
    await card.waitFor({ timeout: 5000 });
    assert.equal((await page.getByTestId('hover-speaker').textContent())?.trim(), 'Orozobek Kayikov');
    assert.match((await page.getByTestId('hover-title').textContent()) ?? '', /head of the zonal office/);
    assert.equal((await page.getByTestId('hover-kind').textContent())?.trim(), 'direct');
    assert.match((await page.getByTestId('hover-cue').textContent()) ?? '', /said/);
    assert.match((await page.getByTestId('hover-resolution').textContent()) ?? '', /surname/i);
    const box = (await card.boundingBox())!;
    const overlaps = box.x < quote.right && box.x + box.width > quote.left && box.y < quote.bottom && box.y + box.height > quote.top;
    assert.ok(!overlaps, 'the card does not cover the quote');
    // Our one addition to the page: a host directly under <html>, everything else as served.
    const dom = await page.evaluate(async () => {
      const fresh = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const hosts = document.querySelectorAll('html > sourcelight-card').length;
      return { hosts, served: fresh.documentElement.outerHTML };
    });
    assert.equal(dom.hosts, 1, 'one card host, under <html>');
    const now = await serialisedDom(page);
    assert.ok(now === dom.served, `DOM unchanged apart from the card host: ${firstDifference(now, dom.served)}`);
    // After the DOM check: Playwright's screenshot leaves style="" on inputs (it hides the caret).
    await page.screenshot({ path: screenshot('hover-card.png') });
  });

  test('page CSS does not reach into the card', async () => {
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.id = 'hostile';
      // Visibility and colour only: a rule that changed the page's layout would scroll it, which closes the card.
      style.textContent = 'div, span, button, dd, dt, p { color: rgb(255, 0, 0) !important; visibility: hidden !important; }';
      document.head.appendChild(style);
    });
    const speaker = page.getByTestId('hover-speaker');
    assert.ok(await speaker.isVisible());
    const color = await speaker.evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(color, 'rgb(255, 0, 0)');
    await page.evaluate(() => document.getElementById('hostile')?.remove());
  });

  test('"Copy quote with citation" puts the quote, its speaker and the citation on the clipboard', async () => {
    await page.getByTestId('hover-copy').click();
    await page.getByTestId('hover-copy-status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /^“The resolution addresses the issues of security/);
    assert.match(copied, /Orozobek Kayikov/);
    assert.match(copied, /Veliyev, 2014/);
  });

  test('Escape closes the card; moving the pointer off the quote closes it too', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('hover-card').waitFor({ state: 'detached' });
    const { x, y } = await quoteBoxes('The resolution addresses');
    await page.mouse.move(x, y);
    await page.getByTestId('hover-card').waitFor();
    await page.mouse.move(5, 5);
    await page.getByTestId('hover-card').waitFor({ state: 'detached' });
  });

  const focusText = () => highlightTexts(page, HIGHLIGHT_FOCUS).then((texts) => texts[0] ?? null);

  test('] and [ move the focus ring between quotes and open the card; Escape clears', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(5, 5);
    const quotes = await reportedQuotes(browser);
    await page.keyboard.press(']');
    await page.waitForFunction((name) => CSS.highlights.has(name), HIGHLIGHT_FOCUS);
    const first = await focusText();
    assert.ok(first && letters(first).includes(letters(quotes[0]!.text)), `first quote focused: ${first}`);
    await page.getByTestId('hover-card').waitFor();
    await page.keyboard.press(']');
    await page.waitForFunction(([name, before]) => [...(CSS.highlights.get(name!) ?? [])][0]?.toString() !== before, [HIGHLIGHT_FOCUS, first]);
    assert.ok(letters((await focusText())!).includes(letters(quotes[1]!.text)));
    assert.equal(await page.getByTestId('hover-card').getAttribute('data-quote'), quotes[1]!.id);
    await page.keyboard.press('[');
    await page.waitForFunction(([name, want]) => [...(CSS.highlights.get(name!) ?? [])][0]?.toString() === want, [HIGHLIGHT_FOCUS, first]);
    await page.keyboard.press('Escape');
    await page.waitForFunction((name) => !CSS.highlights.has(name), HIGHLIGHT_FOCUS);
    await page.getByTestId('hover-card').waitFor({ state: 'detached' });
  });

  test('the keys do nothing while the reader types in a field, or with a modifier', async () => {
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      document.body.prepend(input);
    });
    await page.focus('#typing');
    await page.keyboard.type('a]b[c');
    assert.equal(await page.inputValue('#typing'), 'a]b[c');
    assert.equal(await page.evaluate((name) => CSS.highlights.has(name), HIGHLIGHT_FOCUS), false);
    await page.evaluate(() => {
      document.getElementById('typing')?.remove();
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await page.keyboard.press('Control+]');
    await page.keyboard.press('Alt+]');
    assert.equal(await page.evaluate((name) => CSS.highlights.has(name), HIGHLIGHT_FOCUS), false);
  });

  test('the popup\'s global switch removes every highlight at once, and brings them back', async () => {
    const tabId = await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      return Math.max(...(await api.tabs.query({})).map((t) => t.id ?? 0));
    });
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    const toggle = popup.getByTestId('toggle-global');
    await toggle.waitFor();
    await toggle.uncheck();
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await toggle.check();
    await page.waitForFunction(
      ([q, r]) => CSS.highlights.has(q!) && CSS.highlights.has(r!) && CSS.highlights.has('sourcelight-person'),
      [HIGHLIGHT_QUOTE, HIGHLIGHT_REPORTED],
    );
    await popup.close();
  });

  test('following a link to a part of the story reads nothing again; a move to another address does', async () => {
    // Each paint makes new Highlight objects: the same object afterwards means no repaint.
    await page.evaluate((name) => {
      (window as unknown as { painted: unknown }).painted = CSS.highlights.get(name);
    }, HIGHLIGHT_QUOTE);
    const samePaint = () => page.evaluate((name) => CSS.highlights.get(name) === (window as unknown as { painted: unknown }).painted, HIGHLIGHT_QUOTE);
    await page.evaluate(() => (location.hash = '#comments'));
    // The watcher would read again after 400 ms of quiet, at an idle moment.
    await page.waitForTimeout(1500);
    assert.equal(await samePaint(), true, 'a change of fragment alone repainted the highlights');
    const start = await page.evaluate(() => location.href);
    await page.evaluate(() => history.pushState(null, '', '/seed/the-same-story-elsewhere'));
    await page.waitForFunction(
      (name) => CSS.highlights.has(name) && CSS.highlights.get(name) !== (window as unknown as { painted: unknown }).painted,
      HIGHLIGHT_QUOTE,
      { timeout: 10000 },
    );
    await page.evaluate((url) => history.replaceState(null, '', url), start);
  });
});

describe('a single-page app: late content, soft navigation, re-render', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('a story that arrives after load is analysed and highlighted', async () => {
    await page.goto(`${served.origin}/spa/index.html`);
    await waitForHighlights(page);
    const texts = letters((await highlightTexts(page, HIGHLIGHT_QUOTE)).join(' '));
    assert.ok(texts.includes(letters('The resolution addresses the issues of security')));
  });

  test('pushState to another story re-analyses it', async () => {
    await page.evaluate(() => (window as unknown as { spaNavigate(p: string): Promise<void> }).spaNavigate('/spa/story-2'));
    await page.waitForFunction(
      (name) => [...(CSS.highlights.get(name) ?? [])].some((r) => /Sudan/.test((r as Range).toString())) ,
      HIGHLIGHT_REPORTED,
      { timeout: 10000 },
    );
    const all = [...(await highlightTexts(page, HIGHLIGHT_QUOTE)), ...(await highlightTexts(page, HIGHLIGHT_REPORTED))];
    assert.ok(!all.some((t) => t.includes('The resolution addresses')), 'nothing left of the first story');
    const quotes = await reportedQuotes(browser);
    assert.ok(quotes.some((q) => q.speaker?.name === 'Eric Reeves'), 'the new story\'s speakers');
  });

  test('a re-render with the same text re-anchors the highlights to the new nodes', async () => {
    const before = await highlightTexts(page, HIGHLIGHT_REPORTED);
    await page.evaluate(() => (window as unknown as { spaRerender(): void }).spaRerender());
    // The old ranges pointed at nodes that are gone; wait until every range is in the page again.
    await page.waitForFunction(
      (name) => {
        const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
        // (Ranges on removed nodes collapse to the parent: connected but empty.)
        return ranges.length > 0 && ranges.every((r) => !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected);
      },
      HIGHLIGHT_REPORTED,
      { timeout: 10000 },
    );
    assert.deepEqual(await highlightTexts(page, HIGHLIGHT_REPORTED), before);
  });
});

describe('keyboard navigation on a story whose text sits straight in one tall element', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    await blockPageScripts(browser.context, served.origin);
    page = await browser.context.newPage();
    // AppleInsider (test/fixtures/README.md, layouts/): centring the quote's element, several
    // screens tall, would leave the quote off screen.
    await page.goto(`${served.origin}/layouts/appleinsider-65bf3048b500/source.html`);
    await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, HIGHLIGHT_REPORTED, { timeout: 15000 });
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  test('each ] brings its quote into the middle of the window, with its card, which stays open', async () => {
    const tall = await page.evaluate((name) => {
      const range = [...(CSS.highlights.get(name) ?? [])][0] as Range;
      return range.startContainer.parentElement!.getBoundingClientRect().height / window.innerHeight;
    }, HIGHLIGHT_REPORTED);
    assert.ok(tall > 2, `the quote's element is several screens tall (${tall.toFixed(1)} windows)`);
    const quotes = await reportedQuotes(browser);
    assert.ok(quotes.length >= 3, `three quotes at least (${quotes.length})`);
    for (const quote of quotes.slice(0, 3)) {
      await page.keyboard.press(']');
      // The card opens once the scroll has ended, on the focused quote.
      await page.locator(`[data-testid="hover-card"][data-quote="${quote.id}"]`).waitFor();
      const box = await page.evaluate((name) => {
        const rect = ([...(CSS.highlights.get(name) ?? [])][0] as Range).getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
      }, HIGHLIGHT_FOCUS);
      assert.ok(box.top >= 0 && box.bottom <= box.height, `"${quote.text.slice(0, 40)}…" is on screen: ${JSON.stringify(box)}`);
      // …and it stays open: a card opened before a long smooth scroll ended was closed by it.
      await page.waitForTimeout(1000);
      assert.equal(await page.locator(`[data-testid="hover-card"][data-quote="${quote.id}"]`).count(), 1, 'the card is still open');
    }
  });
});
