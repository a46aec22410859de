/**
 * SCORING.md (../shared/data/attribution/SCORING.md) for one page, small enough to read in a test:
 *
 * 1. Each gold quote `text` is located in `article.text` after keeping letters and digits only
 *    (`\p{L}\p{N}`, case-insensitive) on both sides; not located → missed.
 * 2. Recall: a gold quote is found when ≥ 50 % of its letters are covered by the union of the
 *    predicted quote spans.
 * 3. Precision: a predicted quote is correct when ≥ 50 % of its letters lie inside some gold quote.
 * 4. Speaker: for a found gold quote, the prediction overlapping it most supplies the speaker;
 *    persons match on the surname token with no conflicting given name, organisations on the name
 *    without a leading "the"; gold `anonymous: true` needs `anonymous: true`, gold `speaker: null`
 *    a prediction with no speaker name.
 *
 * SCORING.md does not say which occurrence counts when a gold text occurs more than once: the
 * best-covered occurrence is taken (the first on a tie).
 */
import type { Analysis, Quote, Speaker } from '../../../lib/types';

export interface GoldQuote {
  kind: 'direct' | 'indirect' | 'mixed';
  text: string;
  speaker: string | null;
  mention?: string | null;
  title?: string | null;
  anonymous: boolean;
  cue?: string | null;
}

export interface GoldAttribution {
  page: string;
  url: string | null;
  title: string | null;
  authors: string[];
  siteName: string | null;
  published: string | null;
  dateline: string | null;
  quotes: GoldQuote[];
  officials: { name: string; title: string }[];
  people: string[];
}

/** Letters and digits of `text`, lower-cased and accent-free, each with the offset it came from. */
export interface Letters {
  units: string;
  origin: number[];
}

export function lettersOf(text: string): Letters {
  let units = '';
  const origin: number[] = [];
  let offset = 0;
  for (const cp of text) {
    for (const part of cp.normalize('NFKD')) {
      if (!/[\p{L}\p{N}]/u.test(part)) continue;
      for (const lower of part.toLowerCase()) {
        units += lower;
        origin.push(offset);
      }
    }
    offset += cp.length;
  }
  return { units, origin };
}

export function letters(text: string): string {
  return lettersOf(text).units;
}

interface Range {
  start: number;
  end: number;
}

function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Letter-unit range of the text offsets [start, end). */
export function unitRange(view: Letters, start: number, end: number): Range {
  return { start: lowerBound(view.origin, start), end: lowerBound(view.origin, end) };
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Every start of `needle` in `haystack` (letter units). */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** True when the gold quote's letters occur in the text's letters. */
export function locate(text: string, quote: string): boolean {
  return occurrences(letters(text), letters(quote)).length > 0;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Same surname token and no conflicting given name ("J" agrees with "Jeffrey"). */
export function personNamesMatch(gold: string, predicted: string): boolean {
  const parts = (name: string): { given: string | null; surname: string | null } => {
    const t = nameTokens(name);
    while (t.length > 1 && HONORIFICS.has(t[0]!)) t.shift();
    while (t.length > 1 && SUFFIXES.has(t[t.length - 1]!)) t.pop();
    return { given: t.length > 1 ? t[0]! : null, surname: t[t.length - 1] ?? null };
  };
  const g = parts(gold);
  const p = parts(predicted);
  if (!g.surname || g.surname !== p.surname) return false;
  if (!g.given || !p.given) return true;
  return g.given.startsWith(p.given) || p.given.startsWith(g.given);
}

/** Organisations: the same name ignoring case, punctuation and a leading "the". */
export function organisationNamesMatch(gold: string, predicted: string): boolean {
  const fold = (s: string): string => {
    const t = nameTokens(s);
    if (t[0] === 'the') t.shift();
    return t.join(' ');
  };
  return fold(gold).length > 0 && fold(gold) === fold(predicted);
}

export function speakerMatches(gold: GoldAttribution, quote: GoldQuote, predicted: Speaker | null): boolean {
  if (quote.anonymous) return predicted?.anonymous === true;
  if (quote.speaker === null) return !predicted?.name;
  const name = predicted?.name;
  if (!name) return false;
  const isPerson = gold.people.includes(quote.speaker) || gold.officials.some((o) => o.name === quote.speaker);
  return isPerson ? personNamesMatch(quote.speaker, name) : organisationNamesMatch(quote.speaker, name);
}

export interface GoldResult {
  quote: GoldQuote;
  located: boolean;
  found: boolean;
  speakerRight: boolean;
  /** The prediction overlapping this gold quote most (when found). */
  prediction: Quote | null;
}

export interface PageScore {
  gold: GoldResult[];
  /** Per predicted quote: ≥ 50 % of its letters inside a gold quote. */
  correct: boolean[];
  recall: number;
  precision: number;
  /** Speaker right among found gold quotes. */
  speakerAccuracy: number;
}

export function scoreQuotes(gold: GoldAttribution, analysis: Analysis): PageScore {
  const text = analysis.article.text;
  const view = lettersOf(text);
  const predicted = analysis.quotes.map((q) => unitRange(view, q.start, q.end));
  const covered = new Uint8Array(view.units.length);
  for (const r of predicted) covered.fill(1, r.start, r.end);
  const coveredIn = (r: Range): number => {
    let n = 0;
    for (let i = r.start; i < r.end; i++) n += covered[i]!;
    return n;
  };

  const goldRanges: Range[] = [];
  const results: GoldResult[] = gold.quotes.map((quote) => {
    const needle = letters(quote.text);
    let best: Range | null = null;
    let bestCovered = -1;
    for (const s of occurrences(view.units, needle)) {
      const r = { start: s, end: s + needle.length };
      const c = coveredIn(r);
      if (c > bestCovered) {
        best = r;
        bestCovered = c;
      }
    }
    if (!best) return { quote, located: false, found: false, speakerRight: false, prediction: null };
    goldRanges.push(best);
    const found = bestCovered / needle.length >= 0.5;
    let prediction: Quote | null = null;
    let most = 0;
    if (found) {
      analysis.quotes.forEach((q, i) => {
        const o = overlap(predicted[i]!, best);
        if (o > most) {
          most = o;
          prediction = q;
        }
      });
    }
    const speakerRight = found && speakerMatches(gold, quote, (prediction as Quote | null)?.speaker ?? null);
    return { quote, located: true, found, speakerRight, prediction };
  });

  const correct = predicted.map((r) => {
    const size = r.end - r.start;
    const inside = goldRanges.reduce((m, g) => Math.max(m, overlap(r, g)), 0);
    return size > 0 && inside / size >= 0.5;
  });
  const found = results.filter((r) => r.found).length;
  return {
    gold: results,
    correct,
    recall: results.length ? found / results.length : 1,
    precision: correct.length ? correct.filter(Boolean).length / correct.length : 1,
    speakerAccuracy: found ? results.filter((r) => r.speakerRight).length / found : 1,
  };
}

/** The regression floor for a measured rate: 0.05 below it, floored to a 0.05 step. */
export function floorThreshold(measured: number): number {
  return Math.max(0, Math.floor((measured - 0.05) * 20 + 1e-9) / 20);
}
