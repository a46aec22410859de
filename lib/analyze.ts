/**
 * `analyze(document, { url })` → Analysis (schema 1, ../shared/guides/analysis-schema.md).
 * Each stage takes the previous stage's output; nothing here touches extension APIs, and the
 * document is only read.
 */
import type { Analysis, Article, Person, Quote } from './types';
import { countWords, readArticle } from './article/index';
import { cslFromArticle, formatCitation } from './cite/index';
import { findPeople, isOfficial, type PeopleResult } from './people/find-people';
import { findQuotes, type FoundQuote } from './quotes/find-quotes';
import { buildTags } from './tags/build-tags';
import type { TextMap } from './text/text-map';

export interface AnalyzeOptions {
  /** The page's URL (used when the page gives no canonical URL). */
  url?: string;
  /** "Now", for the citation's accessed date; tests pass a fixed date. */
  now?: Date;
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
  const { article, map } = readArticle(document, options.url ?? null);
  return { analysis: analyzeArticle(article, map?.blocks ?? [], options.now ?? new Date()), map };
}

/** Plain text (`--text` in the CLI): `article.text` is the input exactly; metadata is null. */
export function analyzeText(text: string, options: Pick<AnalyzeOptions, 'now'> = {}): Analysis {
  const blocks: { start: number; end: number }[] = [];
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text)) {
    if (m[0].trim()) blocks.push({ start: m.index, end: m.index + m[0].length });
  }
  const article: Article = {
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
  return analyzeArticle(article, blocks, options.now ?? new Date());
}

function analyzeArticle(article: Article, blocks: { start: number; end: number }[], now: Date): Analysis {
  const found: PeopleResult = article.text ? findPeople(article.text) : { people: [], organizations: [], places: [] };
  const quotes = article.text ? findQuotes(article.text, blocks, found.people) : [];
  const people = toPeople(found, quotes);
  const csl = cslFromArticle(article, now);
  return {
    schema: 1,
    article,
    quotes: quotes.map((q, i) => toQuote(q, i, article.text, found, people)),
    people,
    organizations: found.organizations,
    places: found.places,
    tags: buildTags(article, found.organizations, found.places),
    citation: { csl, apa: formatCitation(csl, 'apa').text },
  };
}

function toPeople(found: PeopleResult, quotes: FoundQuote[]): Person[] {
  return found.people.map((entry, i) => ({
    id: `p${i + 1}`,
    name: entry.name,
    titles: entry.titles,
    official: isOfficial(entry.titles),
    quoteCount: quotes.filter((q) => q.speaker?.person === entry).length,
    mentions: entry.mentions,
  }));
}

function toQuote(q: FoundQuote, index: number, text: string, found: PeopleResult, people: Person[]): Quote {
  const personIndex = q.speaker?.person ? found.people.indexOf(q.speaker.person) : -1;
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
          personId: personIndex >= 0 ? people[personIndex]!.id : null,
          start: q.speaker.start,
          end: q.speaker.end,
          resolution: q.speaker.resolution,
        }
      : null,
  };
}
