/**
 * Quotes against the GUM news texts' speech attributions (../gum-attributions.ts), the way
 * SCORING.md counts a gold quote as found: an attributed unit is found when at least half of its
 * letters and digits lie inside the union of the predicted quote spans. Its speaker mention is
 * right when the quote covering most of the unit has a speaker mention inside the attributing
 * unit ("Whitmore stated", "he told"): the words, not the resolved name, as GUM marks no names.
 */
import type { Span } from '../../../lib/types';
import type { GumAttribution } from '../gum-attributions';
import { letters } from './letters';

/** What the scorer needs of a predicted quote. */
export interface QuoteSpan extends Span {
  speaker: Span | null;
}

export interface GumAttributionTally {
  gold: number;
  found: number;
  speakerInSource: number;
}

export function emptyGumTally(): GumAttributionTally {
  return { gold: 0, found: 0, speakerInSource: 0 };
}

/** Letters and digits of `text` in [start, end), counted as SCORING.md counts them (letters.ts). */
function lettersIn(text: string, start: number, end: number): number {
  return letters(text.slice(start, end)).length;
}

/** Adds one text's attributions, scored against the quotes predicted on it, to `tally`. */
export function addGumAttributions(tally: GumAttributionTally, text: string, gold: GumAttribution[], quotes: QuoteSpan[]): void {
  for (const { source, content } of gold) {
    tally.gold++;
    const need = lettersIn(text, content.start, content.end);
    // The union of the quote spans over the unit (quotes may overlap).
    const parts = quotes
      .map((q) => ({ start: Math.max(q.start, content.start), end: Math.min(q.end, content.end) }))
      .filter((p) => p.end > p.start)
      .sort((a, b) => a.start - b.start);
    let covered = 0;
    let reached = content.start;
    for (const p of parts) {
      if (p.end <= reached) continue;
      covered += lettersIn(text, Math.max(p.start, reached), p.end);
      reached = p.end;
    }
    if (need === 0 || covered * 2 < need) continue;
    tally.found++;
    let best: QuoteSpan | null = null;
    let bestLetters = 0;
    for (const q of quotes) {
      const n = lettersIn(text, Math.max(q.start, content.start), Math.min(q.end, content.end));
      if (n > bestLetters) {
        best = q;
        bestLetters = n;
      }
    }
    const mention = best?.speaker;
    if (mention && mention.start >= source.start && mention.end <= source.end) tally.speakerInSource++;
  }
}
