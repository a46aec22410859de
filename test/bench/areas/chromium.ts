/**
 * Area 6: the content script in Chromium. Each page is served from 127.0.0.1 (route `/p/<index>`,
 * `Content-Security-Policy: script-src 'none'` so the saved page's own scripts do not run; every
 * request elsewhere is aborted) with the built extension loaded. The content script's user-timing
 * measure `sourcelight:analysis` (entrypoints/content/page-analysis.ts) is read from the page's
 * performance timeline: its duration runs from the first read to the not-an-article exit or to
 * the first highlight paint (the time a reader waits), and its `detail` holds the main-thread
 * milliseconds the content script spent on the way (the read, joining the background's findings,
 * the paint) — the page is free in between — to which two measures are added:
 * `sourcelight:startup`, from the script's first statement (entrypoints/content/injected-at.ts)
 * to the end of its set-up, so evaluating the bundle's modules and WXT's context are counted; and
 * `sourcelight:watch`, the page watcher's set-up, which every page pays right after the first
 * read's start (before an article's first paint). On article pages the
 * detail also counts evaluating the article script (entrypoints/content/page-gate.ts).
 * What runs before the first statement is counted from a trace of each page load (category
 * `v8`): the main-thread compile of the content script (`v8.compile`, 9–17 ms in a new tab for
 * the whole script in one file) and of the article script (`v8.compileModule`, and the end of
 * its streaming compile, whose parse runs on a background thread). The measure's presence is the
 * success signal; `detail.article` tells article pages from the others.
 *
 * Three passes:
 *   - one tab, every page in turn: a reader following links on one site. The tab's renderer keeps
 *     what it compiled between pages.
 *   - fresh tabs: a sample of pages (and every page the first pass found not to be an article),
 *     each in a new tab on a host of its own (`p<i>.test`, mapped to 127.0.0.1), so each gets a
 *     new renderer process, as when a reader opens a story from another site. Everything the
 *     content script compiles is compiled again; the background stays up between pages, as it
 *     does while someone browses.
 *   - woken background: a few pages in fresh tabs right after the background's service worker was
 *     stopped (Chrome stops it after 30 s without events): the wait to the first paint then
 *     includes the worker's start and its first analysis, which compiles its patterns.
 * Then two anchors (../anchor-extensions.ts), each alone in its own browser, on the fresh-tab
 * pages: an empty content script (what any content script pays in a new tab) and Readability
 * run as a content script (a reader-mode extension's read).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { HtmlPage } from '../load-pages';
import { ANCHOR_LABELS, buildAnchorExtension, type AnchorName } from '../anchor-extensions';
import { median, p95 } from '../metrics/stats';
import { ms, table, type Section } from '../report';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MEASURE = 'sourcelight:analysis';
/** From injection to the end of the content script's set-up (entrypoints/content/index.ts), counted into its main-thread time. */
const STARTUP_MEASURE = 'sourcelight:startup';
/** The page watcher's set-up (entrypoints/content/index.ts), right after the first read's start; counted too. */
const WATCH_MEASURE = 'sourcelight:watch';
const WAIT_MS = 5000;
/** Above this many pages, every other page is opened (keeps the area near 3 minutes). */
const SAMPLE_ABOVE = 400;
/** The fresh-tab pass opens every FRESH_TAB_EVERY-th page (a new process each costs ~0.3 s), and every page that is not an article. */
const FRESH_TAB_EVERY = 4;
/** The woken-background pass opens every WOKEN_EVERY-th page (each waits for the service worker to start). */
const WOKEN_EVERY = 16;
/** How many times a page that is not an article is opened (the median is kept; see measurePage). */
const NON_ARTICLE_RUNS = 3;

/** One pass's measures. */
export interface PassResult {
  pages: number;
  /** Article pages: time to the first highlight paint. */
  article: number[];
  /** Article pages: main-thread milliseconds of the content script (read, join, paint). */
  articleMainThread: number[];
  /** Pages that are not articles: main-thread milliseconds to the exit (set-up included). */
  nonArticle: number[];
  failures: { id: string; reason: string }[];
  /** Article pages: of the main-thread time, compiling our scripts, the start-up (from injection) and the article stage (pre-check and read). */
  articleCompile: number[];
  articleStartup: number[];
  articleRead: number[];
  /** Every analysed page's main-thread time (the report lists the slowest). */
  slowest: { id: string; ms: number; article: boolean }[];
}

/** An anchor's main-thread ms per page id, fresh tabs (../anchor-extensions.ts). */
export interface AnchorResult {
  name: AnchorName;
  byPage: Map<string, number>;
  failures: { id: string; reason: string }[];
}

export interface ChromiumResult {
  sampled: boolean;
  oneTab: PassResult;
  freshTabs: PassResult;
  /** Fresh tabs opened right after the background's service worker was stopped. */
  wokenBackground: PassResult;
  anchors: AnchorResult[];
  seconds: number;
}

/** Why the area cannot run here, or null when Chromium and the build are present. */
export function chromiumUnavailable(repoRoot: string): string | null {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH}`;
  if (!existsSync(path.join(repoRoot, '.output/chrome-mv3/manifest.json'))) return 'no build at .output/chrome-mv3 (npx wxt build)';
  return null;
}

function readBytes(file: string): Buffer {
  const buffer = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(buffer) : buffer;
}

async function serve(pages: readonly HtmlPage[]): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const match = /^\/p\/(\d+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const page = match ? pages[Number(match[1])] : undefined;
    if (!page) {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" })
      .end(readBytes(page.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** The site every fresh tab gets: its own host name, so its own renderer process. */
const FRESH_HOST_RULES = '--host-resolver-rules=MAP *.test 127.0.0.1';

export async function runChromium(allPages: readonly HtmlPage[], repoRoot: string, log: (line: string) => void): Promise<ChromiumResult> {
  const started = performance.now();
  const sampled = allPages.length > SAMPLE_ABOVE;
  const pages = sampled ? allPages.filter((_, i) => i % 2 === 0) : [...allPages];
  const { launchWithExtension, launchWithExtensionAt } = await import('../../e2e/harness');
  const { origin, server } = await serve(pages);
  const port = new URL(origin).port;
  const browser = await launchWithExtension([FRESH_HOST_RULES]);
  const empty = (count: number): PassResult => ({ pages: count, article: [], articleMainThread: [], articleCompile: [], articleStartup: [], articleRead: [], nonArticle: [], failures: [], slowest: [] });
  const result: ChromiumResult = { sampled, oneTab: empty(pages.length), freshTabs: empty(0), wokenBackground: empty(0), anchors: [], seconds: 0 };
  let freshIndexes: number[] = [];
  try {
    const { context } = browser;
    // The pages, and the extension's own files (the article script is fetched by the page's content script).
    const ours = (url: string): boolean => url.startsWith(`${origin}/`) || new RegExp(`^http://p\\d+\\.test:${port}/`).test(url) || url.startsWith('chrome-extension://');
    await context.route('**/*', (route) => (ours(route.request().url()) ? route.continue() : route.abort()));
    const tab = context.pages()[0] ?? (await context.newPage());
    // Untimed warm-up: the first page pays the extension's start (service worker, first storage read).
    if (pages.length > 0) await tab.goto(`${origin}/p/0`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    const watched = watchErrors(tab);
    const sameTab: Opener = { open: async () => ({ page: tab, watched }), done: async () => undefined };
    const newTab: Opener = {
      open: async () => {
        const page = await context.newPage();
        return { page, watched: watchErrors(page) };
      },
      done: (page) => page.close(),
    };
    for (const [index, htmlPage] of pages.entries()) {
      await measurePage(sameTab, `${origin}/p/${index}`, htmlPage.id, result.oneTab);
      if ((index + 1) % 50 === 0) log(`bench: chromium one tab ${index + 1}/${pages.length}`);
    }
    // Every FRESH_TAB_EVERY-th page, and every page the one-tab pass found not to be an article:
    // they are few (about one in twenty), and a median of three or four would say little.
    const notArticles = new Set(result.oneTab.slowest.filter((p) => !p.article).map((p) => p.id));
    freshIndexes = pages.map((_, i) => i).filter((i) => i % FRESH_TAB_EVERY === 0 || notArticles.has(pages[i]!.id));
    result.freshTabs.pages = freshIndexes.length;
    for (const [n, index] of freshIndexes.entries()) {
      await measurePage(newTab, `http://p${index}.test:${port}/p/${index}`, pages[index]!.id, result.freshTabs);
      if ((n + 1) % 25 === 0) log(`bench: chromium fresh tabs ${n + 1}/${freshIndexes.length}`);
    }
    // Woken background: Chrome stops an extension's service worker after 30 s without events, so
    // the story a reader opens after reading the last one usually starts it again, and its first
    // analysis compiles the attribution patterns anew. Stopped before each page here.
    const control = await context.newCDPSession(tab);
    await control.send('ServiceWorker.enable');
    const wokenIndexes = pages.map((_, i) => i).filter((i) => i % WOKEN_EVERY === 0);
    result.wokenBackground.pages = wokenIndexes.length;
    for (const index of wokenIndexes) {
      await control.send('ServiceWorker.stopAllWorkers');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await measurePage(newTab, `http://p${index}.test:${port}/p/${index}`, pages[index]!.id, result.wokenBackground);
    }
    log(`bench: chromium woken background ${wokenIndexes.length} pages`);
  } finally {
    await browser.close();
  }
  try {
    // The anchors, each alone in its own browser, on the fresh-tab pages.
    for (const name of ['floor', 'readability'] as const) {
      const anchor: AnchorResult = { name, byPage: new Map(), failures: [] };
      result.anchors.push(anchor);
      const extension = await buildAnchorExtension(name, repoRoot);
      const anchorBrowser = await launchWithExtensionAt(extension.dir, [FRESH_HOST_RULES]);
      try {
        const { context } = anchorBrowser;
        await context.route('**/*', (route) => (new RegExp(`^http://p\\d+\\.test:${port}/`).test(route.request().url()) ? route.continue() : route.abort()));
        // Untimed warm-up, as for ours: the browser's own first page.
        const warmUp = await context.newPage();
        await warmUp.goto(`http://p${pages.length}.test:${port}/p/0`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
        for (const index of freshIndexes) {
          const fresh = await context.newPage();
          const read = await readPage(fresh, `http://p${index}.test:${port}/p/${index}`);
          await fresh.close();
          if ('reason' in read) anchor.failures.push({ id: pages[index]!.id, reason: read.reason });
          else anchor.byPage.set(pages[index]!.id, read.mainThreadMs);
        }
        log(`bench: chromium anchor ${name} ${anchor.byPage.size}/${freshIndexes.length}`);
      } finally {
        await anchorBrowser.close();
        extension.remove();
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/** Extension errors a tab logs (aborted requests are the page's own, not ours). */
function watchErrors(page: Page): { errors: string[] } {
  const watched = { errors: [] as string[] };
  const fromExtension = (text: string): boolean => /chrome-extension:\/\/|sourcelight/i.test(text);
  page.on('console', (message) => {
    const where = message.location().url ?? '';
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' && fromExtension(`${where} ${message.text()}`)) watched.errors.push(message.text().slice(0, 160));
  });
  page.on('pageerror', (error) => {
    if (fromExtension(`${error.stack ?? ''} ${error.message}`)) watched.errors.push(error.message.slice(0, 160));
  });
  return watched;
}

/** Main-thread compile events of our content scripts (see the file comment); the trace's ts and dur are µs. */
const COMPILE_EVENTS = new Set(['v8.compile', 'v8.compileModule', 'v8.streamingCompile.complete']);
const CONTENT_SCRIPT_URL = /^chrome-extension:\/\/[^/]+\/content-scripts\//;

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Starts a trace of the page's load; the returned function ends it and gives our scripts' compile ms. */
async function traceCompile(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8'] }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    let compile = 0;
    for (const event of events) {
      if (event.ph === 'X' && COMPILE_EVENTS.has(event.name) && CONTENT_SCRIPT_URL.test(event.args?.data?.url ?? '')) compile += (event.dur ?? 0) / 1000;
    }
    return compile;
  };
}

/** One page's measure: the user-timing entries plus the compile from the trace. */
interface PageMeasure {
  /** Time to the first paint or the exit. */
  duration: number;
  article: boolean | null;
  /** Compile, start-up, the watcher's set-up and the first read's main-thread ms; the duration when the detail has none. */
  mainThreadMs: number;
  hasMainThreadMs: boolean;
  compileMs: number;
  /** `sourcelight:startup` plus `sourcelight:watch` (0 for an anchor, which watches nothing). */
  startupMs: number;
  readMs: number | null;
}

/** Opens `url` in `page` (traced) and reads the measures its content script took. */
async function readPage(page: Page, url: string): Promise<PageMeasure | { reason: string }> {
  try {
    const compiled = await traceCompile(page);
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    const deadline = Date.now() + WAIT_MS;
    let entry: { duration: number; article: boolean | null; mainThreadMs: number | null; startupMs: number; readMs: number | null } | null = null;
    while (Date.now() < deadline) {
      entry = await page.evaluate(({ name, startupName, watchName }) => {
        const found = performance.getEntriesByName(name, 'measure')[0] as PerformanceMeasure | undefined;
        if (!found) return null;
        const detail = found.detail as { article?: boolean; mainThreadMs?: number; readMs?: number } | null;
        const startup = (performance.getEntriesByName(startupName, 'measure')[0]?.duration ?? 0) + (performance.getEntriesByName(watchName, 'measure')[0]?.duration ?? 0);
        return {
          duration: found.duration,
          article: typeof detail?.article === 'boolean' ? detail.article : null,
          mainThreadMs: typeof detail?.mainThreadMs === 'number' ? startup + detail.mainThreadMs : null,
          startupMs: startup,
          readMs: typeof detail?.readMs === 'number' ? detail.readMs : null,
        };
      }, { name: MEASURE, startupName: STARTUP_MEASURE, watchName: WATCH_MEASURE });
      if (entry) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const compileMs = await compiled();
    if (!entry) return { reason: `no ${MEASURE} measure within ${WAIT_MS / 1000} s` };
    return {
      ...entry,
      mainThreadMs: compileMs + (entry.mainThreadMs ?? entry.duration),
      hasMainThreadMs: entry.mainThreadMs !== null,
      compileMs,
    };
  } catch (error) {
    return { reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '' };
  }
}

/** Where a page is opened: its tab, and what to do with the tab afterwards. */
interface Opener {
  open(): Promise<{ page: Page; watched: { errors: string[] } }>;
  done(page: Page): Promise<void>;
}

/**
 * Opens one page and records its measure in `pass`. A page that is not an article is opened
 * NON_ARTICLE_RUNS times and its median kept: those pages are few and their figure is a couple of
 * milliseconds, which one descheduling of the page's thread on this shared machine can double.
 */
async function measurePage(opener: Opener, url: string, id: string, pass: PassResult): Promise<void> {
  const runs: PageMeasure[] = [];
  const errors: string[] = [];
  for (let run = 0; run < (runs[0]?.article === false ? NON_ARTICLE_RUNS : 1); run++) {
    const { page, watched } = await opener.open();
    watched.errors.length = 0;
    const entry = await readPage(page, url);
    errors.push(...watched.errors);
    await opener.done(page);
    if ('reason' in entry) {
      pass.failures.push({ id, reason: `${entry.reason}${watched.errors.length ? `; ${watched.errors[0]}` : ''}` });
      return;
    }
    runs.push(entry);
  }
  const entry = [...runs].sort((a, b) => a.mainThreadMs - b.mainThreadMs)[runs.length >> 1]!;
  const article = entry.article !== false;
  if (article) {
    pass.article.push(entry.duration);
    pass.articleMainThread.push(entry.mainThreadMs);
    pass.articleCompile.push(entry.compileMs);
    pass.articleStartup.push(entry.startupMs);
    if (entry.readMs !== null) pass.articleRead.push(entry.readMs);
  } else pass.nonArticle.push(entry.mainThreadMs);
  pass.slowest.push({ id, ms: entry.mainThreadMs, article });
  if (entry.article === null) pass.failures.push({ id, reason: 'measure without detail.article (counted as article)' });
  if (!entry.hasMainThreadMs) pass.failures.push({ id, reason: 'measure without detail.mainThreadMs (duration used)' });
  if (errors.length) pass.failures.push({ id, reason: `extension error: ${errors[0]}` });
}

/**
 * The anchors beside our fresh-tab figures, on the pages each measured: medians over the pages
 * our content script found to be articles, and over the others.
 */
function anchorLines(r: ChromiumResult): string[] {
  if (r.anchors.length === 0) return [];
  const ours = new Map(r.freshTabs.slowest.map((p) => [p.id, p]));
  const medianOf = (byPage: Map<string, number>, article: boolean): number =>
    median([...byPage].filter(([id]) => ours.get(id)?.article === article).map(([, ms]) => ms));
  const oursByPage = new Map([...ours].map(([id, p]) => [id, p.ms]));
  const cells = (byPage: Map<string, number>): string[] => [ms(medianOf(byPage, true)), ms(medianOf(byPage, false))];
  const rows: string[][] = [['Sourcelight', ...cells(oursByPage)]];
  for (const anchor of r.anchors) rows.push([`${anchor.name}: ${ANCHOR_LABELS[anchor.name]}`, ...cells(anchor.byPage)]);
  const relative = (name: AnchorName, label: string, combine: (a: number, b: number) => string): void => {
    const anchor = r.anchors.find((a) => a.name === name);
    if (!anchor) return;
    rows.push([label, ...[true, false].map((article) => combine(medianOf(oursByPage, article), medianOf(anchor.byPage, article)))]);
  };
  relative('floor', 'Sourcelight minus floor (difference of medians)', (a, b) => ms(a - b));
  relative('readability', 'Sourcelight ÷ Readability (ratio of medians)', (a, b) => `${(a / b).toFixed(2)}×`);
  return [
    '**Anchors, fresh tabs** (../anchor-extensions.ts): each alone in its own browser, on the fresh-tab pages, measured the same way (compile from the trace, start-up, idle-time work). Main-thread ms, medians over the pages our content script found to be articles and over the others.',
    table(['', 'article pages', 'not articles'], rows),
  ];
}

/** The woken-background pass: only the wait changes (the page's own thread does the same work). */
function wokenRows(woken: PassResult, fresh: PassResult): (string | number)[][] {
  if (woken.pages === 0) return [];
  const analysed = woken.article.length + woken.nonArticle.length;
  return [
    ['**Woken background**: pages analysed', `${analysed} of ${woken.pages} (${woken.article.length} article, ${woken.nonArticle.length} not)`, `${woken.pages}`, analysed === woken.pages ? 'met' : 'missed'],
    ['article pages, to first paint (ms), median / p95; fresh tabs with the background up, same statistic', `${ms(median(woken.article))} / ${ms(p95(woken.article))}; ${ms(median(fresh.article))} / ${ms(p95(fresh.article))}`, '', ''],
  ];
}

const verdict = (value: number, limit: number): string => (Number.isNaN(value) ? '–' : value <= limit ? 'met' : 'missed');

export function chromiumSection(input: ChromiumResult | { skipped: string }): Section {
  const title = '6 Content script in Chromium';
  if ('skipped' in input) return { title, body: [`skipped: ${input.skipped}`] };
  const r = input;
  const rows = (name: string, pass: PassResult): (string | number)[][] => {
    const analysed = pass.article.length + pass.nonArticle.length;
    const main = median(pass.articleMainThread);
    const mainP95 = p95(pass.articleMainThread);
    const non = median(pass.nonArticle);
    return [
      [`**${name}**: pages analysed`, `${analysed} of ${pass.pages} (${pass.article.length} article, ${pass.nonArticle.length} not)`, `${pass.pages}`, analysed === pass.pages ? 'met' : 'missed'],
      ['article pages, main-thread ms, median', ms(main), '≤ 15', verdict(main, 15)],
      ['article pages, main-thread ms, p95', ms(mainP95), '≤ 50', verdict(mainP95, 50)],
      ['… of which compile / start-up (from injection, with the page watcher set-up) / article stage (pre-check, read), median ms', `${ms(median(pass.articleCompile))} / ${ms(median(pass.articleStartup))} / ${ms(median(pass.articleRead))}`, '', ''],
      ['article pages, to first paint (ms), median / p95', `${ms(median(pass.article))} / ${ms(p95(pass.article))}`, '', ''],
      ['non-article pages, main-thread ms, median / p95', `${ms(non)} / ${ms(p95(pass.nonArticle))}`, '≤ 2', verdict(non, 2)],
    ];
  };
  const failures = [
    ...r.oneTab.failures.map((f) => ({ ...f, pass: 'one tab' })),
    ...r.freshTabs.failures.map((f) => ({ ...f, pass: 'fresh tab' })),
    ...r.wokenBackground.failures.map((f) => ({ ...f, pass: 'woken background' })),
    ...r.anchors.flatMap((a) => a.failures.map((f) => ({ ...f, pass: `anchor ${a.name}` }))),
  ];
  const slowest = (pass: PassResult): string =>
    [...pass.slowest].sort((a, b) => b.ms - a.ms).slice(0, 5).map((p) => `${p.id} ${ms(p.ms)} ms${p.article ? '' : ' (not an article)'}`).join('; ') || '–';
  return {
    title,
    body: [
      `\`sourcelight:analysis\` user-timing measure in the page (Chromium ${CHROMIUM_PATH}, .output/chrome-mv3, headless). Main-thread ms: what the content script spent on the page's thread, from injection (compiling it and the article script, from a trace; evaluating their modules; its set-up and the page watcher's) plus everything from its first read to the first highlight paint (the read, joining the people and quotes the background found, the paint) or to the not-an-article exit. To first paint: the wall-clock time a reader waits, the background's work included. Pages served from 127.0.0.1 with \`script-src 'none'\`; other origins blocked. **One tab**: ${r.sampled ? 'every other page' : 'every page'} in turn in one tab. **Fresh tabs**: every ${FRESH_TAB_EVERY}th of those pages, and every page the one-tab pass found not to be an article, each in a new tab on a host of its own (a new renderer process each, nothing compiled yet; the background is up). In both passes a page that is not an article is opened ${NON_ARTICLE_RUNS} times and its median kept. **Woken background**: every ${WOKEN_EVERY}th page in a fresh tab right after the background's service worker was stopped (\`ServiceWorker.stopAllWorkers\`), as Chrome stops it after 30 s without events: the wait includes starting it and its first analysis. ${r.seconds.toFixed(1)} s.`,
      table(['', 'value', 'target', ''], [...rows('One tab', r.oneTab), ...rows('Fresh tabs', r.freshTabs), ...wokenRows(r.wokenBackground, r.freshTabs)]),
      `Slowest main-thread times, one tab: ${slowest(r.oneTab)}. Fresh tabs: ${slowest(r.freshTabs)}.`,
      ...anchorLines(r),
      failures.length === 0 ? 'Failures: none (every page has the measure; no extension error in the console).' : `Failures (${failures.length}):`,
      ...(failures.length ? [table(['pass', 'page', 'reason'], failures.map((f) => [f.pass, f.id, f.reason]))] : []),
    ],
  };
}
