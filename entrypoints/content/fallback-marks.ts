/**
 * Highlights for browsers without the CSS Custom Highlight API: the text of each range is wrapped
 * in our own `<sl-mark>` elements, and `unwrap()` puts the page back exactly as it was (the same
 * text nodes, merged back, no element left behind).
 *
 * Only text is wrapped, piece by piece, never an element: a quote across two paragraphs becomes
 * one mark per text node, so no block, table row or list item is ever moved. Text directly inside
 * table and list structure (whitespace between rows or items) is left alone: an inline element
 * there would be moved out of place by the browser.
 */
import { textPieces } from './text-pieces';

export const MARK_TAG = 'sl-mark';

/** Parents whose text children cannot take an inline element without breaking their structure. */
const STRUCTURAL_PARENTS = new Set([
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'DL', 'MENU',
  'SELECT', 'OPTGROUP', 'OPTION', 'DATALIST', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML',
]);

export interface MarkRequest {
  range: Range;
  /** Space-separated on the mark as `data-sl` ("quote", "reported", "person"). */
  kind: string;
  /** Marks of one quote share its id in `data-sl-quote`, for hit-testing and focus. */
  quoteId?: string;
}

export interface WrappedMarks {
  marks: HTMLElement[];
  /** Removes every mark and merges the split text nodes back: the DOM is as before `wrap`. */
  unwrap(): void;
}

/** One text node split at the boundaries of every range that touches it. */
interface Piece {
  start: number;
  end: number;
  kinds: Set<string>;
  quoteIds: Set<string>;
}

export function wrapRanges(requests: MarkRequest[]): WrappedMarks {
  // First collect, per text node, the covered pieces (no DOM change yet: live ranges stay valid).
  const byNode = new Map<Text, Piece[]>();
  for (const request of requests) {
    for (const [node, start, end] of textPieces(request.range)) {
      if (!node.parentNode || STRUCTURAL_PARENTS.has(node.parentNode.nodeName)) continue;
      if (!node.data.slice(start, end).trim()) continue;
      const pieces = byNode.get(node) ?? [];
      pieces.push({ start, end, kinds: new Set([request.kind]), quoteIds: new Set(request.quoteId ? [request.quoteId] : []) });
      byNode.set(node, pieces);
    }
  }
  const marks: HTMLElement[] = [];
  const splits: { original: Text; parts: Text[] }[] = [];
  for (const [node, pieces] of byNode) {
    const cuts = [...new Set(pieces.flatMap((p) => [p.start, p.end]))].filter((c) => c > 0 && c < node.length).sort((a, b) => b - a);
    // Split from the end so earlier offsets stay valid; `node` keeps the first part.
    const tails: Text[] = [];
    for (const cut of cuts) tails.unshift(node.splitText(cut));
    const parts = [node, ...tails];
    const bounds = [0, ...[...cuts].reverse()];
    splits.push({ original: node, parts });
    parts.forEach((part, i) => {
      const from = bounds[i]!;
      const covering = pieces.filter((p) => p.start <= from && p.end > from);
      if (covering.length === 0 || !part.data.trim()) return;
      const mark = node.ownerDocument.createElement(MARK_TAG);
      mark.setAttribute('data-sl', [...new Set(covering.flatMap((p) => [...p.kinds]))].join(' '));
      const ids = [...new Set(covering.flatMap((p) => [...p.quoteIds]))];
      if (ids.length) mark.setAttribute('data-sl-quote', ids.join(' '));
      part.parentNode!.insertBefore(mark, part);
      mark.appendChild(part);
      marks.push(mark);
    });
  }
  return {
    marks,
    unwrap() {
      for (const mark of marks) {
        if (mark.parentNode) mark.replaceWith(...Array.from(mark.childNodes));
      }
      for (const { original, parts } of splits) {
        const rest = parts.slice(1).filter((p) => p.parentNode === original.parentNode);
        if (rest.length === 0) continue;
        original.data += rest.map((p) => p.data).join('');
        for (const part of rest) part.remove();
      }
      marks.length = 0;
      splits.length = 0;
    },
  };
}

/** The ranges from the first to the last mark of each quote, for hit-testing. */
export function quoteRangesFromMarks(marks: HTMLElement[]): Map<string, Range> {
  const first = new Map<string, HTMLElement>();
  const last = new Map<string, HTMLElement>();
  for (const mark of marks) {
    for (const id of (mark.getAttribute('data-sl-quote') ?? '').split(' ').filter(Boolean)) {
      if (!first.has(id)) first.set(id, mark);
      last.set(id, mark);
    }
  }
  const ranges = new Map<string, Range>();
  for (const [id, start] of first) {
    const range = start.ownerDocument.createRange();
    range.setStartBefore(start);
    range.setEndAfter(last.get(id)!);
    ranges.set(id, range);
  }
  return ranges;
}
