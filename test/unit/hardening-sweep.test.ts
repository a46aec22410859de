/**
 * Reliability sweep (issue 8): `analyze()` on every saved page we have, in happy-dom, at the
 * default time cap: no exception, every invariant of hardening-invariants.ts, and the cap kept.
 *
 * Pages: ../shared/data (SOURCELIGHT_DATA to change, as for the bench): readability/<name>/
 * source.html, scrapinghub/html/<id>.html.gz, plus the seed fixture. Without that folder (a CI
 * machine may not have it) the sweep says so and runs on the saved pages of test/fixtures
 * instead, still asserting. Each page is parsed once, analysed once and closed at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyze, DEFAULT_BUDGET_MS } from '../../lib/analyze';
import { parseHtml } from '../../lib/dom/parse-html';
import { analysisProblems } from './hardening-invariants';
import { NOW, REPO_ROOT as ROOT } from './helpers/fixtures';

const DATA = path.resolve(process.env.SOURCELIGHT_DATA ?? path.join(ROOT, '../shared/data'));
const FIXTURES = path.join(ROOT, 'test/fixtures');
const URL = 'https://example.com/news/story.html';

/**
 * How far past the cap the stages after the article stage may run: they are sized to the time left
 * by an estimate, and a garbage collection can land in them. Generous on purpose: the point is
 * that no page runs on for seconds, not a benchmark.
 */
const OVERRUN_MS = 400;
/** The stages after the article stage always get this much (lib/analyze.ts, a fifth of the cap). */
const LATER_STAGES_MIN_MS = DEFAULT_BUDGET_MS * 0.2;

interface SweepPage {
  id: string;
  file: string;
}

function sharedPages(): SweepPage[] {
  const pages: SweepPage[] = [];
  const readability = path.join(DATA, 'readability');
  for (const name of existsSync(readability) ? readdirSync(readability).sort() : []) {
    const file = path.join(readability, name, 'source.html');
    if (existsSync(file)) pages.push({ id: `readability/${name}`, file });
  }
  const scrapinghub = path.join(DATA, 'scrapinghub', 'html');
  for (const name of existsSync(scrapinghub) ? readdirSync(scrapinghub).sort() : []) {
    if (name.endsWith('.html.gz')) pages.push({ id: `scrapinghub/${name.replace('.html.gz', '')}`, file: path.join(scrapinghub, name) });
  }
  return pages;
}

function fixturePages(): SweepPage[] {
  const real = path.join(FIXTURES, 'real');
  return readdirSync(real)
    .filter((slug) => existsSync(path.join(real, slug, 'source.html')))
    .sort()
    .map((slug) => ({ id: `fixtures/real/${slug}`, file: path.join(real, slug, 'source.html') }));
}

const seed: SweepPage = { id: 'seed/trend-itu-cybercrime', file: path.join(FIXTURES, 'seed/trend-itu-cybercrime.html') };
const shared = sharedPages();
const usingShared = shared.length > 0;
const pages = [...(usingShared ? shared : fixturePages()), seed];

if (!usingShared) {
  console.warn(`hardening-sweep: no pages in ${DATA} (set SOURCELIGHT_DATA); sweeping the ${pages.length} saved pages of test/fixtures instead`);
}

function readHtml(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

interface PageResult {
  id: string;
  ms: number;
  partial: boolean;
  isArticle: boolean;
  quotes: number;
  /** Milliseconds the stages after the article stage took, and the time they were given. */
  laterMs: number;
  laterAllowedMs: number;
}

describe(`reliability sweep: analyze() on ${usingShared ? `every page of ${path.relative(ROOT, DATA) || DATA}` : 'the saved pages of test/fixtures (no shared data)'}`, () => {
  it(`${pages.length} pages: no exception, every invariant, the ${DEFAULT_BUDGET_MS} ms cap kept`, () => {
    const failures: string[] = [];
    const results: PageResult[] = [];
    for (const page of pages) {
      let parsed: ReturnType<typeof parseHtml> | null = null;
      try {
        parsed = parseHtml(readHtml(page.file), URL);
        // The clock's readings: [start, end of the article stage, …]; analyze() reads it between stages.
        const readings: number[] = [];
        const clock = (): number => {
          const now = performance.now();
          readings.push(now);
          return now;
        };
        const started = performance.now();
        const a = analyze(parsed.document, { url: URL, now: NOW, clock });
        const ended = performance.now();
        for (const problem of analysisProblems(a)) failures.push(`${page.id}: ${problem}`);
        const articleMs = readings[1]! - readings[0]!;
        const result: PageResult = {
          id: page.id,
          ms: ended - started,
          partial: a.partial === true,
          isArticle: a.article.isArticle,
          quotes: a.quotes.length,
          laterMs: ended - readings[1]!,
          laterAllowedMs: Math.max(DEFAULT_BUDGET_MS - articleMs, LATER_STAGES_MIN_MS),
        };
        results.push(result);
        if (result.laterMs > result.laterAllowedMs + OVERRUN_MS) {
          failures.push(`${page.id}: people and quotes took ${Math.round(result.laterMs)} ms, allowed ${Math.round(result.laterAllowedMs)} ms`);
        }
      } catch (error) {
        failures.push(`${page.id}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      } finally {
        parsed?.close();
      }
    }

    const times = results.map((r) => r.ms).sort((x, y) => x - y);
    const at = (q: number): number => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
    console.log(
      `hardening-sweep: ${results.length} pages, analyze median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; ` +
        `${results.filter((r) => r.isArticle).length} articles, ${results.reduce((n, r) => n + r.quotes, 0)} quotes; ` +
        `partial: ${results.filter((r) => r.partial).map((r) => r.id).join(', ') || 'none'}`,
    );
    expect(failures).toEqual([]);
    expect(results).toHaveLength(pages.length);
    // The sweep saw real articles, not a folder of empty pages.
    expect(results.filter((r) => r.isArticle).length).toBeGreaterThan(pages.length * 0.6);
    expect(results.find((r) => r.id === seed.id)?.quotes).toBeGreaterThanOrEqual(6);
  }, 180_000);
});
