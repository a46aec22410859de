/**
 * The text a highlight range covers, node by node: what the fallback wraps in marks
 * (./fallback-marks.ts) and what the Firefox underline overlay measures (./underline-overlay.ts).
 * Ranges come from TextMap.rangeOf, so both ends sit in text nodes.
 */
/** The range's text as [node, start, end] triples, in document order. */
export function textPieces(range: Range): [Text, number, number][] {
  const { startContainer, endContainer, startOffset, endOffset } = range;
  if (startContainer.nodeType !== Node.TEXT_NODE || endContainer.nodeType !== Node.TEXT_NODE) return [];
  if (startContainer === endContainer) return [[startContainer as Text, startOffset, endOffset]];
  const doc = startContainer.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = startContainer;
  const out: [Text, number, number][] = [[startContainer as Text, startOffset, (startContainer as Text).length]];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text === endContainer) {
      out.push([text, 0, endOffset]);
      break;
    }
    out.push([text, 0, text.length]);
  }
  return out;
}
