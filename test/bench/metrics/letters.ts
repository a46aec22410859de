/**
 * Letters-and-digits view of a text, for SCORING.md ("Units are letters and digits only
 * (`\p{L}\p{N}`), compared case-insensitively, so quotation marks, punctuation and whitespace never
 * decide a match"). Each kept unit remembers the UTF-16 offset it came from, so spans given as
 * offsets into `article.text` can be projected onto the units.
 *
 * Each code point is NFKD-decomposed first (so "é" and "e\u0301" both give "e": combining marks
 * are not letters) and lower-cased.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface LetterView {
  /** The kept units, lower-cased. */
  units: string;
  /** origin[i] = UTF-16 offset in the source text of units[i]. */
  origin: number[];
}

export function letterView(text: string): LetterView {
  let units = '';
  const origin: number[] = [];
  let offset = 0;
  for (const codePoint of text) {
    for (const part of codePoint.normalize('NFKD')) {
      if (!LETTER_OR_DIGIT.test(part)) continue;
      for (const lower of part.toLowerCase()) {
        units += lower;
        origin.push(offset);
      }
    }
    offset += codePoint.length;
  }
  return { units, origin };
}

/** The units only (for gold quote texts, which are located, not mapped back). */
export function letters(text: string): string {
  return letterView(text).units;
}

/** Half-open range [start, end) of unit indices. */
export interface UnitRange {
  start: number;
  end: number;
}

/** Units whose origin lies in [start, end) of the source text. `origin` is non-decreasing. */
export function unitRange(view: LetterView, start: number, end: number): UnitRange {
  return { start: lowerBound(view.origin, start), end: lowerBound(view.origin, end) };
}

function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? Infinity) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
