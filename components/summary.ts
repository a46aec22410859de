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
  for (const { speaker } of analysis.quotes) {
    if (!speaker) continue;
    const anonymous = speaker.anonymous || !speaker.name;
    const person = speaker.personId ? people.get(speaker.personId) : undefined;
    const key = anonymous ? 'anonymous' : (speaker.personId ?? `name:${speaker.name}`);
    const entry = bySpeaker.get(key);
    if (entry) {
      entry.quoteCount += 1;
      entry.title ??= anonymous ? null : speaker.title;
      continue;
    }
    bySpeaker.set(key, {
      key,
      name: anonymous ? ANONYMOUS_SOURCES : (person?.name ?? speaker.name ?? ''),
      title: anonymous ? null : (person?.titles[0] ?? speaker.title),
      quoteCount: 1,
      anonymous,
    });
  }
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
