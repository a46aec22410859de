/**
 * What the summary card shows, derived from an `Analysis` by small pure functions: the views stay
 * markup only, and these are tested directly.
 */
import type { Analysis, Quote, QuoteKind } from '../lib/types';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** "2014-12-18", "2014-12" or "2014" at the start of an ISO 8601 string. */
const ISO_CALENDAR_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * The page's own calendar day, read from the ISO string's date part: "2014-12-18T00:30:00+04:00"
 * is 18 December 2014 wherever the reader is. Going through `new Date()` would shift it to
 * 17 December for a reader in UTC. Null when there is no usable date.
 */
export function formatCalendarDate(iso: string | null): string | null {
  const match = iso ? ISO_CALENDAR_PREFIX.exec(iso.trim()) : null;
  if (!match) return null;
  const [, year = null, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year; // "2014", or a month that does not exist
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= 31 ? `${dayNumber} ${monthName} ${year}` : `${monthName} ${year}`;
}

export type QuoteCounts = Record<QuoteKind, number> & { total: number; unattributed: number };

export function countQuotes(quotes: readonly Quote[]): QuoteCounts {
  const counts: QuoteCounts = { total: quotes.length, direct: 0, indirect: 0, mixed: 0, unattributed: 0 };
  for (const quote of quotes) {
    counts[quote.kind] += 1;
    if (!quote.speaker) counts.unattributed += 1;
  }
  return counts;
}

export interface QuotedSpeaker {
  /** Stable key for lists: the person id, the name, or "anonymous". */
  key: string;
  name: string;
  title: string | null;
  quoteCount: number;
  anonymous: boolean;
  /** Words inside this speaker's quotes. */
  words: number;
  /** `words` as a share (0–1) of every quoted word in the story, unattributed ones included. */
  share: number;
}

export const ANONYMOUS_SOURCES = 'Anonymous sources';

/**
 * Who is quoted, most-quoted first (ties keep the order of first quote); every anonymous quote
 * ("a source familiar with…", "officials said") goes in one "Anonymous sources" group, listed last.
 * Quotes with no speaker at all are not a person and are left to `countQuotes().unattributed`.
 */
export function listQuotedSpeakers(analysis: Analysis): QuotedSpeaker[] {
  const people = new Map(analysis.people.map((person) => [person.id, person]));
  const bySpeaker = new Map<string, QuotedSpeaker>();
  const totalWords = analysis.quotes.reduce((sum, quote) => sum + countWords(quote.text), 0);
  for (const { speaker, text } of analysis.quotes) {
    if (!speaker) continue;
    const words = countWords(text);
    const anonymous = speaker.anonymous || !speaker.name;
    const person = speaker.personId ? people.get(speaker.personId) : undefined;
    const key = anonymous ? 'anonymous' : (speaker.personId ?? `name:${speaker.name}`);
    const entry = bySpeaker.get(key);
    if (entry) {
      entry.quoteCount += 1;
      entry.words += words;
      entry.title ??= anonymous ? null : speaker.title;
      continue;
    }
    bySpeaker.set(key, {
      key,
      name: anonymous ? ANONYMOUS_SOURCES : (person?.name ?? speaker.name ?? ''),
      title: anonymous ? null : (person?.titles[0] ?? speaker.title),
      quoteCount: 1,
      anonymous,
      words,
      share: 0,
    });
  }
  for (const entry of bySpeaker.values()) entry.share = totalWords > 0 ? entry.words / totalWords : 0;
  return [...bySpeaker.values()].sort(
    (a, b) => Number(a.anonymous) - Number(b.anonymous) || b.quoteCount - a.quoteCount,
  );
}

export interface Official {
  key: string;
  name: string;
  titles: string[];
}

/** People holding an office, in the order the article introduces them. */
export function listOfficials(analysis: Analysis): Official[] {
  return analysis.people
    .filter((person) => person.official)
    .map((person) => ({ key: person.id, name: person.name, titles: person.titles }));
}

/** The first `maxWords` words of a quote, with an ellipsis when cut: a label, not the quote. */
export function quotePreview(text: string, maxWords = 8): string {
  const words = text.trim().split(/\s+/);
  return words.length <= maxWords ? words.join(' ') : `${words.slice(0, maxWords).join(' ')}…`;
}

/** Who a quote is attributed to, as the quote list names them. */
export function quoteSpeakerLabel(quote: Quote): string {
  if (!quote.speaker) return 'Unattributed';
  if (quote.speaker.anonymous || !quote.speaker.name) return 'Anonymous source';
  return quote.speaker.name;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Words as a reader counts them: runs of letters or digits ("doesn't" and "co-operation" are one). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** "42%", "<1%" for a small non-zero share: a share is never shown as 0% when there is one. */
export function formatShare(share: number): string {
  if (!(share > 0)) return '0%';
  const percent = Math.round(share * 100);
  return percent === 0 ? '<1%' : `${percent}%`;
}

export interface Sourcing {
  /** Quotes attributed to a named person (or organisation). */
  named: number;
  /** Quotes from "a source", "officials", "a spokesman who asked not to be named". */
  anonymous: number;
  unattributed: number;
  /** Share (0–1) of quoted words that come from anonymous sources: how much rests on them. */
  anonymousShare: number;
  /** Distinct named speakers. */
  namedSpeakers: number;
}

/** Named against anonymous sourcing, by quotes and by quoted words. */
export function summarizeSourcing(analysis: Analysis): Sourcing {
  const sourcing: Sourcing = { named: 0, anonymous: 0, unattributed: 0, anonymousShare: 0, namedSpeakers: 0 };
  let total = 0;
  let anonymousWords = 0;
  const names = new Set<string>();
  for (const quote of analysis.quotes) {
    const words = countWords(quote.text);
    total += words;
    if (!quote.speaker) sourcing.unattributed += 1;
    else if (quote.speaker.anonymous || !quote.speaker.name) {
      sourcing.anonymous += 1;
      anonymousWords += words;
    } else {
      sourcing.named += 1;
      names.add(quote.speaker.personId ?? quote.speaker.name);
    }
  }
  sourcing.anonymousShare = total > 0 ? anonymousWords / total : 0;
  sourcing.namedSpeakers = names.size;
  return sourcing;
}

/**
 * Adult silent reading of non-fiction averages about 238 words a minute (Brysbaert, 2019, "How
 * many words do we read per minute?"). Null for an empty article.
 */
const WORDS_PER_MINUTE = 238;

export function readingMinutes(wordCount: number): number | null {
  if (!(wordCount > 0)) return null;
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/** The card shows at most ten tags (analysis.tags is already most specific first). */
export const MAX_CARD_TAGS = 10;

export function cardTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const tag of tags) {
    const key = tag.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(tag.trim());
    if (kept.length === MAX_CARD_TAGS) break;
  }
  return kept;
}
