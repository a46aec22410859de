/** Loading the fixture pages (test/fixtures) for the unit tests. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../../lib/dom/parse-html';
import { analyze } from '../../../lib/analyze';
import type { Analysis } from '../../../lib/types';
import type { GoldAttribution } from './score-quotes';

// import.meta.url's URL class is happy-dom's under vitest: resolve with node:path instead.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/');

/** Fixed "now" so citations are stable. */
export const NOW = new Date('2026-11-28T12:00:00Z');

export interface RealPage {
  file: string;
  source: string;
  url: string;
  licence: string;
  attribution: GoldAttribution | null;
  expectedBody: string | null;
  expectedMetadata: Record<string, unknown> | null;
  nonArticle?: boolean;
}

export function readFixture(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

export function realPages(): RealPage[] {
  return JSON.parse(readFixture('real/index.json')) as RealPage[];
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
