/**
 * Text-fragment links (URL#:~:text=…) that open the article scrolled to a quote.
 * Syntax: https://wicg.github.io/scroll-to-text-fragment/ — see ../../../shared/guides/citations.md.
 */

// Longest quote linked as exact text; longer ones become `start,end`.
const EXACT_MAX_CHARS = 300;
// Below this length a term is likely to occur elsewhere too, so it gets a prefix and suffix.
const SHORT_TERM_CHARS = 20;
// Words in a `start` / `end` term: enough to be distinctive, few enough to survive edits.
const RANGE_WORDS_MIN = 3;
const RANGE_WORDS_MAX = 10;
const RANGE_WORDS_DEFAULT = 5;
// Words of page context taken for a prefix or suffix.
const CONTEXT_WORDS = 3;

// Quotation marks and dashes before a term; those and sentence punctuation after it:
// “… and the whole world,” → … and the whole world
const LEADING = /^[\s"'“”‘’«»„‚‹›—–-]+/u;
const TRAILING = /[\s"'“”‘’«»„‚‹›—–.,;:!?…-]+$/u;
const trimTerm = (t: string): string => t.replace(/\s+/g, ' ').replace(LEADING, '').replace(TRAILING, '');

// A term cannot span two blocks, and an elided quote ("we will … win") is not on the page as typed.
const BREAKS = /\s*(?:\[(?:…|\.\.\.)\]|…|\.{3})\s*|\n+/u;

/** `-`, `,` and `&` are the directive's own syntax: `encodeURIComponent` leaves `-` raw. */
const encodeTerm = (t: string): string => encodeURIComponent(t).replace(/-/g, '%2D');

interface Found {
  index: number;
  end: number;
}

/** Word-bounded, case-insensitive occurrences of `term` in `page`, whitespace-tolerant. */
function occurrences(page: string, term: string): Found[] {
  const body = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
  return [...page.matchAll(re)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
}

function nearest(found: Found[], at: number | undefined): Found | undefined {
  if (at === undefined) return found[0];
  return found.reduce<Found | undefined>((best, f) => (!best || Math.abs(f.index - at) < Math.abs(best.index - at) ? f : best), undefined);
}

/** Up to three words right before `index`, in the same block (quotation marks included: `Kayikov. "`). */
function prefixBefore(page: string, index: number): string {
  const block = page.slice(page.lastIndexOf('\n', index - 1) + 1, index);
  return new RegExp(`(?:\\S+\\s+){0,${CONTEXT_WORDS - 1}}\\S+\\s*$`, 'u').exec(block)?.[0].trimEnd() ?? '';
}

/** Up to three words right after `end`, in the same block, trailing punctuation dropped. */
function suffixAfter(page: string, end: number): string {
  const stop = page.indexOf('\n', end);
  const block = page.slice(end, stop < 0 ? undefined : stop);
  const words = new RegExp(`^\\s*\\S+(?:\\s+\\S+){0,${CONTEXT_WORDS - 1}}`, 'u').exec(block)?.[0].trim() ?? '';
  return words.replace(/[.,;:!?…]+$/u, '');
}

/** The shortest term of 3–10 words (from the start or the end of `words`) that is unique on the page. */
function rangeTerm(words: string[], fromEnd: boolean, page: string | undefined): string {
  const take = (n: number): string => trimTerm((fromEnd ? words.slice(-n) : words.slice(0, n)).join(' '));
  const max = Math.min(RANGE_WORDS_MAX, words.length);
  if (page === undefined) return take(Math.min(RANGE_WORDS_DEFAULT, max));
  for (let n = Math.min(RANGE_WORDS_MIN, max); n < max; n++) if (occurrences(page, take(n)).length <= 1) return take(n);
  return take(max);
}

/**
 * `url` with its fragment replaced by `#:~:text=…` pointing at `quoteText`. With `pageText` (the
 * article text) a short or repeated passage gets a prefix/suffix; `at` (the quote's offset in
 * `pageText`) picks which occurrence when the passage repeats.
 */
export function textFragmentUrl(url: string, quoteText: string, pageText?: string, at?: number): string {
  const base = url.replace(/#[\s\S]*$/, '');
  const pieces = quoteText.split(BREAKS).map(trimTerm).filter(Boolean);
  const first = pieces[0];
  if (!first) return base;
  const last = pieces[pieces.length - 1]!;
  let start = first;
  let end = '';
  if (pieces.length > 1 || first.length > EXACT_MAX_CHARS) {
    const single = pieces.length === 1;
    const firstWords = first.split(' ');
    const lastWords = last.split(' ');
    // One long passage: start and end must not overlap.
    const cap = single ? Math.floor(firstWords.length / 2) : Infinity;
    start = rangeTerm(firstWords.slice(0, cap), false, pageText);
    end = rangeTerm(single ? lastWords.slice(-cap) : lastWords, true, pageText);
  }
  let prefix = '';
  let suffix = '';
  if (pageText !== undefined) {
    const startFound = occurrences(pageText, start);
    const hit = nearest(startFound, at);
    if (hit && (startFound.length > 1 || (!end && start.length < SHORT_TERM_CHARS))) prefix = prefixBefore(pageText, hit.index);
    const endTerm = end || start;
    const endFound = occurrences(pageText, endTerm).filter((f) => !hit || f.index >= hit.index);
    const endHit = endFound[0];
    if (endHit && (occurrences(pageText, endTerm).length > 1 || (!end && start.length < SHORT_TERM_CHARS))) suffix = suffixAfter(pageText, endHit.end);
  }
  const directive = [
    prefix && `${encodeTerm(prefix)}-`,
    encodeTerm(start),
    end && encodeTerm(end),
    suffix && `-${encodeTerm(suffix)}`,
  ].filter(Boolean).join(',');
  return `${base}#:~:text=${directive}`;
}
