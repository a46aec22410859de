/**
 * Capability: the hover and focus card. Finds the quote under the pointer without
 * `highlightsFromPoint` (Chrome only): the caret position at the point
 * (`caretPositionFromPoint`, or WebKit's `caretRangeFromPoint`) is tested against each painted
 * quote's Range, then confirmed against the Range's line boxes so the empty end of a line does not
 * count. Pointer moves are coalesced to one test per animation frame.
 *
 * The card closes when the pointer leaves both the quote and the card (after a short grace, so
 * the reader can reach the copy button), on scroll, on Escape (keyboard.ts) and on repaint.
 */
import type { ScriptContext } from './script-context';
import { formatQuoteCitation } from '../../lib/cite/index';
import { hoverCardData } from '../../components/hover-card/card-data';
import { ShadowCard } from '../../components/hover-card/shadow-card';
import { copyToClipboard } from './clipboard';
import { readSettings } from './extension-calls';
import type { HighlightLayer } from './highlights';
import type { PaintedQuote } from './highlighter';
import type { PageSession } from './page-analysis';

/** Time to move from the quote onto the card before it closes. */
const CLOSE_GRACE_MS = 300;
/** Scroll events right after we scrolled to a quote ourselves do not close its card. */
const OWN_SCROLL_MS = 200;
/** Slack around line boxes, in CSS pixels, so the pointer on a descender still counts. */
const HIT_SLACK = 2;

export interface CardController {
  readonly isOpen: boolean;
  open(painted: PaintedQuote, how: 'pointer' | 'keyboard'): void;
  close(): void;
}

export function init(ctx: ScriptContext, page: PageSession, layer: HighlightLayer): CardController {
  const card = new ShadowCard(document);
  let current: { painted: PaintedQuote; how: 'pointer' | 'keyboard' } | null = null;
  let closeTimer = 0;
  let ignoreScrollUntil = 0;
  let frame = 0;
  let pointer: { x: number; y: number } | null = null;

  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = 0;
  };

  const controller: CardController = {
    get isOpen() {
      return current !== null;
    },
    open(painted, how) {
      cancelClose();
      if (current?.painted === painted && card.isOpen) return;
      const { analysis } = page.current();
      const data = hoverCardData(analysis, painted.quote);
      const onCopy = async () => {
        const { citationStyle } = await readSettings();
        const citation = formatQuoteCitation(painted.quote, analysis.citation.csl, citationStyle, analysis.article.text);
        await copyToClipboard(citation);
      };
      const rects = Array.from(painted.range.getClientRects());
      const quote = painted.range.getBoundingClientRect();
      const line = (pointer && how === 'pointer' && rects.find((r) => contains(r, pointer!.x, pointer!.y))) || rects[0] || quote;
      card.show(data, onCopy, { quote, line });
      current = { painted, how };
      ignoreScrollUntil = performance.now() + OWN_SCROLL_MS;
    },
    close() {
      cancelClose();
      if (!current) return;
      current = null;
      card.hide();
    },
  };

  const hitTest = () => {
    frame = 0;
    if (!pointer) return;
    const hit = quoteAt(layer.painted(), pointer.x, pointer.y);
    if (hit) controller.open(hit, 'pointer');
    else if (current && !closeTimer) closeTimer = ctx.setTimeout(() => controller.close(), CLOSE_GRACE_MS);
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch' || layer.painted().length === 0) return;
      // Over our own card (events from inside the shadow root are retargeted to its host).
      if (card.element && event.target === card.element) {
        cancelClose();
        return;
      }
      pointer = { x: event.clientX, y: event.clientY };
      if (!frame) frame = ctx.requestAnimationFrame(hitTest);
    },
    { passive: true },
  );
  // The pointer left the window.
  ctx.addEventListener(document, 'mouseout', (event: MouseEvent) => {
    if (event.relatedTarget === null && current?.how === 'pointer') controller.close();
  });
  ctx.addEventListener(
    document,
    'scroll',
    () => {
      if (current && performance.now() > ignoreScrollUntil) controller.close();
    },
    { capture: true, passive: true },
  );
  ctx.addEventListener(window, 'resize', () => controller.close(), { passive: true });
  layer.onRepaint(() => controller.close());
  ctx.onInvalidated(() => card.destroy());
  return controller;
}

/** The painted quote under the viewport point (x, y), if any. */
export function quoteAt(painted: readonly PaintedQuote[], x: number, y: number): PaintedQuote | null {
  if (painted.length === 0) return null;
  const caret = caretAt(x, y);
  for (const candidate of painted) {
    if (caret && !inRange(candidate.range, caret.node, caret.offset)) continue;
    for (const rect of Array.from(candidate.range.getClientRects())) {
      if (contains(rect, x, y)) return candidate;
    }
  }
  return null;
}

function inRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    // A caret in another document or a doctype: not ours.
    return false;
  }
}

interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at a viewport point: standard API first (Firefox, Chrome 128+), then WebKit's. */
function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - HIT_SLACK && x <= rect.right + HIT_SLACK && y >= rect.top - HIT_SLACK && y <= rect.bottom + HIT_SLACK;
}
