/**
 * The extension makes no network request (issue 8). Every request from each of its contexts is
 * recorded while it starts, analyses the seed and three real pages, shows the hover card, and
 * while the popup and options page are used; the test fails on any that is the extension's:
 *   - service worker: any URL but its own files (Playwright reports worker requests in Chromium);
 *   - popup and options page: any URL but the extension's own files, data: and blob:;
 *   - the pages: a request a script started (the pages' own scripts are blocked by CSP here, so a
 *     script can only be the content script), one whose initiator is chrome-extension://, and any
 *     URL outside the fixture server that the same page does not request in a Chromium without
 *     the extension (real pages reference their own images and fonts: those are the page's).
 *     The extension's own web-accessible files (the article script the content script imports,
 *     at Chrome's per-session dynamic URL) are files of the extension, not network requests.
 * Requests leaving 127.0.0.1 are aborted, so nothing reaches the internet either way. At the end,
 * a request made on purpose from each context proves the recorder sees it.
 *
 * Not recorded: the service worker's very first run, which happens while Chromium starts, before
 * a listener can be attached (chrome.runtime.reload() unloads an extension loaded from the command
 * line for good). The last test covers it statically: the built code calls no network API.
 */
import { after, before, describe, test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium, type Browser as PlainBrowser, type BrowserContext, type CDPSession, type Page, type Request, type Worker } from 'playwright-core';
import { DIST, launchWithExtension, serveFixtures, tabIdFor, type Browser, type Served } from './harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEED = { path: '/seed/trend-itu-cybercrime.html', title: 'ITU advocates for global initiative to fight cybercrime' };
const REAL = ['/real/nytimes-1/source.html', '/real/bbc-1/source.html', '/real/usatoday-776a1c046798/source.html'];
/** One of the manifest's web-accessible files at Chrome's dynamic URL (an id of the session, a GUID). */
function webAccessible(url: string): boolean {
  const match = /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/(.+)$/.exec(url);
  if (!match) return false;
  const manifest = JSON.parse(readFileSync(path.join(DIST, 'manifest.json'), 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
  return (manifest.web_accessible_resources ?? []).some((entry) => entry.resources.includes(match[1]!));
}

/** Nothing listens on port 9 (discard): a probe request is refused at once, after it was seen. */
const PROBE = 'http://127.0.0.1:9/sourcelight-probe';

interface Seen {
  /** Which context: "service worker", "extension page <url>", "page <url>". */
  where: string;
  url: string;
  /** CDP initiator of a page's request: its type and every URL in it (script stack included). */
  initiator?: { type: string; urls: string[] };
}

/** Blocks the pages' scripts (`script-src 'none'`, as in-page.test.ts) and every request off 127.0.0.1:PORT. */
async function isolate(context: BrowserContext, origin: string): Promise<void> {
  await context.route(
    (url) => url.protocol.startsWith('http') && url.origin !== origin,
    (route) => route.abort(),
  );
  await context.route(`${origin}/**/*.html`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" } });
  });
}

function initiatorUrls(initiator: { url?: string; stack?: CallStack }): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack: CallStack | undefined = initiator.stack; stack; stack = stack.parent) urls.push(...stack.callFrames.map((f) => f.url));
  return urls;
}
interface CallStack {
  callFrames: { url: string }[];
  parent?: CallStack;
}

describe('no network request from the extension', () => {
  let served: Served;
  let browser: Browser;
  let worker: Worker;
  let plain: PlainBrowser;
  let plainContext: BrowserContext;
  const seen: Seen[] = [];
  /** External URLs each page requests without the extension. */
  const baseline = new Map<string, Set<string>>();
  const tabs: { page: Page; cdp: CDPSession; url: string }[] = [];
  let ownOrigin: string;

  const record = (request: Request): void => {
    const url = request.url();
    const sw = request.serviceWorker();
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      // A worker's request has no frame.
    }
    if (sw) seen.push({ where: 'service worker', url });
    else if (frameUrl.startsWith('chrome-extension://')) seen.push({ where: `extension page ${frameUrl}`, url });
    // The pages' own requests are recorded with their initiator over CDP (openTab).
  };

  /** A tab whose every request is recorded with its initiator. */
  async function openTab(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const url = served.origin + path;
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: { type: string; url?: string; stack?: CallStack } }) => {
      seen.push({ where: `page ${url}`, url: event.request.url, initiator: { type: event.initiator.type, urls: initiatorUrls(event.initiator) } });
    });
    cdp.on('Network.webSocketCreated', (event: { url: string }) => seen.push({ where: `page ${url} (WebSocket)`, url: event.url, initiator: { type: 'script', urls: [] } }));
    await cdp.send('Network.enable');
    await cdp.send('Runtime.enable');
    await page.goto(url);
    tabs.push({ page, cdp, url });
    return page;
  }

  /** The requests that are the extension's (see the top of this file). */
  function extensionRequests(): Seen[] {
    const ours = (url: string): boolean => url.startsWith(`${ownOrigin}/`) || url.startsWith('data:') || url.startsWith('blob:');
    return seen.filter((s) => {
      if (s.url.startsWith(PROBE)) return false;
      if (webAccessible(s.url)) return false;
      if (!s.initiator) return !ours(s.url);
      if (s.initiator.urls.some((u) => u.startsWith('chrome-extension://'))) return true;
      if (s.initiator.type === 'script') return true;
      if (s.url.startsWith(`${served.origin}/`) || ours(s.url)) return false;
      return !baseline.get(s.where.replace(/^page /, '').replace(/ \(WebSocket\)$/, ''))?.has(s.url);
    });
  }

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    ownOrigin = `chrome-extension://${browser.extensionId}`;
    browser.context.on('request', record);
    await isolate(browser.context, served.origin);
    worker = browser.worker;

    plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    plainContext = await plain.newContext({ viewport: { width: 1280, height: 900 } });
    await isolate(plainContext, served.origin);
    for (const path of [SEED.path, ...REAL]) {
      const urls = new Set<string>();
      const page = await plainContext.newPage();
      page.on('request', (r) => urls.add(r.url()));
      await page.goto(served.origin + path);
      await page.bringToFront();
      await page.waitForTimeout(1000);
      // The browser fetches the page's icons when it likes (often only for the tab in front).
      for (const icon of await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon" i]')].map((l) => l.href))) urls.add(icon);
      await page.close();
      baseline.set(served.origin + path, urls);
    }
  });

  after(async () => {
    await browser?.close();
    await plain?.close();
    await served?.close();
  });

  test('analysing the seed and three real pages, the hover card, the popup and the options page: no request', async () => {
    const seedPage = await openTab(SEED.path);
    await seedPage.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), undefined, { timeout: 15000 });
    for (const path of REAL) {
      const page = await openTab(path);
      await page.waitForFunction(() => CSS.highlights.has('sourcelight-quote') || CSS.highlights.has('sourcelight-reported'), undefined, { timeout: 15000 });
    }

    // The hover card, by keyboard.
    await seedPage.bringToFront();
    await seedPage.keyboard.press(']');
    await seedPage.waitForFunction(() => document.querySelector('sourcelight-card') !== null, undefined, { timeout: 5000 });
    await seedPage.keyboard.press('Escape');

    // The popup for the seed's tab: change the style, copy, open the citation fields, export.
    const tabId = await tabIdFor(worker, SEED.title);
    const popup = await browser.context.newPage();
    await popup.goto(`${ownOrigin}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('card-title').waitFor();
    await popup.getByTestId('style-picker').selectOption('mla');
    await popup.getByTestId('copy-citation').click();
    await popup.getByText('Edit details').click();
    await popup.getByTestId('citation-fields').waitFor();

    // The options page.
    const options = await browser.context.newPage();
    await options.goto(`${ownOrigin}/options.html`);
    await options.getByTestId('options-style').waitFor();
    await options.getByTestId('options-style').selectOption('chicago');

    // Anything deferred (idle callbacks, a settings round trip, the badge) has time to happen.
    await seedPage.waitForTimeout(1500);
    await popup.close();
    await options.close();

    const pagesSeen = seen.filter((s) => s.where.startsWith('page ')).length;
    assert.ok(pagesSeen >= 4, `the pages' own requests were recorded (${pagesSeen})`);
    const offending = extensionRequests();
    assert.deepEqual(offending, [], offending.map((s) => `${s.where}: ${s.url} (${JSON.stringify(s.initiator ?? {})})`).join('\n'));
  });

  test('the recorder sees a request from each context (a probe from each)', async () => {
    await worker.evaluate((url) => fetch(`${url}-worker`).catch(() => null), PROBE);
    const popup = await browser.context.newPage();
    await popup.goto(`${ownOrigin}/popup.html`);
    await popup.evaluate((url) => fetch(`${url}-popup`).catch(() => null), PROBE);
    const options = await browser.context.newPage();
    await options.goto(`${ownOrigin}/options.html`);
    await options.evaluate((url) => fetch(`${url}-options`).catch(() => null), PROBE);

    // The content script's own world (an isolated world named after the extension), over CDP.
    const tab = tabs[0]!;
    const contexts: { id: number; name: string; origin: string; auxData?: { type?: string } }[] = [];
    tab.cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => contexts.push(event.context));
    await tab.cdp.send('Runtime.disable');
    await tab.cdp.send('Runtime.enable');
    const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && (c.origin === ownOrigin || c.name === 'Sourcelight'));
    assert.ok(isolated, `the content script's world: ${JSON.stringify(contexts.map((c) => [c.name, c.origin, c.auxData?.type]))}`);
    await tab.cdp.send('Runtime.evaluate', { contextId: isolated.id, expression: `fetch(${JSON.stringify(`${PROBE}-content`)}).catch(() => null)`, awaitPromise: true });
    await tab.page.waitForTimeout(500);

    const probes = (suffix: string) => seen.filter((s) => s.url === `${PROBE}-${suffix}`);
    assert.equal(probes('worker')[0]?.where, 'service worker');
    assert.match(probes('popup')[0]?.where ?? '', /^extension page .*popup\.html/);
    assert.match(probes('options')[0]?.where ?? '', /^extension page .*options\.html/);
    assert.equal(probes('content')[0]?.initiator?.type, 'script', JSON.stringify(probes('content')));
    // Each would have failed the test above.
    const saved = PROBE;
    const asExtension = seen.filter((s) => s.url.startsWith(saved)).map((s) => ({ ...s, url: s.url.replace(saved, 'http://127.0.0.1:9/x') }));
    seen.push(...asExtension);
    assert.equal(extensionRequests().length, 4, extensionRequests().map((s) => `${s.where}: ${s.url}`).join('\n'));
    await popup.close();
    await options.close();
  });

  test('the built extension calls no network API (what the recorder cannot see: start-up)', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    assert.ok(files.some((f) => f.startsWith('content-scripts')) && files.includes('background.js'), files.join(', '));
    const found: string[] = [];
    for (const file of files) {
      const code = readFileSync(path.join(DIST, file), 'utf8')
        // Vite's modulepreload polyfill: fetch(link.href) for <link rel=modulepreload> of the page's
        // own chunks, which on an extension page are chrome-extension:// files.
        .replace(/let \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/g, '');
      for (const api of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'importScripts', 'RTCPeerConnection', 'new Worker(']) {
        if (code.includes(api)) found.push(`${file}: ${api}`);
      }
    }
    assert.deepEqual(found, []);
  });
});
