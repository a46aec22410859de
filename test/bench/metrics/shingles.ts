/**
 * The Scrapinghub article-extraction benchmark metric, reproduced exactly so that our figures
 * compare with the published leaderboard (../shared/data/README.md, "The Scrapinghub metric";
 * upstream: scrapinghub/article-extraction-benchmark, evaluate.py, MIT).
 *
 * - Tokens are `\w+` runs. Python's `re` with UNICODE makes `\w` "alphanumeric or underscore"
 *   (str.isalnum: Unicode categories L* and N*), hence `[\p{L}\p{N}_]+` here.
 * - Per page: the multisets of 4-token shingles of truth and prediction (a text of 1–3 tokens is
 *   one short shingle; a text with no token has none); tp = Σ min(counts), fp / fn the excess
 *   counts; (tp, fp, fn) normalised by their sum so that long pages do not weigh more.
 * - Precision = mean of per-page precision over pages with tp + fp > 0 (empty predictions are left
 *   out of precision but count in recall); recall = mean over pages with tp + fn > 0; a page with
 *   fp = fn = 0 scores 1. F1 = harmonic mean of the two means (not the mean of per-page F1).
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of n-token shingles; 1..n-1 tokens give one short shingle, 0 tokens give none. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    // Tokens never contain a space, so joining with one keeps shingles distinct.
    const key = gram.join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Normalised (tp, fp, fn) of one page; all zero when neither text has a token. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string, prediction: string, n = SHINGLE_SIZE): PageCounts {
  const t = shingles(truth, n);
  const p = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** evaluate.py precision_score: 1 when fp = fn = 0, 0 when tp = fp = 0. */
export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** evaluate.py recall_score: 1 when fp = fn = 0, 0 when tp = fn = 0. */
export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pages scored (all pages given, each counted in recall when its truth has a token). */
  pages: number;
  /** Pages whose prediction had no token (left out of precision, as upstream does). */
  emptyPredictions: number;
}

function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** evaluate.py metrics_from_tp_fp_fns: macro means, then F1 of the means. */
export function macroScore(pages: PageCounts[]): ShingleScore {
  const precisions = pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision);
  const recalls = pages.filter((c) => c.tp + c.fn > 0).map(pageRecall);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    pages: pages.length,
    emptyPredictions: pages.filter((c) => c.tp + c.fp === 0).length,
  };
}
