/**
 * Quote scoring for the unit tests: the bench's implementation of attribution/SCORING.md
 * (test/bench/metrics/attribution.ts), reduced to the per-page rates the thresholds compare. One
 * implementation, so a test threshold and a bench figure always mean the same thing.
 */
import type { Analysis } from '../../../lib/types';
import type { GoldPage, GoldQuote } from '../../bench/gold';
import { scorePageQuotes, type GoldOutcome } from '../../bench/metrics/attribution';
import { letters } from '../../bench/metrics/letters';

export { letters } from '../../bench/metrics/letters';
export { personNamesMatch } from '../../bench/metrics/names';
export type { GoldQuote };
export type GoldAttribution = GoldPage;

/** True when the gold quote's letters occur in the text's letters. */
export function locate(text: string, quote: string): boolean {
  const needle = letters(quote);
  return needle.length > 0 && letters(text).includes(needle);
}

export interface PageScore {
  gold: GoldOutcome[];
  /** Per predicted quote: ≥ 50 % of its letters inside a gold quote. */
  correct: boolean[];
  recall: number;
  precision: number;
  /** Speaker right among found gold quotes. */
  speakerAccuracy: number;
}

export function scoreQuotes(gold: GoldAttribution, analysis: Analysis): PageScore {
  const score = scorePageQuotes(gold, analysis);
  const found = score.gold.filter((g) => g.found).length;
  const correct = score.predicted.map((p) => p.correct);
  return {
    gold: score.gold,
    correct,
    recall: score.gold.length ? found / score.gold.length : 1,
    precision: correct.length ? correct.filter(Boolean).length / correct.length : 1,
    speakerAccuracy: found ? score.gold.filter((g) => g.speakerRight).length / found : 1,
  };
}

/** The regression floor for a measured rate: 0.05 below it, floored to a 0.05 step. */
export function floorThreshold(measured: number): number {
  return Math.max(0, Math.floor((measured - 0.05) * 20 + 1e-9) / 20);
}
