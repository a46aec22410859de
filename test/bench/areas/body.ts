/**
 * Area 1 — body extraction on the Scrapinghub pages, scored with that benchmark's own metric
 * (metrics/shingles.ts), Sourcelight beside Readability and Defuddle from the same run.
 */
import type { HtmlPage } from '../load-pages';
import { macroScore, pageCounts, pagePrecision, pageRecall, type PageCounts } from '../metrics/shingles';
import { median, p95 } from '../metrics/stats';
import { fmt, ms, table, type Cell, type Section } from '../report';
import type { PageRun, ToolRun } from '../run-pages';

/** Targets the project set for the body (printed beside the figures). */
export const BODY_TARGETS = { f1: 0.975, precision: 0.95 };

interface ToolColumn {
  name: string;
  /** null when the tool could not run at all (with the reason in `unavailable`). */
  run: (r: PageRun) => ToolRun<string> | null;
  unavailable: string | null;
}

export interface BodyInput {
  pages: HtmlPage[];
  truth: Map<string, { url: string; articleBody: string }>;
  runs: Map<string, PageRun>;
  readabilityVersion: string;
  defuddleVersion: string;
  sourcelightUnavailable: string | null;
  defuddleUnavailable: string | null;
}

const shortId = (id: string): string => id.replace(/^scrapinghub\/(.{12}).*$/, '$1…');

export function bodySection(input: BodyInput): Section {
  const columns: ToolColumn[] = [
    { name: 'Sourcelight', run: (r) => ({ ...r.sourcelight, output: r.sourcelight.output?.article.text ?? null }), unavailable: input.sourcelightUnavailable },
    { name: `Readability ${input.readabilityVersion}`, run: (r) => ({ ...r.readability, output: r.readability.output?.text ?? null }), unavailable: null },
    { name: `Defuddle ${input.defuddleVersion}`, run: (r) => r.defuddle, unavailable: input.defuddleUnavailable },
  ];
  const perTool = columns.map((col) => {
    const counts: PageCounts[] = [];
    const times: number[] = [];
    let failed = 0;
    for (const page of input.pages) {
      const run = input.runs.get(page.id);
      const tool = run ? col.run(run) : null;
      if (tool?.error) failed++;
      if (tool?.ms !== null && tool?.ms !== undefined) times.push(tool.ms);
      // A page the tool failed on is scored as an empty prediction, as upstream requires every key.
      counts.push(pageCounts(input.truth.get(page.id)?.articleBody ?? '', tool?.output ?? ''));
    }
    return { col, counts, times, failed, score: macroScore(counts) };
  });

  const readabilityTimes = new Map<string, number>();
  for (const page of input.pages) {
    const t = input.runs.get(page.id)?.readability.ms;
    if (typeof t === 'number') readabilityTimes.set(page.id, t);
  }
  const ratioToReadability = (col: ToolColumn): number => {
    const ratios: number[] = [];
    for (const page of input.pages) {
      const run = input.runs.get(page.id);
      const t = run ? col.run(run)?.ms : null;
      const r = readabilityTimes.get(page.id);
      if (typeof t === 'number' && r !== undefined && r > 0) ratios.push(t / r);
    }
    return median(ratios);
  };

  const cell = (i: number, f: (t: (typeof perTool)[number]) => string): string => {
    const t = perTool[i];
    if (!t) return '–';
    return t.col.unavailable ? 'n/a' : f(t);
  };
  const row = (label: string, f: (t: (typeof perTool)[number]) => string, target = ''): Cell[] => [
    label,
    ...columns.map((_, i) => cell(i, f)),
    target,
  ];
  const parseTimes = input.pages.map((p) => input.runs.get(p.id)?.parseMs).filter((t): t is number => typeof t === 'number' && !Number.isNaN(t));

  const body: string[] = [
    table(
      ['', ...columns.map((c) => c.name), 'target'],
      [
        row('precision', (t) => fmt(t.score.precision), `≥ ${BODY_TARGETS.precision.toFixed(3)}`),
        row('recall', (t) => fmt(t.score.recall)),
        row('F1', (t) => fmt(t.score.f1), `≥ ${BODY_TARGETS.f1.toFixed(3)}`),
        row('pages (failed, empty output)', (t) => `${t.score.pages} (${t.failed}, ${t.score.emptyPredictions})`),
        row('time per page, median (ms)', (t) => ms(median(t.times))),
        row('time per page, p95 (ms)', (t) => ms(p95(t.times))),
        row('time ÷ Readability’s, median per page', (t) => fmt(ratioToReadability(t.col), 2)),
      ],
    ),
    `Metric: Scrapinghub's token 4-shingle precision / recall (macro over pages) and the F1 of those two means (test/bench/metrics/shingles.ts). ` +
      `Each tool gets its own parse of the page (happy-dom; Defuddle on the DOM named in its column); times are the tool's call only, and Sourcelight's is the whole analyze() (body, metadata, quotes, people), not extraction alone. ` +
      `HTML parse, excluded: median ${ms(median(parseTimes))} ms, p95 ${ms(p95(parseTimes))} ms per page with happy-dom. ` +
      `Readability and Defuddle bodies are the textContent of their output. Published leaderboard for comparison: Readability.js F1 0.947 (jsdom).`,
  ];
  const unavailable = columns.filter((c) => c.unavailable).map((c) => `${c.name}: n/a — ${c.unavailable}`);
  if (unavailable.length) body.push(unavailable.join('\n\n'));

  const sl = perTool[0];
  if (sl && !sl.col.unavailable) {
    const worst = input.pages
      .map((page, i) => {
        const c = sl.counts[i] ?? { tp: 0, fp: 0, fn: 0 };
        const p = c.tp + c.fp > 0 ? pagePrecision(c) : NaN;
        const r = c.tp + c.fn > 0 ? pageRecall(c) : NaN;
        const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
        return { page, p, r, f };
      })
      .sort((a, b) => (Number.isNaN(a.f) ? -1 : a.f) - (Number.isNaN(b.f) ? -1 : b.f))
      .slice(0, 10);
    body.push(
      '<details><summary>Sourcelight’s 10 weakest pages (per-page shingle P / R)</summary>\n\n' +
        table(
          ['page', 'url', 'precision', 'recall', 'F1'],
          worst.map((w) => [shortId(w.page.id), input.truth.get(w.page.id)?.url ?? '', fmt(w.p), fmt(w.r), fmt(w.f)]),
        ) +
        '\n\n</details>',
    );
  }
  return { title: `1. Body extraction — Scrapinghub benchmark (${input.pages.length} pages)`, body };
}
