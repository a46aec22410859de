/**
 * Capability: keyboard navigation between quotes. `]` goes to the next quote, `[` to the previous
 * one; the quote gets the focus ring (the `sourcelight-focus` highlight), is scrolled into view,
 * and its card opens. Escape closes the card and clears the ring.
 *
 * The keys never fire while the reader types (input, textarea, select, contenteditable, a design-
 * mode document, an IME composition), with Ctrl, Alt or Meta held (the page's and the browser's
 * shortcuts), or when the page already handled the key (`defaultPrevented`): we listen on
 * `window` in the bubbling phase, so the page's own handlers run first. Nor once the extension
 * has been updated or removed while the page stayed open.
 */
import type { ScriptContext } from './script-context';
import type { CardController } from './hover-card';
import type { HighlightLayer } from './highlights';
import type { PaintedQuote } from './highlighter';

export const NEXT_QUOTE_KEY = ']';
export const PREVIOUS_QUOTE_KEY = '[';

/** Without a `scrollend` after this long, the card opens once the window has stopped moving. */
const SCROLL_END_FALLBACK_MS = 800;
/** How often the window is looked at again while it still moves. */
const STILL_MOVING_MS = 150;

export interface QuoteNavigator {
  /** Focuses a quote by id (the popup's "scroll to quote"); false when it is not painted. */
  goTo(quoteId: string): boolean;
}

export function init(ctx: ScriptContext, layer: HighlightLayer, card: CardController): QuoteNavigator {
  const show = (painted: PaintedQuote) => {
    layer.focus(painted);
    const rect = painted.range.getBoundingClientRect();
    const visible = rect.top >= 0 && rect.bottom <= window.innerHeight;
    if (visible) {
      card.open(painted, 'keyboard');
      return;
    }
    card.close();
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // The card opens where the quote comes to rest: at `scrollend`. A long smooth scroll takes
    // Chrome over a second (4,000–5,000 px on scrapinghub pages: 1.1–1.2 s), so a card opened
    // earlier would be closed again by the scroll, as the card closes when the page scrolls.
    let settled = false;
    const open = () => {
      if (layer.focused() === painted) card.open(painted, 'keyboard');
    };
    const onScrollEnd = () => {
      settled = true;
      open();
    };
    ctx.addEventListener(window, 'scrollend', onScrollEnd, { once: true });
    // No `scrollend` (nothing to scroll, or a browser without the event): open once the window
    // stands still.
    let lastY = window.scrollY;
    const fallback = () => {
      if (settled) return;
      if (window.scrollY === lastY) return open();
      lastY = window.scrollY;
      ctx.setTimeout(fallback, STILL_MOVING_MS);
    };
    ctx.setTimeout(fallback, reduced ? 50 : SCROLL_END_FALLBACK_MS);
    scrollToQuote(painted.range, reduced ? 'auto' : 'smooth');
  };

  const step = (direction: 1 | -1): boolean => {
    const painted = layer.painted();
    if (painted.length === 0) return false;
    const current = layer.focused();
    let index: number;
    if (current) {
      index = painted.indexOf(current) + direction;
    } else {
      // Nothing focused yet: start from what the reader is looking at.
      const tops = painted.map((p) => p.range.getBoundingClientRect().top);
      index = direction === 1 ? tops.findIndex((top) => top >= 0) : tops.findLastIndex((top) => top < window.innerHeight);
      if (index < 0) index = direction === 1 ? 0 : painted.length - 1;
    }
    if (index < 0 || index >= painted.length) return false;
    show(painted[index]!);
    return true;
  };

  ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => {
    // After an extension update or removal this copy of the script is orphaned: the first key
    // the reader presses finds that out (the context's `isInvalid` runs the clean-up, which
    // removes this listener and the highlights) and goes to the page untouched.
    if (ctx.isInvalid || event.defaultPrevented || event.isComposing) return;
    if (event.key === 'Escape') {
      if (layer.focused() || card.isOpen) {
        layer.focus(null);
        card.close();
      }
      return;
    }
    if (event.key !== NEXT_QUOTE_KEY && event.key !== PREVIOUS_QUOTE_KEY) return;
    if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event)) return;
    if (step(event.key === NEXT_QUOTE_KEY ? 1 : -1)) event.preventDefault();
  });

  return {
    goTo(quoteId) {
      const painted = layer.painted().find((p) => p.quote.id === quoteId);
      if (!painted) return false;
      show(painted);
      return true;
    },
  };
}

/**
 * Brings a quote to the middle of the window. The element holding the quote's text is scrolled
 * into view when it fits in the window (it may sit in a scrolling pane, which scrolls too). When
 * it does not, centring it would leave the quote off screen: on AppleInsider the story's text sits
 * straight in one `<div>` thousands of pixels tall (scrapinghub/65bf3048b500), so the window is
 * scrolled by the quote's own box instead (known gap: a tall element inside a scrolling pane).
 */
function scrollToQuote(range: Range, behavior: ScrollBehavior): void {
  const element = range.startContainer.parentElement;
  if (element && element.getBoundingClientRect().height <= window.innerHeight) {
    element.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const box = range.getBoundingClientRect();
  window.scrollBy({ top: box.top + box.height / 2 - window.innerHeight / 2, behavior });
}

const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The key went to something the reader types into (looking through open shadow roots). */
export function isTyping(event: KeyboardEvent): boolean {
  if (document.designMode === 'on') return true;
  const origin = event.composedPath()[0] ?? event.target;
  if (isEditable(origin)) return true;
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return isEditable(active);
}

function isEditable(target: EventTarget | null | undefined): boolean {
  if (!target || !(target instanceof Element)) return false;
  if (FIELD_TAGS.has(target.tagName)) return true;
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])') !== null);
}
