/**
 * One pass over every HTML page the areas need: each page is parsed once per tool (a fresh
 * happy-dom window each, closed after use) and the tool's output and time are kept for the areas
 * to score. Times cover the tool's call only, not the HTML parse (in a browser the page is already
 * parsed). A tool that throws on a page is recorded as a failure and scores as an empty output.
 */
import type { Analysis } from '../../lib/types';
import { defuddleText, linkedomDocument, runDefuddle, runReadability, type LinkedomParse, type ReadabilityOutput } from './anchors';
import { closePage, parseHtml } from './dom';
import type { HtmlPage } from './load-pages';
import { failureMessage, type Failure } from './report';
import type { SourcelightApi } from './sourcelight';

export interface ToolRun<T> {
  output: T | null;
  ms: number | null;
  error: string | null;
}

export interface PageRun {
  page: HtmlPage;
  url: string;
  htmlChars: number;
  /** happy-dom parse (document.write) of the Sourcelight copy, for context. */
  parseMs: number;
  sourcelight: ToolRun<Analysis>;
  /** `readArticle` alone (detection, body, metadata) on its own parse; output: whether it is an article. */
  extraction: ToolRun<boolean>;
  readability: ToolRun<ReadabilityOutput>;
  /** Defuddle's body text; null when Defuddle was not asked for on this page. */
  defuddle: ToolRun<string> | null;
}

/** Which DOM Defuddle runs on: linkedom (its own choice in Node) when loadable, else happy-dom. */
export interface DefuddleDom {
  name: 'linkedom' | 'happy-dom';
  parse: LinkedomParse | null;
}

/** Defuddle on a linkedom document: parse untimed, `parse()` timed, text untimed. */
function defuddleOnLinkedom(parse: LinkedomParse, html: string, url: string): ToolRun<string> {
  try {
    const document = linkedomDocument(parse, html, url);
    const t0 = performance.now();
    const output = runDefuddle(document, url);
    const ms = performance.now() - t0;
    return { output: defuddleText(document, output), ms, error: null };
  } catch (error) {
    return { output: null, ms: null, error: failureMessage(error) };
  }
}

async function runDefuddleOn(dom: DefuddleDom, html: string, url: string): Promise<ToolRun<string>> {
  if (dom.parse) return defuddleOnLinkedom(dom.parse, html, url);
  const run = await timed(html, url, (d) => runDefuddle(d, url), defuddleText);
  return { output: run.output, ms: run.ms, error: run.error };
}

export interface PageJob {
  page: HtmlPage;
  url: string;
  withDefuddle: boolean;
}

const notRun = <T>(reason: string): ToolRun<T> => ({ output: null, ms: null, error: reason });

async function timed<T, U = T>(
  html: string,
  url: string,
  run: (document: Document) => T,
  after: (document: Document, value: T) => U = (_d, v) => v as unknown as U,
): Promise<ToolRun<U> & { parseMs: number }> {
  const t0 = performance.now();
  const parsed = parseHtml(html, url);
  const parseMs = performance.now() - t0;
  try {
    const t1 = performance.now();
    const value = run(parsed.document);
    const ms = performance.now() - t1;
    // Untimed post-processing (Defuddle's HTML → text) on the same document.
    return { output: after(parsed.document, value), ms, error: null, parseMs };
  } catch (error) {
    return { output: null, ms: null, error: failureMessage(error), parseMs };
  } finally {
    await closePage(parsed);
  }
}

/** Runs the tools on a few pages untimed, so that JIT warm-up does not land on the first pages. */
export async function warmUp(jobs: PageJob[], api: SourcelightApi, dom: DefuddleDom): Promise<void> {
  for (const job of jobs.slice(0, 3)) {
    const html = job.page.readHtml();
    const analyze = api.analyze;
    if (analyze) await timed(html, job.url, (d) => analyze(d, { url: job.url }));
    const readArticle = api.readArticle;
    if (readArticle) await timed(html, job.url, (d) => readArticle(d, job.url));
    await timed(html, job.url, runReadability);
    await runDefuddleOn(dom, html, job.url);
  }
}

export async function runPages(jobs: PageJob[], api: SourcelightApi, dom: DefuddleDom, failures: Failure[]): Promise<Map<string, PageRun>> {
  const runs = new Map<string, PageRun>();
  let done = 0;
  for (const job of jobs) {
    const html = job.page.readHtml();
    const analyze = api.analyze;
    const sl = analyze
      ? await timed(html, job.url, (d) => analyze(d, { url: job.url }))
      : { ...notRun<Analysis>(api.unavailable ?? 'no analyze'), parseMs: NaN };
    const readArticle = api.readArticle;
    const ex = readArticle ? await timed(html, job.url, (d) => readArticle(d, job.url).article.isArticle) : notRun<boolean>('no readArticle');
    const rd = await timed(html, job.url, runReadability);
    const df = job.withDefuddle ? await runDefuddleOn(dom, html, job.url) : null;
    if (analyze && sl.error) failures.push({ area: 'pages', tool: 'Sourcelight analyze', id: job.page.id, message: sl.error });
    if (rd.error) failures.push({ area: 'pages', tool: 'Readability', id: job.page.id, message: rd.error });
    if (df?.error) failures.push({ area: 'pages', tool: 'Defuddle', id: job.page.id, message: df.error });
    runs.set(job.page.id, {
      page: job.page,
      url: job.url,
      htmlChars: html.length,
      parseMs: Number.isNaN(sl.parseMs) ? rd.parseMs : sl.parseMs,
      sourcelight: { output: sl.output, ms: sl.ms, error: sl.error },
      extraction: { output: ex.output, ms: ex.ms, error: ex.error },
      readability: { output: rd.output, ms: rd.ms, error: rd.error },
      defuddle: df,
    });
    done++;
    if (done % 25 === 0 || done === jobs.length) process.stderr.write(`  pages ${done}/${jobs.length}\n`);
  }
  return runs;
}
