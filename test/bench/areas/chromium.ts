/**
 * Area 6: the content script in Chromium. Each page is served from 127.0.0.1 (route `/p/<index>`,
 * `Content-Security-Policy: script-src 'none'` so the saved page's own scripts do not run; every
 * request to another origin is aborted) and opened in one tab with the built extension loaded.
 * The content script's user-timing measure `sourcelight:analysis` (entrypoints/content/
 * page-analysis.ts: from the first read to the not-an-article exit, or to the first highlight
 * paint) is read from the page's performance timeline. Its presence is
 * the success signal; `detail.article` tells article pages from the others.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HtmlPage } from '../load-pages';
import { median, p95 } from '../metrics/stats';
import { ms, table, type Section } from '../report';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MEASURE = 'sourcelight:analysis';
const WAIT_MS = 5000;
/** Above this many pages, every other page is opened (keeps the area near 3 minutes). */
const SAMPLE_ABOVE = 400;

export interface ChromiumResult {
  pages: number;
  sampled: boolean;
  article: number[];
  /** Article pages: the part of the measure spent in the analysis (the rest is painting). */
  articleAnalysis: number[];
  nonArticle: number[];
  failures: { id: string; reason: string }[];
  /** Every analysed page's time (the report lists the slowest). */
  slowest: { id: string; ms: number; article: boolean }[];
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

export async function runChromium(allPages: readonly HtmlPage[], log: (line: string) => void): Promise<ChromiumResult> {
  const started = performance.now();
  const sampled = allPages.length > SAMPLE_ABOVE;
  const pages = sampled ? allPages.filter((_, i) => i % 2 === 0) : [...allPages];
  const { launchWithExtension } = await import('../../e2e/harness');
  const { origin, server } = await serve(pages);
  const browser = await launchWithExtension();
  const result: ChromiumResult = { pages: pages.length, sampled, article: [], articleAnalysis: [], nonArticle: [], failures: [], slowest: [], seconds: 0 };
  try {
    const { context } = browser;
    await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
    const page = context.pages()[0] ?? (await context.newPage());
    let errors: string[] = [];
    const fromExtension = (text: string): boolean => /chrome-extension:\/\/|sourcelight/i.test(text);
    page.on('console', (message) => {
      const where = message.location().url ?? '';
      // Aborted requests (other origins, a saved chrome-extension:// URL) are the page's, not ours.
      if (message.text().startsWith('Failed to load resource')) return;
      if (message.type() === 'error' && fromExtension(`${where} ${message.text()}`)) errors.push(message.text().slice(0, 160));
    });
    page.on('pageerror', (error) => {
      if (fromExtension(`${error.stack ?? ''} ${error.message}`)) errors.push(error.message.slice(0, 160));
    });
    // Untimed warm-up: the first page pays the extension's start (service worker, first storage read).
    if (pages.length > 0) await page.goto(`${origin}/p/0`, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
    for (const [index, htmlPage] of pages.entries()) {
      errors = [];
      try {
        await page.goto(`${origin}/p/${index}`, { waitUntil: 'load', timeout: 20_000 });
        const deadline = Date.now() + WAIT_MS;
        let entry: { duration: number; article: boolean | null; analysisMs: number | null } | null = null;
        while (Date.now() < deadline) {
          entry = await page.evaluate((name) => {
            const found = performance.getEntriesByName(name, 'measure')[0] as PerformanceMeasure | undefined;
            if (!found) return null;
            const detail = found.detail as { article?: boolean; analysisMs?: number } | null;
            return {
              duration: found.duration,
              article: typeof detail?.article === 'boolean' ? detail.article : null,
              analysisMs: typeof detail?.analysisMs === 'number' ? detail.analysisMs : null,
            };
          }, MEASURE);
          if (entry) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        if (!entry) result.failures.push({ id: htmlPage.id, reason: `no ${MEASURE} measure within ${WAIT_MS / 1000} s${errors.length ? `; ${errors[0]}` : ''}` });
        else {
          (entry.article === false ? result.nonArticle : result.article).push(entry.duration);
          if (entry.article !== false && entry.analysisMs !== null) result.articleAnalysis.push(entry.analysisMs);
          result.slowest.push({ id: htmlPage.id, ms: entry.duration, article: entry.article !== false });
          if (entry.article === null) result.failures.push({ id: htmlPage.id, reason: 'measure without detail.article (counted as article)' });
          if (errors.length) result.failures.push({ id: htmlPage.id, reason: `extension error: ${errors[0]}` });
        }
      } catch (error) {
        result.failures.push({ id: htmlPage.id, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '' });
      }
      if ((index + 1) % 50 === 0) log(`bench: chromium ${index + 1}/${pages.length}`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

const verdict = (value: number, limit: number): string => (Number.isNaN(value) ? '–' : value <= limit ? 'met' : 'missed');

export function chromiumSection(input: ChromiumResult | { skipped: string }): Section {
  const title = '6 Content script in Chromium';
  if ('skipped' in input) return { title, body: [`skipped: ${input.skipped}`] };
  const r = input;
  const analysed = r.article.length + r.nonArticle.length;
  const artMedian = median(r.article);
  const artP95 = p95(r.article);
  const nonMedian = median(r.nonArticle);
  return {
    title,
    body: [
      `\`sourcelight:analysis\` user-timing measure in the page (Chromium ${CHROMIUM_PATH}, .output/chrome-mv3, headless, one tab): from the content script's first read to the not-an-article exit (the article pre-check alone), or to the first highlight paint (analysis, then painting; the settings were asked for when the script started, so the paint does not wait for storage unless the answer is late). Pages served from 127.0.0.1 with \`script-src 'none'\`; other origins blocked. ${r.sampled ? 'Every other page (sampled to keep the area short).' : 'Every page.'} ${r.seconds.toFixed(1)} s.`,
      table(
        ['', 'value', 'target', ''],
        [
          ['pages opened', r.pages, '', ''],
          ['analysed (measure present)', `${analysed} (${r.article.length} article, ${r.nonArticle.length} not an article)`, `${r.pages}`, analysed === r.pages ? 'met' : 'missed'],
          ['article pages, median (ms)', ms(artMedian), '≤ 15', verdict(artMedian, 15)],
          ['article pages, p95 (ms)', ms(artP95), '≤ 50', verdict(artP95, 50)],
          ['… of which the analysis, median (ms)', ms(median(r.articleAnalysis)), '', ''],
          ['article pages, max (ms)', ms(r.article.length ? Math.max(...r.article) : NaN), '', ''],
          ['non-article pages, median (ms)', ms(nonMedian), '≤ 2', verdict(nonMedian, 2)],
          ['non-article pages, p95 (ms)', ms(p95(r.nonArticle)), '', ''],
        ],
      ),
      `Slowest pages: ${[...r.slowest].sort((a, b) => b.ms - a.ms).slice(0, 5).map((p) => `${p.id} ${ms(p.ms)} ms${p.article ? '' : ' (not an article)'}`).join('; ') || '–'}.`,
      r.failures.length === 0 ? 'Failures: none (every page has the measure; no extension error in the console).' : `Failures (${r.failures.length}):`,
      ...(r.failures.length ? [table(['page', 'reason'], r.failures.map((f) => [f.id, f.reason]))] : []),
    ],
  };
}
