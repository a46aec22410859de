/** Hand-computed cases for the Scrapinghub shingle metric (see shingles.ts). */
import { check, near, same } from './check';
import { macroScore, pageCounts, shingles, tokenize } from './shingles';

export function selftestShingles(): void {
  same(tokenize('Hello, wörld_1 — “x”!'), ['Hello', 'wörld_1', 'x'], 'tokens are \\w+ runs, Unicode-aware');
  same([...shingles('a b c d e').entries()], [['a b c d', 1], ['b c d e', 1]], '5 tokens give 2 shingles');
  same([...shingles('a b').entries()], [['a b', 1]], '1–3 tokens give one short shingle');
  same([...shingles(' — ').entries()], [], 'no token, no shingle');
  check(!shingles('A b c d').has('a b c d'), 'tokens keep their case (upstream does not lowercase)');

  // Identical texts: tp = 1 after normalisation.
  same(pageCounts('a b c d e', 'a b c d e'), { tp: 1, fp: 0, fn: 0 }, 'identical');
  // Truth 5 tokens (2 shingles), prediction adds a token (3 shingles): tp 2, fp 1, fn 0 → /3.
  const extra = pageCounts('a b c d e', 'a b c d e f');
  near(extra.tp, 2 / 3, 'extra token tp');
  near(extra.fp, 1 / 3, 'extra token fp');
  near(extra.fn, 0, 'extra token fn');
  // Multiset: a repeated shingle predicted once is one tp and one fn.
  same(pageCounts('a b c d a b c d', 'a b c d'), { tp: 0.2, fp: 0, fn: 0.8 }, 'multiset counts');
  same(pageCounts('', ''), { tp: 0, fp: 0, fn: 0 }, 'both empty');

  // Macro: page 1 perfect; page 2 empty prediction (recall 0, left out of precision);
  // page 3 half right: truth shingles {w x y z, x y z q}, prediction {w x y z, x y z r}.
  const score = macroScore([
    pageCounts('a b c d', 'a b c d'),
    pageCounts('a b c d', ''),
    pageCounts('w x y z q', 'w x y z r'),
  ]);
  near(score.precision, (1 + 0.5) / 2, 'precision over non-empty predictions');
  near(score.recall, (1 + 0 + 0.5) / 3, 'recall over all pages with truth');
  near(score.f1, (2 * 0.75 * 0.5) / 1.25, 'F1 of the means');
  check(score.emptyPredictions === 1, 'one empty prediction');
}
