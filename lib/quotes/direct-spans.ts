/**
 * Pairs quotation marks into spans, block by block, in every common style: straight "…",
 * curly “…”, German „…“, French «…», ‹…›, and single ‘…’ (UK house style) — telling a closing
 * single mark from an apostrophe ("doesn’t", "the Smiths’ house"). A quote whose paragraph ends
 * with no closing mark continues when the next paragraph opens with a mark again (the convention
 * for quotes that run over several paragraphs); each paragraph becomes its own span.
 */

export interface DirectSpan {
  /** Content offsets (without the marks) in article.text. */
  start: number;
  end: number;
  /** Offsets of the opening and closing marks (closeAt = end when the paragraph ended open). */
  openAt: number;
  closeAt: number;
  /** A closing mark ends it (not the end of its paragraph). */
  closed: boolean;
  /** The kind of marks: double (straight, curly, low), single, guillemet, angle. */
  family: Family;
  /** Index of the block holding the span. */
  block: number;
  /** The span opens its paragraph (a "quote paragraph"). */
  opensBlock: boolean;
  /** The span continues a quote left open at the end of the previous paragraph. */
  continuesPrevious: boolean;
}

export type Family = 'double' | 'single' | 'guillemet' | 'angle';

const LETTER = /[\p{L}\p{N}]/u;

/** What a mark can do, given the characters around it. */
function classify(ch: string, prev: string, next: string): { opens?: Family; closes?: Family[] } {
  const spaceBefore = prev === '' || /[\s([{—–-]/.test(prev);
  const spaceAfter = next === '' || /[\s.,;:!?)\]}—–-]/.test(next);
  switch (ch) {
    case '“':
      // “ closes a German „ quote; otherwise it opens.
      return { opens: 'double', closes: spaceBefore ? [] : ['double'] };
    case '”':
      return { closes: ['double'], opens: spaceBefore && !spaceAfter ? 'double' : undefined };
    case '„':
      return { opens: 'double' };
    case '"':
      if (spaceBefore && !spaceAfter) return { opens: 'double' };
      if (spaceAfter && !spaceBefore) return { closes: ['double'] };
      return { opens: 'double', closes: ['double'] };
    case '«':
      return { opens: 'guillemet' };
    case '»':
      return { closes: ['guillemet'] };
    case '‹':
      return { opens: 'angle' };
    case '›':
      return { closes: ['angle'] };
    case '‘':
      return { opens: 'single', closes: spaceBefore ? [] : ['single'] };
    case '’':
    case "'":
      // Between letters it is an apostrophe ("doesn’t"); after a letter before a space it may close.
      if (LETTER.test(prev) && LETTER.test(next)) return {};
      // Before a digit it abbreviates a year ("’18", "the '90s"): never an opening mark.
      if (/\d/.test(next)) return {};
      if (spaceBefore && LETTER.test(next)) return { opens: 'single' };
      return { closes: ['single'] };
    default:
      return {};
  }
}

const MARKS = /["“”„«»‹›‘’']/g;

export function findDirectSpans(text: string, blocks: { start: number; end: number }[]): DirectSpan[] {
  const spans: DirectSpan[] = [];
  let carried: Family | null = null;
  blocks.forEach((block, index) => {
    let open: { family: Family; at: number } | null = null;
    let continuesPrevious = false;
    if (carried) {
      // A quote left open continues only if this paragraph opens with a mark again.
      const first = text[block.start] ?? '';
      const kind = classify(first, '', text[block.start + 1] ?? '');
      if (kind.opens === carried) {
        open = { family: carried, at: block.start };
        continuesPrevious = true;
      }
    }
    carried = null;
    // Search this paragraph only: a search running on past its end would rescan the rest of the
    // text for every paragraph (quadratic on a page of thousands of short comments).
    const paragraph = text.slice(0, block.end);
    MARKS.lastIndex = open ? block.start + 1 : block.start;
    for (let m = MARKS.exec(paragraph); m; m = MARKS.exec(paragraph)) {
      const at = m.index;
      const kind = classify(m[0], text[at - 1] ?? '', text[at + 1] ?? '');
      if (open && kind.closes?.includes(open.family)) {
        push(spans, text, open, at, index, block.start, continuesPrevious);
        continuesPrevious = false;
        open = null;
      } else if (kind.opens && (!open || (kind.opens === open.family && kind.opens !== 'single'))) {
        // A second opening mark of the same kind before a close: the first was stray.
        if (!(open && kind.opens === 'single')) open = { family: kind.opens, at };
      }
    }
    if (open) {
      // Still open at the paragraph's end: a multi-paragraph quote if the next one reopens.
      push(spans, text, open, block.end, index, block.start, continuesPrevious, true);
      carried = open.family;
    }
  });
  return spans.filter((s) => s.end > s.start);
}

function push(
  spans: DirectSpan[],
  text: string,
  { family, at: openAt }: { family: Family; at: number },
  closeAt: number,
  block: number,
  blockStart: number,
  continuesPrevious: boolean,
  unclosed = false,
): void {
  let start = openAt + 1;
  let end = closeAt;
  // Trim spaces and, for content, the trailing comma that belongs to the attribution ("…world," said).
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  spans.push({
    start,
    end,
    openAt,
    closeAt: unclosed ? end : closeAt,
    closed: !unclosed,
    family,
    block,
    opensBlock: openAt === blockStart,
    continuesPrevious,
  });
}
