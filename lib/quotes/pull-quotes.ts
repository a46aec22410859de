/**
 * Pull quotes: a quotation the page repeats in a box of its own, in large type, beside the
 * paragraph that holds it. "“If you don’t have a big booster, you’re not going to make it,”
 * Stafford said of returning to the Moon." stands between two paragraphs of Doug Cooke's testimony,
 * while the story quotes Stafford with the same words further on (scrapinghub/c00962aabe7b). Read
 * as a quote it is counted twice, and it takes the next "he continued" away from Cooke.
 *
 * A paragraph is a pull quote when it is a quotation with at most a short attribution, and the
 * same words (letters and digits, at least MIN_LETTERS of them) are quoted again in a longer
 * paragraph, or in an equal one further on (a box placed before its source is the common layout).
 */
import type { Span } from '../types';
import type { DirectSpan } from './direct-spans';

/** Fewer letters are a phrase ("no", "fake news"), which stories repeat on purpose. */
const MIN_LETTERS = 30;
/** What a pull quote's paragraph may hold beyond its quotation: a short attribution. */
const MAX_ATTRIBUTION = 100;

/** The indexes of the blocks that are pull quotes. */
export function pullQuoteBlocks(text: string, blocks: Span[], spans: DirectSpan[]): Set<number> {
  const pulled = new Set<number>();
  const quoted = spans
    .map((span) => ({ span, letters: text.slice(span.start, span.end).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') }))
    .filter((q) => q.letters.length >= MIN_LETTERS);
  for (const q of quoted) {
    const block = blocks[q.span.block]!;
    const length = block.end - block.start;
    // Only a paragraph that is the quotation, with a short attribution at most.
    if (length - (q.span.closeAt - q.span.openAt) > MAX_ATTRIBUTION) continue;
    const source = quoted.find((other) => {
      if (other.span.block === q.span.block || !other.letters.includes(q.letters)) return false;
      const otherBlock = blocks[other.span.block]!;
      const otherLength = otherBlock.end - otherBlock.start;
      return otherLength > length || (otherLength === length && other.span.block > q.span.block);
    });
    if (source) pulled.add(q.span.block);
  }
  return pulled;
}
