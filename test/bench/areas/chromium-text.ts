/**
 * Area 7: the text stages in Chromium, warm — the speed figures issues #4 and #5 ask for "in
 * Chromium": `findPeople` per 1,000 words on the GUM texts, and people + quotes (`analyzeText`:
 * people, quotes, tags, citation) per 1,000 words on each annotated page's article text.
 *
 * lib/ is bundled with esbuild (the same sources the content script is built from, unminified)
 * into a blank page of Debian's Chromium; each text runs WARM_RUNS times untimed, then
 * TIMED_RUNS times, and its median is kept. No DOM is involved: these stages read plain text.
 */
import { CHROMIUM_PATH } from './chromium';
import { countWords, median, sum } from '../metrics/stats';
import { fmt, ms, table, type Section } from '../report';

const WARM_RUNS = 2;
const TIMED_RUNS = 3;

export interface TextSample {
  id: string;
  text: string;
}

export interface ChromiumTextResult {
  /** Per GUM text: words and findPeople's median ms. */
  people: { id: string; words: number; ms: number }[];
  /** Per annotated page: words and analyzeText's median ms. */
  pages: { id: string; words: number; ms: number }[];
  seconds: number;
}

/** The page-side runner: median time of `fn(text)` over TIMED_RUNS after WARM_RUNS. */
const RUNNER = `
globalThis.__timeEach = (name, texts, warm, timed) => texts.map((text) => {
  const fn = globalThis.__sl[name];
  for (let i = 0; i < warm; i++) fn(text);
  const times = [];
  for (let i = 0; i < timed; i++) { const t0 = performance.now(); fn(text); times.push(performance.now() - t0); }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
});`;

async function bundle(repoRoot: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: {
      contents: "import { analyzeText } from './lib/analyze'; import { findPeople } from './lib/people/find-people'; globalThis.__sl = { analyzeText, findPeople };",
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
  });
  return (result.outputFiles[0]?.text ?? '') + RUNNER;
}

export async function runChromiumText(repoRoot: string, gum: TextSample[], pages: TextSample[]): Promise<ChromiumTextResult> {
  const started = performance.now();
  const code = await bundle(repoRoot);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>sourcelight bench</title>');
    await page.addScriptTag({ content: code });
    const time = (name: string, samples: TextSample[]): Promise<number[]> =>
      page.evaluate(
        ([n, texts, warm, timed]) => (globalThis as unknown as { __timeEach: (...a: unknown[]) => number[] }).__timeEach(n, texts, warm, timed),
        [name, samples.map((s) => s.text), WARM_RUNS, TIMED_RUNS] as const,
      );
    const peopleMs = await time('findPeople', gum);
    const pageMs = await time('analyzeText', pages);
    return {
      people: gum.map((s, i) => ({ id: s.id, words: countWords(s.text), ms: peopleMs[i] ?? NaN })),
      pages: pages.map((s, i) => ({ id: s.id, words: countWords(s.text), ms: pageMs[i] ?? NaN })),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await browser.close();
  }
}

const perK = (rows: { words: number; ms: number }[]): number[] => rows.filter((r) => r.words > 0).map((r) => (r.ms / r.words) * 1000);
const overall = (rows: { words: number; ms: number }[]): number => (sum(rows.map((r) => r.ms)) / Math.max(1, sum(rows.map((r) => r.words)))) * 1000;
const verdict = (value: number, limit: number): string => (Number.isNaN(value) ? '–' : value <= limit ? 'met' : 'missed');

export function chromiumTextSection(input: ChromiumTextResult | { skipped: string }): Section {
  const title = '7 Text stages in Chromium (warm)';
  if ('skipped' in input) return { title, body: [`skipped: ${input.skipped}`] };
  const peopleMedian = median(perK(input.people));
  const pagesMedian = median(perK(input.pages));
  return {
    title,
    body: [
      `lib/ bundled with esbuild into a blank page of ${CHROMIUM_PATH} (headless); per text ${WARM_RUNS} untimed runs, then the median of ${TIMED_RUNS}. ${fmt(input.seconds, 1)} s. Words = letter/digit runs.`,
      table(
        ['', 'value', 'target', ''],
        [
          [`findPeople, GUM (${input.people.length} texts): ms per 1,000 words, median per text`, ms(peopleMedian), '≤ 2 (issue #5)', verdict(peopleMedian, 2)],
          ['findPeople, GUM: Σ time ÷ Σ words × 1,000', ms(overall(input.people)), '', ''],
          [`people + quotes (analyzeText), annotated pages (${input.pages.length}): ms per 1,000 words, median per page`, ms(pagesMedian), '< 5 (issue #4)', verdict(pagesMedian, 5)],
          ['people + quotes: Σ time ÷ Σ words × 1,000', ms(overall(input.pages)), '', ''],
        ],
      ),
      '<details><summary>Per annotated page (people + quotes)</summary>\n\n' +
        table(
          ['page', 'words', 'ms', 'ms / 1,000 words'],
          input.pages.map((p) => [p.id.length > 40 ? `${p.id.slice(0, 40)}…` : p.id, p.words, ms(p.ms), ms(p.words ? (p.ms / p.words) * 1000 : NaN)]),
        ) +
        '\n\n</details>',
    ],
  };
}
