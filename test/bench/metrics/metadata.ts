/**
 * Metadata field comparison, SCORING.md (last paragraph): "Metadata fields are compared after
 * Unicode normalisation, whitespace folding and case folding; `published` compares the calendar
 * date only; `authors` compares the set of names." A gold null (no dateline, no date shown) is
 * matched only by a null or empty prediction.
 */

/** NFKC, whitespace runs → one space, trimmed, lower-cased. Empty → null. */
export function foldField(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const folded = value.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return folded.length > 0 ? folded : null;
}

export function sameText(gold: string | null, predicted: string | null | undefined): boolean {
  return foldField(gold) === foldField(predicted);
}

/** Sets of folded names (order and duplicates ignored). */
export function sameAuthors(gold: string[], predicted: string[]): boolean {
  const g = new Set(gold.map(foldField).filter((n): n is string => n !== null));
  const p = new Set(predicted.map(foldField).filter((n): n is string => n !== null));
  return g.size === p.size && [...g].every((n) => p.has(n));
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

/**
 * The calendar day of a date string. An ISO 8601 value keeps the day as written, which is the
 * day in the page's own offset (schema: "ISO 8601 keeping the page's own offset"). Anything else
 * (a Readability publishedTime in another format) goes through Date.parse and is read in UTC.
 */
export function calendarDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const iso = ISO_DAY.exec(trimmed);
  if (iso) return iso[1] ?? null;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

export function sameDay(gold: string | null, predicted: string | null | undefined): boolean {
  return calendarDay(gold) === calendarDay(predicted);
}

/**
 * Readability gives one byline string; its names for the `authors` comparison: a leading "By"
 * dropped, then split on commas, semicolons, "|", "&" and the word "and". Whatever else the
 * byline holds (an outlet, a job title) stays a "name" and so costs the set match, as it should.
 */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .replace(/^\s*by\s+/iu, '')
    .split(/\s*(?:[,;|&]|\band\b)\s*/iu)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
