/**
 * Quote and speaker scoring against attribution/dev.jsonl, exactly as
 * ../shared/data/attribution/SCORING.md defines it:
 *
 * 1. Locate each gold quote `text` in `article.text` after keeping letters and digits only (both
 *    sides, case-insensitive; see letters.ts). Not located → missed.
 * 2. Recall: a gold quote is found when ≥ 50 % of its letters are covered by the union of the
 *    predicted quote spans.
 * 3. Precision: a predicted quote is correct when ≥ 50 % of its letters lie inside some gold quote
 *    of any kind (one gold quote: the best-overlapping one).
 * 4. Speaker: for a found gold quote, the prediction covering most of it supplies the speaker;
 *    names compare as names.ts says; gold `anonymous: true` needs a prediction marked anonymous,
 *    gold `speaker: null` a prediction with no speaker (or no speaker name).
 * 5. Per kind (direct, mixed, indirect) and pooled: recall, precision, F1, speaker accuracy on
 *    found quotes, end-to-end (found and speaker right) / gold.
 *
 * SCORING.md does not say which occurrence to take when a gold text occurs more than once in
 * `article.text` (a repeated sentence, a short fragment): we take the occurrence best covered by
 * the predictions (the first on a tie), i.e. the benefit of the doubt, and count such quotes.
 */
import type { Analysis, Quote, QuoteKind, Speaker } from '../../../lib/types';
import type { GoldPage, GoldQuote } from '../gold';
import { letters, letterView, unitRange, type UnitRange } from './letters';
import { organisationNamesMatch, personNamesMatch } from './names';

export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect'];
/** SCORING.md steps 2 and 3: "≥ 50 %". */
const COVER_THRESHOLD = 0.5;

export interface GoldOutcome {
  kind: QuoteKind;
  located: boolean;
  /** The gold text occurs more than once in the analysed text. */
  ambiguous: boolean;
  found: boolean;
  speakerRight: boolean;
  /** For the report: what the covering prediction said. */
  predictedSpeaker: string | null;
}

export interface PredictionOutcome {
  kind: QuoteKind;
  correct: boolean;
}

export interface PageQuoteScore {
  page: string;
  gold: GoldOutcome[];
  predicted: PredictionOutcome[];
  /** Predicted quotes whose `text` differs from article.text.slice(start, end) (an offset bug). */
  offsetMismatches: number;
}

function overlap(a: UnitRange, b: UnitRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function isPersonName(gold: GoldPage, name: string): boolean {
  return gold.people.includes(name) || gold.officials.some((o) => o.name === name);
}

export function speakerMatches(gold: GoldPage, quote: GoldQuote, predicted: Speaker | null): boolean {
  if (quote.anonymous) return predicted?.anonymous === true;
  if (quote.speaker === null) return predicted === null || predicted.name === null;
  const name = predicted?.name;
  if (!name) return false;
  return isPersonName(gold, quote.speaker)
    ? personNamesMatch(quote.speaker, name)
    : organisationNamesMatch(quote.speaker, name);
}

function describeSpeaker(s: Speaker | null): string | null {
  if (s === null) return null;
  return s.name ?? (s.anonymous ? '(anonymous)' : null);
}

export function scorePageQuotes(gold: GoldPage, analysis: Analysis): PageQuoteScore {
  const text = analysis.article.text;
  const view = letterView(text);
  const quotes: Quote[] = analysis.quotes;
  const predictedRanges = quotes.map((q) => {
    const start = Math.max(0, Math.min(q.start, text.length));
    const end = Math.max(start, Math.min(q.end, text.length));
    return unitRange(view, start, end);
  });
  const covered = new Uint8Array(view.units.length);
  for (const r of predictedRanges) covered.fill(1, r.start, r.end);
  const coveredIn = (r: UnitRange): number => {
    let n = 0;
    for (let i = r.start; i < r.end; i++) n += covered[i] ?? 0;
    return n;
  };

  const goldRanges: UnitRange[] = [];
  const goldOutcomes: GoldOutcome[] = gold.quotes.map((quote) => {
    const needle = letters(quote.text);
    const starts = needle.length > 0 ? occurrences(view.units, needle) : [];
    let best: UnitRange | null = null;
    let bestCovered = -1;
    for (const s of starts) {
      const r = { start: s, end: s + needle.length };
      const c = coveredIn(r);
      if (c > bestCovered) {
        best = r;
        bestCovered = c;
      }
    }
    if (best === null) {
      return { kind: quote.kind, located: false, ambiguous: false, found: false, speakerRight: false, predictedSpeaker: null };
    }
    goldRanges.push(best);
    const found = bestCovered / needle.length >= COVER_THRESHOLD;
    let speakerRight = false;
    let predictedSpeaker: string | null = null;
    if (found) {
      let bestQuote: Quote | null = null;
      let bestOverlap = 0;
      for (let i = 0; i < quotes.length; i++) {
        const o = overlap(predictedRanges[i] ?? { start: 0, end: 0 }, best);
        if (o > bestOverlap) {
          bestOverlap = o;
          bestQuote = quotes[i] ?? null;
        }
      }
      const speaker = bestQuote?.speaker ?? null;
      speakerRight = speakerMatches(gold, quote, speaker);
      predictedSpeaker = describeSpeaker(speaker);
    }
    return { kind: quote.kind, located: true, ambiguous: starts.length > 1, found, speakerRight, predictedSpeaker };
  });

  const predicted: PredictionOutcome[] = quotes.map((q, i) => {
    const r = predictedRanges[i] ?? { start: 0, end: 0 };
    const size = r.end - r.start;
    const inside = goldRanges.reduce((m, g) => Math.max(m, overlap(r, g)), 0);
    return { kind: q.kind, correct: size > 0 && inside / size >= COVER_THRESHOLD };
  });

  const offsetMismatches = quotes.filter((q) => text.slice(q.start, q.end) !== q.text).length;
  return { page: gold.page, gold: goldOutcomes, predicted, offsetMismatches };
}

export interface QuoteTally {
  gold: number;
  located: number;
  found: number;
  speakerRight: number;
  predicted: number;
  correct: number;
}

export interface QuoteRates {
  recall: number;
  precision: number;
  f1: number;
  speakerAccuracy: number;
  endToEnd: number;
}

export function emptyTally(): QuoteTally {
  return { gold: 0, located: 0, found: 0, speakerRight: 0, predicted: 0, correct: 0 };
}

/** Tallies per kind plus "pooled", over any number of pages. */
export function tallyQuotes(pages: PageQuoteScore[]): Record<QuoteKind | 'pooled', QuoteTally> {
  const tallies = {
    direct: emptyTally(),
    mixed: emptyTally(),
    indirect: emptyTally(),
    pooled: emptyTally(),
  };
  for (const page of pages) {
    for (const g of page.gold) {
      for (const t of [tallies[g.kind], tallies.pooled]) {
        t.gold++;
        if (g.located) t.located++;
        if (g.found) t.found++;
        if (g.found && g.speakerRight) t.speakerRight++;
      }
    }
    for (const p of page.predicted) {
      const perKind = (tallies as Record<string, QuoteTally>)[p.kind];
      for (const t of perKind ? [perKind, tallies.pooled] : [tallies.pooled]) {
        t.predicted++;
        if (p.correct) t.correct++;
      }
    }
  }
  return tallies;
}

export function quoteRates(t: QuoteTally): QuoteRates {
  const recall = t.gold > 0 ? t.found / t.gold : NaN;
  const precision = t.predicted > 0 ? t.correct / t.predicted : NaN;
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  return {
    recall,
    precision,
    f1: Number.isNaN(recall) || Number.isNaN(precision) ? NaN : f1,
    speakerAccuracy: t.found > 0 ? t.speakerRight / t.found : NaN,
    endToEnd: t.gold > 0 ? t.speakerRight / t.gold : NaN,
  };
}
