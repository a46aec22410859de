/**
 * `analyze(document, { url })` → Analysis (schema 1, ../shared/guides/analysis-schema.md).
 * Each stage takes the previous stage's output; nothing here touches extension APIs, and the
 * document is only read.
 *
 * Time cap (`budgetMs`): the stages are synchronous, so the clock is read between them. The
 * article stage (body, metadata, text map) always runs whole: without it there is nothing to show.
 * People and quotes cost time in proportion to the text, so they read only as much of
 * `article.text` as fits in the budget left (whole paragraphs, from the start), and the quote
 * stage is skipped if the people stage overran. They always get at least a fifth of the budget,
 * even after a slow article stage: that is 300,000 characters by default, more than any real
 * article, so a slow page still gets its quotes and only a huge text is cut. Tags and the
 * citation are cheap and always computed. A cut or a skip sets `partial: true`; `article` is
 * complete either way.
 */
import type { Analysis, Article, Person, Quote } from './types';
import { countWords, readArticle } from './article/index';
import { findPeople, isOfficial, type PeopleResult, type PersonEntry } from './people/find-people';
import { findQuotes, type FoundQuote } from './quotes/find-quotes';
import type { TextMap } from './text/text-map';
import { joinFindings, type TextBlock, type TextFindings } from './findings';

export interface AnalyzeOptions {
  /** The page's URL (used when the page gives no canonical URL). */
  url?: string;
  /** "Now", for the citation's accessed date; tests pass a fixed date. */
  now?: Date;
  /**
   * Milliseconds the analysis may take (default DEFAULT_BUDGET_MS); past it the result is
   * `partial` (see the top of this file). `Infinity` turns the cap off.
   */
  budgetMs?: number;
  /** Milliseconds clock the budget is measured with (default `performance.now`); tests pass a fake. */
  clock?: () => number;
  /**
   * The article's metadata, the tags and the citation are computed when first read, not during
   * the call (lib/lazy-fields.ts): the content script's highlights need none of them.
   */
  lazyMetadata?: boolean;
  /** The caller has just run the article pre-check and it passed (the content script). */
  passedPrecheck?: boolean;
}

/**
 * The default time cap, in the browser and the CLI: an analysis that takes longer than this on a
 * page would be felt (the content script runs in the page's own thread). Real articles are far
 * below it: 20 ms median, 350 ms p95 in happy-dom on the 258 pages of the bench.
 */
export const DEFAULT_BUDGET_MS = 1500;

/**
 * How fast the people and quote stages are assumed to read, in characters of article.text per
 * millisecond, to decide how much text fits in the time they have. Measured: about 2,500 chars/ms
 * for both together on a 4.9 M-character body (people 1.6 s, quotes 0.4 s; Node 20 on a busy
 * 2-core machine); assumed 2.5 times slower, for slow devices.
 */
const LATER_STAGES_CHARS_PER_MS = 1000;

/** The share of the budget people and quotes get even when the article stage has used it all. */
const LATER_STAGES_MIN_SHARE = 0.2;


interface Budget {
  /** Milliseconds since the analysis started. */
  elapsed(): number;
  total: number;
}

function startBudget(options: Pick<AnalyzeOptions, 'budgetMs' | 'clock'>): Budget {
  const clock = options.clock ?? (() => performance.now());
  const given = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const start = clock();
  return { elapsed: () => clock() - start, total: Number.isNaN(given) ? DEFAULT_BUDGET_MS : Math.max(0, given) };
}

export interface AnalysisWithMap {
  analysis: Analysis;
  /** From `article.text` offsets to DOM ranges, for highlighting; null when no body was found. */
  map: TextMap | null;
}

export function analyze(document: Document, options: AnalyzeOptions = {}): Analysis {
  return analyzeWithMap(document, options).analysis;
}

/** As `analyze`, also returning the text map the content script highlights with. */
export function analyzeWithMap(document: Document, options: AnalyzeOptions = {}): AnalysisWithMap {
  const budget = startBudget(options);
  const { article, map } = readArticle(document, options.url ?? null, { lazyMetadata: options.lazyMetadata, passedPrecheck: options.passedPrecheck });
  return { analysis: analyzeArticle(article, map?.blocks ?? [], options.now ?? new Date(), budget, options.lazyMetadata), map };
}

/** Plain text (`--text` in the CLI): `article.text` is the input exactly; metadata is null. */
export function analyzeText(text: string, options: Pick<AnalyzeOptions, 'now' | 'budgetMs' | 'clock'> = {}): Analysis {
  const budget = startBudget(options);
  const blocks: { start: number; end: number }[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
  }
  const article = plainTextArticle(text);
  return analyzeArticle(article, blocks, options.now ?? new Date(), budget);
}

/** People and quotes in `text`, within the time budget left (see the top of this file). */
export function findInText(text: string, blocks: TextBlock[], options: Pick<AnalyzeOptions, 'budgetMs' | 'clock'> = {}): TextFindings {
  return textStages(text, blocks, startBudget(options));
}

function textStages(text: string, blocks: TextBlock[], budget: Budget): TextFindings {
  // Time for people and quotes, from the end of the article stage.
  const laterStart = budget.elapsed();
  const laterMs = Math.max(budget.total - laterStart, budget.total * LATER_STAGES_MIN_SHARE);
  const fits = fitText(text, blocks, laterMs * LATER_STAGES_CHARS_PER_MS);
  let partial = fits.text.length < text.length;
  const found: PeopleResult = fits.text ? findPeople(fits.text) : { people: [], organizations: [], places: [] };
  let quotes: FoundQuote[] = [];
  if (fits.text && budget.elapsed() - laterStart < laterMs) quotes = findQuotes(fits.text, fits.blocks, found.people);
  else if (fits.text) partial = true;
  const people = toPeople(found, quotes);
  // Position of each roster entry, found once (not indexOf per quote: names × quotes on a big page).
  const personIndex = new Map(found.people.map((entry, i) => [entry, i]));
  return {
    quotes: quotes.map((q, i) => toQuote(q, i, text, people, personIndex)),
    people,
    organizations: found.organizations,
    places: found.places,
    partial,
  };
}

function analyzeArticle(article: Article, blocks: TextBlock[], now: Date, budget: Budget, lazy = false): Analysis {
  return joinFindings(article, textStages(article.text, blocks, budget), now, lazy);
}

/**
 * The start of `text` the later stages can read in the budget left: whole paragraphs while they
 * fit, else the first paragraph cut at a space. Offsets are unchanged (it is a prefix), so spans
 * found in it are spans of the whole text.
 */
function fitText(text: string, blocks: TextBlock[], maxChars: number): { text: string; blocks: TextBlock[] } {
  if (text.length <= maxChars) return { text, blocks };
  if (!(maxChars >= 1)) return { text: '', blocks: [] };
  const kept = blocks.filter((b) => b.end <= maxChars);
  let end = kept.at(-1)?.end ?? 0;
  const first = blocks[0];
  if (kept.length === 0 && first) {
    // One paragraph longer than the budget allows (a page of unbroken text): its start, to a space.
    const limit = Math.floor(maxChars);
    const space = text.lastIndexOf(' ', limit);
    end = space > first.start ? space : limit;
    kept.push({ start: first.start, end });
  }
  return { text: text.slice(0, end), blocks: kept };
}

function toPeople(found: PeopleResult, quotes: FoundQuote[]): Person[] {
  // Counted in one pass: a page with thousands of names and quotes must not cost names × quotes.
  const counts = new Map<PersonEntry, number>();
  for (const q of quotes) {
    const person = q.speaker?.person;
    if (person) counts.set(person, (counts.get(person) ?? 0) + 1);
  }
  return found.people.map((entry, i) => ({
    id: `p${i + 1}`,
    name: entry.name,
    titles: entry.titles,
    official: isOfficial(entry.titles),
    quoteCount: counts.get(entry) ?? 0,
    mentions: entry.mentions,
  }));
}

function toQuote(q: FoundQuote, index: number, text: string, people: Person[], personIndex: Map<PersonEntry, number>): Quote {
  const i = q.speaker?.person ? (personIndex.get(q.speaker.person) ?? -1) : -1;
  return {
    id: `q${index + 1}`,
    kind: q.kind,
    text: text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    cue: q.cue,
    speaker: q.speaker
      ? {
          name: q.speaker.name,
          title: q.speaker.title,
          anonymous: q.speaker.anonymous,
          personId: i >= 0 ? people[i]!.id : null,
          start: q.speaker.start,
          end: q.speaker.end,
          resolution: q.speaker.resolution,
        }
      : null,
  };
}

/** The Article of plain text: the text itself, no metadata (the CLI's `--text`). */
export function plainTextArticle(text: string): Article {
  return {
    isArticle: true,
    title: null,
    authors: [],
    organizationAuthors: [],
    siteName: null,
    publisher: null,
    published: null,
    modified: null,
    dateline: null,
    section: null,
    lang: null,
    url: null,
    keywords: [],
    text,
    wordCount: countWords(text),
  };
}
