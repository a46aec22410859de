/**
 * The highlights' underlines, drawn in a shadow root over the page, for browsers whose CSS Custom
 * Highlight API paints a highlight's fill but not its text decoration. Firefox 140 ESR is one:
 * in `::highlight()` it draws `color` and `background-color` only (no `text-decoration`, no
 * `text-shadow`; checked with a screenshot of a plain page in firefox-esr 140.12). Without the
 * underline the marks lose their non-colour cue (solid: direct quote, dashed: reported, dotted:
 * person, double: the quote the reader is on), which colour-blind readers rely on.
 *
 * The page's DOM is not touched: one host element of ours at the end of `<html>`, with a shadow
 * root holding one thin box per line of highlighted text, placed from `getClientRects()` of the
 * text inside each range (element boxes a range also reports are skipped, or a link inside a
 * quote would get a second underline). The boxes are laid out again, once per frame at most,
 * when the document's size changes (late images, fonts, a narrower window) and when a box of the
 * page scrolls its own content (a story in a scrolling pane, whose edges also clip the
 * underlines; the document's own scroll moves the host with the text and needs nothing). Known
 * gap: text in a fixed or sticky element keeps its underline where it was drawn.
 */
import type { HighlightColors } from '../../utils/settings-schema';
import { removeLeftoverHosts } from '../../components/leftover-hosts';
import { textPieces } from './text-pieces';

export const UNDERLINE_HOST_TAG = 'sourcelight-underlines';

export type UnderlineKind = keyof HighlightColors | 'focus';

/** The underline style per kind, as in highlights.css (the focus ring: double and thick). */
const LINES: Record<UnderlineKind, { style: string; px: number }> = {
  quote: { style: 'solid', px: 2 },
  reported: { style: 'dashed', px: 2 },
  person: { style: 'dotted', px: 2 },
  focus: { style: 'double', px: 3 },
};
const FOCUS_COLOR = 'rgba(200, 70, 0, 1)';
/** `overflow` values that cut off what lies outside the box. */
const CLIPPING = new Set(['hidden', 'clip', 'scroll', 'auto']);

export class UnderlineOverlay {
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private ranges: Partial<Record<keyof HighlightColors, readonly Range[]>> = {};
  private focused: Range | null = null;
  private colors: Record<keyof HighlightColors, string> | null = null;
  private resizes: ResizeObserver | null = null;
  private frame = 0;
  /** A scroll inside the page (not the document's own): the text moved under the host. */
  private readonly onScroll = (event: Event) => {
    if (event.target !== this.doc) this.scheduleLayout();
  };
  private readonly scheduleLayout = () => {
    if (this.frame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  };

  constructor(private readonly doc: Document = document) {}

  /** Replaces every underline: `ranges` per kind, each kind in its colour (a CSS colour). */
  draw(ranges: Partial<Record<keyof HighlightColors, readonly Range[]>>, colors: Record<keyof HighlightColors, string>): void {
    this.ranges = ranges;
    this.colors = colors;
    this.focused = null;
    this.ensureHost();
    this.layout();
  }

  /** The quote the reader is on (null: none). */
  focus(range: Range | null): void {
    this.focused = range;
    if (this.host) this.layout();
  }

  /** Removes the host and stops watching the page ("off" means off). */
  clear(): void {
    this.resizes?.disconnect();
    this.resizes = null;
    this.doc.fonts?.removeEventListener('loadingdone', this.scheduleLayout);
    this.doc.removeEventListener('scroll', this.onScroll, true);
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.host?.remove();
    this.host = null;
    this.layer = null;
    this.ranges = {};
    this.focused = null;
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const host = this.doc.createElement(UNDERLINE_HOST_TAG);
    // CSSOM, not a style attribute: allowed under a strict style-src CSP. z-index 0, not the
    // card's maximum: a sticky header (positive z-index) scrolled over the story covers the
    // underlines as it covers the text.
    host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 0; pointer-events: none;';
    const layer = this.doc.createElement('div');
    host.attachShadow({ mode: 'open' }).appendChild(layer);
    this.doc.documentElement.appendChild(host);
    removeLeftoverHosts(this.doc, UNDERLINE_HOST_TAG, host);
    this.host = host;
    this.layer = layer;
    if (!this.resizes && typeof ResizeObserver === 'function') {
      this.resizes = new ResizeObserver(this.scheduleLayout);
      this.resizes.observe(this.doc.documentElement);
      if (this.doc.body) this.resizes.observe(this.doc.body);
    }
    this.doc.fonts?.addEventListener('loadingdone', this.scheduleLayout);
    this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  /** One box per line fragment of text, placed relative to the host (wherever it ends up). */
  private layout(): void {
    const { host, layer, colors } = this;
    if (!host || !layer || !colors) return;
    const origin = host.getBoundingClientRect();
    const boxes: HTMLElement[] = [];
    const clips = new ClipFinder(this.doc);
    const add = (kind: UnderlineKind, range: Range, color: string) => {
      const { style, px } = LINES[kind];
      for (const rect of clipped(lineBoxes(textRects(this.doc, range)), clips.around(range.startContainer))) {
        const box = this.doc.createElement('div');
        box.dataset.kind = kind;
        box.style.cssText =
          `position: absolute; left: ${rect.left - origin.left}px; top: ${rect.bottom - origin.top - px}px; ` +
          `width: ${rect.width}px; height: 0; border-bottom: ${px}px ${style} ${color};`;
        boxes.push(box);
      }
    };
    for (const kind of ['person', 'reported', 'quote'] as const) {
      for (const range of this.ranges[kind] ?? []) add(kind, range, colors[kind]);
    }
    if (this.focused) add('focus', this.focused, FOCUS_COLOR);
    layer.replaceChildren(...boxes);
  }
}

/**
 * The boxes of the text a range covers, one per line fragment of each text node. A range's own
 * `getClientRects()` also lists the border box of every element it fully contains (a link, an
 * `<em>`), which would draw a second line under them.
 */
export function textRects(doc: Document, range: Range): DOMRect[] {
  const { startContainer: start, endContainer: end } = range;
  if (start === end) return visible(range.getClientRects());
  const piece = doc.createRange();
  return textPieces(range).flatMap(([node, from, to]) => {
    piece.setStart(node, from);
    piece.setEnd(node, to);
    return visible(piece.getClientRects());
  });
}

/** A stretch of one line to underline. */
export interface LineBox {
  left: number;
  width: number;
  bottom: number;
}

/**
 * Text boxes (in text order) joined into one box per stretch of a line: Firefox reports a box per
 * text frame, often one per word, and separate boxes would draw a broken line across the spaces.
 * Boxes join when their bottoms match and the gap between them is less than a line's height.
 */
export function lineBoxes(rects: readonly DOMRect[]): LineBox[] {
  const boxes: (LineBox & { height: number })[] = [];
  for (const rect of rects) {
    const last = boxes.at(-1);
    const gap = last ? rect.left - (last.left + last.width) : Infinity;
    if (last && Math.abs(rect.bottom - last.bottom) <= 1 && gap >= -1 && gap < Math.max(last.height, rect.height)) {
      last.width = Math.max(last.width, rect.right - last.left);
    } else boxes.push({ left: rect.left, width: rect.width, bottom: rect.bottom, height: rect.height });
  }
  return boxes.map(({ left, width, bottom }) => ({ left, width, bottom }));
}

/**
 * The boxes that clip a node's text: each ancestor whose overflow is not visible (a scrolling
 * pane, a clamped teaser). Text scrolled out of such a box is hidden; its underline must be too,
 * or it would show over the page around the box. Looked up once per element per layout.
 */
class ClipFinder {
  private readonly known = new Map<Element, DOMRect | null>();

  constructor(private readonly doc: Document) {}

  around(node: Node): DOMRect[] {
    const clips: DOMRect[] = [];
    const view = this.doc.defaultView;
    for (let el = node.parentElement; el && el !== this.doc.body && el !== this.doc.documentElement; el = el.parentElement) {
      let clip = this.known.get(el);
      if (clip === undefined) {
        const style = view?.getComputedStyle(el);
        clip = style && (CLIPPING.has(style.overflowX) || CLIPPING.has(style.overflowY)) ? el.getBoundingClientRect() : null;
        this.known.set(el, clip);
      }
      if (clip) clips.push(clip);
    }
    return clips;
  }
}

/** Line boxes cut to the boxes that clip them; a line whose underline falls outside one is dropped. */
export function clipped(lines: readonly LineBox[], clips: readonly DOMRect[]): LineBox[] {
  if (clips.length === 0) return [...lines];
  const kept: LineBox[] = [];
  for (const line of lines) {
    let left = line.left;
    let right = line.left + line.width;
    let inside = true;
    for (const clip of clips) {
      if (line.bottom <= clip.top || line.bottom > clip.bottom + 1) inside = false;
      left = Math.max(left, clip.left);
      right = Math.min(right, clip.right);
    }
    if (inside && right > left) kept.push({ left, width: right - left, bottom: line.bottom });
  }
  return kept;
}

/** Drops empty boxes (collapsed white space between blocks). */
function visible(list: DOMRectList): DOMRect[] {
  return Array.from(list).filter((rect) => rect.width > 0 && rect.height > 0);
}
