/**
 * Shapes of the gold files the bench reads (../shared/data). Field meanings are those of
 * attribution/GUIDELINES.md, readability's expected-metadata.json and gum-news/persons.jsonl.
 */
import type { QuoteKind } from '../../lib/types';

/** One quote of attribution/dev.jsonl. */
export interface GoldQuote {
  kind: QuoteKind;
  text: string;
  /** Resolved full name, organisation or document; null when anonymous or none. */
  speaker: string | null;
  mention: string | null;
  title: string | null;
  anonymous: boolean;
  cue: string | null;
}

export interface GoldOfficial {
  name: string;
  title: string;
}

/** One line of attribution/dev.jsonl. */
export interface GoldPage {
  page: string;
  url: string | null;
  title: string | null;
  authors: string[];
  siteName: string | null;
  /** YYYY-MM-DD in the publisher's own time zone, null when not shown. */
  published: string | null;
  dateline: string | null;
  quotes: GoldQuote[];
  officials: GoldOfficial[];
  people: string[];
}

/** readability/<name>/expected-metadata.json (Readability's own expected output). */
export interface ReadabilityExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  dir?: string | null;
  lang?: string | null;
  excerpt?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

/** One line of gum-news/persons.jsonl: named-person spans (UTF-16 offsets into text). */
export interface GumText {
  id: string;
  text: string;
  persons: { start: number; end: number; text: string }[];
}
