/**
 * Plain text of the article body with a map back to DOM text nodes.
 *
 * `article.text` is built from the body's blocks: whitespace runs collapse to one space,
 * blocks join with "\n\n", `<br>` becomes "\n". Every character of the text comes from one
 * place in one DOM text node (a collapsed whitespace run maps to its first character; block
 * separators map to nothing), so any `[start, end)` of `article.text` becomes a DOM `Range`
 * without searching the page again. Highlighting and text-fragment links both use this.
 */

/** A run of `article.text` that maps linearly onto one text node. */
interface Segment {
  node: Text;
  /** Offset in `node.data` of the segment's first character. */
  nodeStart: number;
  /** Offset in the text of the segment's first character. */
  textStart: number;
  length: number;
}

export interface TextMap {
  text: string;
  /** [start, end) of each block (paragraph) in `text`, in order. */
  blocks: { start: number; end: number }[];
  /** The DOM Range of `[start, end)`, or null when the span holds no mapped character. */
  rangeOf(start: number, end: number): Range | null;
}

/** Whitespace as CSS collapses it, plus no-break space, which news pages use between names. */
const WHITESPACE = /[\s\u00a0]+/g;
/** Two whitespace characters in a row: text that addText cannot map as one segment. */
const WHITESPACE_RUN = /[\s\u00a0]{2}/;
const WHITESPACE_AT_START = /^[\s\u00a0]/;
const WHITESPACE_AT_END = /[\s\u00a0]$/;

/** Builds text and map from blocks; each block is a list of text nodes and `<br>` line breaks. */
export class TextMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: Segment[] = [];
  private blocks: { start: number; end: number }[] = [];
  private blockStart = -1;
  /** The current block ends in a space or line break (or is empty): the next space is dropped. */
  private atBreak = true;

  startBlock(): void {
    this.endBlock();
    if (this.blocks.length > 0) this.push('\n\n');
    this.blockStart = this.length;
    this.atBreak = true;
  }

  /** Appends a text node's data, collapsing whitespace, recording where each run came from. */
  addText(node: Text): void {
    if (this.blockStart < 0) this.startBlock();
    const data = node.data;
    if (!WHITESPACE_RUN.test(data)) {
      this.addSingleSpacedText(node, data);
      return;
    }
    WHITESPACE.lastIndex = 0;
    let cursor = 0;
    for (let match = WHITESPACE.exec(data); match; match = WHITESPACE.exec(data)) {
      this.addRun(node, cursor, match.index);
      if (!this.atBreak) {
        this.addSegment(node, match.index, 1);
        this.push(' ');
        this.atBreak = true;
      }
      cursor = match.index + match[0].length;
    }
    this.addRun(node, cursor, data.length);
  }

  /**
   * What the loop of addText does for text whose whitespace characters stand alone (most text
   * nodes of a story): each becomes one space, and only a leading one may be dropped, so the text
   * is the data with those replaced and the map one segment. Two native calls instead of a regex
   * call, a slice and a segment per word, which in a fresh tab (the loop not compiled yet) was a
   * large share of the article read.
   */
  private addSingleSpacedText(node: Text, data: string): void {
    const from = this.atBreak && WHITESPACE_AT_START.test(data) ? 1 : 0;
    if (from >= data.length) return;
    this.addSegment(node, from, data.length - from);
    this.push(data.slice(from).replace(WHITESPACE, ' '));
    this.atBreak = WHITESPACE_AT_END.test(data);
  }

  addLineBreak(): void {
    if (this.blockStart < 0 || this.length === this.blockStart) return;
    this.trimTrailingSpace();
    this.push('\n');
    this.atBreak = true;
  }

  finish(): TextMap {
    this.endBlock();
    const text = this.parts.join('');
    const segments = this.segments;
    const blocks = this.blocks;
    return {
      text,
      blocks,
      rangeOf(start: number, end: number): Range | null {
        const first = findSegment(segments, start, 'start');
        const last = findSegment(segments, end - 1, 'end');
        if (!first || !last || first.textStart > last.textStart + last.length) return null;
        const range = first.node.ownerDocument.createRange();
        const startOffset = first.nodeStart + Math.max(0, start - first.textStart);
        const endOffset = last.nodeStart + Math.min(last.length, end - last.textStart);
        range.setStart(first.node, startOffset);
        range.setEnd(last.node, endOffset);
        return range;
      },
    };
  }

  private addRun(node: Text, from: number, to: number): void {
    if (to <= from) return;
    this.addSegment(node, from, to - from);
    this.push(node.data.slice(from, to));
    this.atBreak = false;
  }

  /** Maps the next `length` characters of the text to `node` from `nodeStart`. A run that
   * continues the last segment in both the text and the node (the words and single spaces of one
   * text node) extends it: the map is the same, with one segment per stretch instead of one per
   * word and space, which a fresh tab paid for in allocations. */
  private addSegment(node: Text, nodeStart: number, length: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.textStart + last.length === this.length) {
      last.length += length;
      return;
    }
    this.segments.push({ node, nodeStart, textStart: this.length, length });
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  private endBlock(): void {
    if (this.blockStart < 0) return;
    this.trimTrailingSpace();
    if (this.length > this.blockStart) {
      this.blocks.push({ start: this.blockStart, end: this.length });
    } else if (this.blocks.length > 0) {
      // An empty block: take back the "\n\n" separator pushed for it.
      this.popChars(2);
    }
    this.blockStart = -1;
  }

  /** Drops a trailing space or line break, so blocks never end in whitespace. */
  private trimTrailingSpace(): void {
    while (this.length > this.blockStart && /[ \n]$/.test(this.parts[this.parts.length - 1] ?? '')) {
      // A trailing space is the last character of the last segment (merged into it, see
      // addSegment); a trailing line break has no segment.
      const last = this.segments[this.segments.length - 1];
      if (last && last.textStart + last.length === this.length && --last.length === 0) this.segments.pop();
      this.popChars(1);
    }
  }

  private popChars(count: number): void {
    let left = count;
    while (left > 0) {
      const last = this.parts.pop() ?? '';
      if (last.length > left) {
        this.parts.push(last.slice(0, last.length - left));
        this.length -= left;
        return;
      }
      this.length -= last.length;
      left -= last.length;
    }
  }
}

/**
 * The segment holding text offset `pos`; when `pos` falls in a gap (a block separator),
 * the next segment for a start and the previous one for an end.
 */
function findSegment(segments: Segment[], pos: number, side: 'start' | 'end'): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  let before = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (seg.textStart <= pos) {
      before = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const seg = before >= 0 ? segments[before] : undefined;
  if (seg && pos < seg.textStart + seg.length) return seg;
  return side === 'start' ? segments[before + 1] : seg;
}
