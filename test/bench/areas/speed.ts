/**
 * Area 5 — speed and size: `analyze` time per page on every page used above, beside Readability's
 * `parse()` on the same page (architecture.md budget: "the whole analysis is a small fraction of
 * what Readability alone takes"); heap of one analysis on the largest page; bundle sizes.
 */
import { runReadability } from '../anchors';
import { closePage, parseHtml } from '../dom';
import { countWords, median, p95 } from '../metrics/stats';
import { fmt, ms, table, type Section } from '../report';
import type { PageRun } from '../run-pages';
import type { AnalyzeFn } from '../sourcelight';

function speedRow(label: string, runs: PageRun[]): (string | number)[] {
  const sl: number[] = [];
  const rd: number[] = [];
  const perKWords: number[] = [];
  const ratios: number[] = [];
  let slTotal = 0;
  let rdTotal = 0;
  for (const run of runs) {
    const s = run.sourcelight.ms;
    const r = run.readability.ms;
    if (s !== null) {
      sl.push(s);
      const words = countWords(run.sourcelight.output?.article.text ?? '');
      if (words > 0) perKWords.push((s / words) * 1000);
    }
    if (r !== null) rd.push(r);
    if (s !== null && r !== null && r > 0) {
      ratios.push(s / r);
      slTotal += s;
      rdTotal += r;
    }
  }
  return [
    label,
    runs.length,
    ms(median(sl)),
    ms(p95(sl)),
    ms(median(perKWords)),
    ms(median(rd)),
    ms(p95(rd)),
    fmt(median(ratios), 2),
    fmt(rdTotal > 0 ? slTotal / rdTotal : NaN, 2),
  ];
}

/** Issue #3's speed figure: article detection + body + metadata (`readArticle`) beside
 * Readability's parse, per page, and how fast pages that are not articles are given up on. */
function extractionRows(runs: PageRun[]): (string | number)[][] {
  const ex: number[] = [];
  const ratios: number[] = [];
  const notArticle: number[] = [];
  for (const run of runs) {
    const e = run.extraction.ms;
    const r = run.readability.ms;
    if (e === null) continue;
    ex.push(e);
    if (r !== null && r > 0) ratios.push(e / r);
    if (run.extraction.output === false) notArticle.push(e);
  }
  const ratio = median(ratios);
  return [
    ['readArticle median / p95 (ms)', `${ms(median(ex))} / ${ms(p95(ex))}`, ''],
    ['readArticle ÷ Readability, median per page', fmt(ratio, 2), `≤ 0.25 (${ratio <= 0.25 ? 'met' : 'missed'})`],
    [`pages not taken for articles (${notArticle.length}): median / max (ms)`, `${ms(median(notArticle))} / ${ms(notArticle.length ? Math.max(...notArticle) : NaN)}`, '< 2 ms'],
  ];
}

export interface HeapFigures {
  page: string;
  htmlKiB: number;
  sourcelightGrowthMiB: number | null;
  sourcelightGrowthMaxMiB: number | null;
  sourcelightRetainedMiB: number | null;
  readabilityGrowthMiB: number | null;
  readabilityGrowthMaxMiB: number | null;
  note: string | null;
}

const MiB = 1024 * 1024;

/** Repetitions of the heap measurement; the report gives the median and the largest growth. */
const HEAP_REPEATS = 5;

/**
 * Heap used around one call on the largest page: after two forced collections, `heapUsed` before
 * and right after the call (growth: what the call allocated and V8 had not yet collected, a lower
 * bound of its peak, since a young-generation scavenge may run inside the call), then after
 * another collection with the result still held (retained). Repeated HEAP_REPEATS times.
 */
export async function measureHeap(run: PageRun, analyze: AnalyzeFn | null, gc: (() => void) | null): Promise<HeapFigures> {
  const base: HeapFigures = {
    page: run.page.id,
    htmlKiB: run.htmlChars / 1024,
    sourcelightGrowthMiB: null,
    sourcelightGrowthMaxMiB: null,
    sourcelightRetainedMiB: null,
    readabilityGrowthMiB: null,
    readabilityGrowthMaxMiB: null,
    note: null,
  };
  if (!gc) return { ...base, note: 'no gc hook: run node with --expose-gc' };
  const html = run.page.readHtml();
  const measureOnce = async <T>(call: (d: Document) => T): Promise<{ growth: number; retained: number } | null> => {
    const parsed = parseHtml(html, run.url);
    try {
      gc();
      gc();
      const before = process.memoryUsage().heapUsed;
      const result = call(parsed.document);
      const after = process.memoryUsage().heapUsed;
      gc();
      const retained = process.memoryUsage().heapUsed;
      // Keep `result` alive until the retained reading.
      if (result === undefined) return null;
      return { growth: (after - before) / MiB, retained: (retained - before) / MiB };
    } catch {
      return null;
    } finally {
      await closePage(parsed);
    }
  };
  const measure = async <T>(call: (d: Document) => T): Promise<{ growth: number; max: number; retained: number } | null> => {
    const samples: { growth: number; retained: number }[] = [];
    for (let i = 0; i < HEAP_REPEATS; i++) {
      const sample = await measureOnce(call);
      if (sample) samples.push(sample);
    }
    if (samples.length === 0) return null;
    return {
      growth: median(samples.map((s) => s.growth)),
      max: Math.max(...samples.map((s) => s.growth)),
      retained: median(samples.map((s) => s.retained)),
    };
  };
  const sl = analyze ? await measure((d) => analyze(d, { url: run.url })) : null;
  const rd = await measure(runReadability);
  return {
    ...base,
    sourcelightGrowthMiB: sl?.growth ?? null,
    sourcelightGrowthMaxMiB: sl?.max ?? null,
    sourcelightRetainedMiB: sl?.retained ?? null,
    readabilityGrowthMiB: rd?.growth ?? null,
    readabilityGrowthMaxMiB: rd?.max ?? null,
  };
}

export interface SpeedInput {
  runs: PageRun[];
  heap: HeapFigures | null;
  bundle: string[];
  sourcelightUnavailable: string | null;
  readabilityVersion: string;
}

export function speedSection(input: SpeedInput): Section {
  const bySet = (set: string): PageRun[] => input.runs.filter((r) => r.page.set === set);
  const rows = [
    speedRow('Scrapinghub', bySet('scrapinghub')),
    speedRow('Readability test pages', bySet('readability')),
    speedRow('seed', bySet('seed')),
    speedRow('**all pages**', input.runs),
  ].filter((r) => Number(r[1]) > 0);
  const body = [
    table(
      ['pages', 'n', 'analyze median (ms)', 'analyze p95 (ms)', 'analyze ms / 1,000 body words (median)', `Readability ${input.readabilityVersion} median (ms)`, 'Readability p95 (ms)', 'analyze ÷ Readability (median per page)', 'Σ analyze ÷ Σ Readability'],
      rows,
    ),
    'Times are the call only (`analyze(document, {url})` vs `new Readability(document).parse()`), each on its own happy-dom parse of the page, one page after another on one core, after an untimed warm-up on three pages. ' +
      'Body words = letter/digit runs of Sourcelight’s article.text.',
    '**Article detection + metadata** (issue #3: `readArticle(document, url)` — pre-check, root, body, text map and metadata, no people or quotes; its own happy-dom parse, parse excluded), all pages:',
    table(['', 'value', 'target'], extractionRows(input.runs)),
  ];
  if (input.sourcelightUnavailable) body.push(`Sourcelight: n/a — ${input.sourcelightUnavailable}`);
  const h = input.heap;
  if (h) {
    const mb = (v: number | null): string => (v === null ? '–' : `${fmt(v, 1)} MiB`);
    body.push(
      table(
        [`heap on the largest page (\`${h.page}\`, ${fmt(h.htmlKiB, 0)} KiB of HTML)`, 'value'],
        [
          ['Sourcelight analyze: heap growth during the call, median / largest', `${mb(h.sourcelightGrowthMiB)} / ${mb(h.sourcelightGrowthMaxMiB)}`],
          ['Sourcelight analyze: retained after GC (result held), median', mb(h.sourcelightRetainedMiB)],
          ['Readability parse: heap growth during the call, median / largest', `${mb(h.readabilityGrowthMiB)} / ${mb(h.readabilityGrowthMaxMiB)}`],
        ],
      ) +
        `\n\n${HEAP_REPEATS} runs, each on a fresh parse after two forced GCs; growth = process.memoryUsage().heapUsed right after the call minus before it (a lower bound of the peak: V8 may scavenge inside the call).` +
        (h.note ? `\n\n${h.note}` : ''),
    );
  }
  body.push(...input.bundle);
  return { title: '5. Speed and size', body };
}

