/** Loading the fixture pages (test/fixtures) for the unit tests. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../../lib/dom/parse-html';
import { analyze } from '../../../lib/analyze';
import type { Analysis } from '../../../lib/types';
import type { GoldAttribution } from './score-quotes';

// import.meta.url's URL class is happy-dom's under vitest: resolve with node:path instead.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/');
/** The repository's root folder. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Fixed "now" so citations are stable. */
export const NOW = new Date('2026-11-28T12:00:00Z');

/** The gold metadata of a real page (its `expected-metadata.json`, from attribution/dev.jsonl). */
export interface ExpectedMetadata {
  isArticle: boolean;
  title?: string | null;
  authors?: string[];
  siteName?: string | null;
  /** The page's own calendar day, YYYY-MM-DD. */
  published?: string | null;
  dateline?: string | null;
  url: string | null;
}

/** One folder of test/fixtures/real (see test/fixtures/README.md), with its index.json entry. */
export interface RealPage {
  /** Folder name: the Readability test page's name, or `<site>-<first 12 of id>` for Scrapinghub. */
  slug: string;
  /** `readability/<name>` or `scrapinghub/<full id>` in ../shared/data. */
  source: string;
  /** The URL the page is analysed under (the gold URL, else the page's canonical). */
  url: string;
  licence: string;
  outlet: string | null;
  nonArticle?: true;
  /** Path of the saved page under test/fixtures. */
  file: string;
  metadata: ExpectedMetadata;
  /** The page's line of attribution/dev.jsonl (expected-metadata.json + expected-attribution.json); null on the non-article. */
  attribution: GoldAttribution | null;
  /** expected.txt: Readability's expected.html as text, or Scrapinghub's ground-truth articleBody. */
  expectedText: string;
  /** Readability pages: upstream expected-metadata.json (title, byline, siteName, …). */
  readabilityMetadata: Record<string, unknown> | null;
}

type IndexEntry = Pick<RealPage, 'slug' | 'source' | 'url' | 'licence' | 'outlet' | 'nonArticle'>;

export function readFixture(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

export function realPages(): RealPage[] {
  const index = JSON.parse(readFixture('real/index.json')) as IndexEntry[];
  return index.map((entry) => {
    const dir = `real/${entry.slug}/`;
    const metadata = JSON.parse(readFixture(dir + 'expected-metadata.json')) as ExpectedMetadata;
    let attribution: GoldAttribution | null = null;
    if (existsSync(FIXTURES + dir + 'expected-attribution.json')) {
      const { isArticle: _isArticle, ...fields } = metadata;
      const rest = JSON.parse(readFixture(dir + 'expected-attribution.json')) as Pick<GoldAttribution, 'page' | 'quotes' | 'officials' | 'people'>;
      attribution = { ...fields, ...rest } as GoldAttribution;
    }
    const readabilityFile = dir + 'readability-expected-metadata.json';
    return {
      ...entry,
      file: dir + 'source.html',
      metadata,
      attribution,
      expectedText: readFixture(dir + 'expected.txt'),
      readabilityMetadata: existsSync(FIXTURES + readabilityFile) ? (JSON.parse(readFixture(readabilityFile)) as Record<string, unknown>) : null,
    };
  });
}

export interface SeedFixture {
  url: string;
  expectedParagraphs: string[];
  expectedMetadata: { title: string; documentTitle: string; siteName: string; canonical: string; section: string; lang: string };
  attribution: GoldAttribution;
}

export function seedFixture(): SeedFixture {
  return JSON.parse(readFixture('seed/trend-itu-cybercrime.json')) as SeedFixture;
}

/** Parses an HTML string, analyses it and frees the window. */
export function analyzeHtml(html: string, url = 'https://example.com/news/story.html'): Analysis {
  const page = parseHtml(html, url);
  try {
    return analyze(page.document, { url, now: NOW });
  } finally {
    page.close();
  }
}

/** The page's `<title>` text, as parsed. */
export function documentTitle(html: string): string {
  const page = parseHtml(html);
  try {
    return page.document.title;
  } finally {
    page.close();
  }
}
