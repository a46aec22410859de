/**
 * The element we add to a page for the hover card (the Firefox build also adds one for its
 * underlines, entrypoints/content/underline-overlay.ts): a host with a shadow root. This class
 * owns it: creates the host on first use, renders the card into the root, places it next to
 * the quote without covering it, and removes it. Page CSS cannot reach in (`all: initial` on the
 * host, styles inside the root) and ours cannot leak out.
 */
import { renderHoverCard } from './HoverCard';
import type { HoverCardData } from './card-data';
import { HOVER_CARD_CSS } from './hover-card-styles';
import { removeLeftoverHosts } from '../leftover-hosts';

/** The host's tag: a custom-element name no page uses, so page selectors do not match it. */
export const CARD_HOST_TAG = 'sourcelight-card';

/** Space between the quote and the card, and between the card and the viewport edge. */
const GAP = 8;

export interface CardPlacement {
  /** The whole quote's box in viewport coordinates: the card never overlaps it. */
  quote: DOMRect;
  /** The line the reader is on (pointer) or the quote's first line (keyboard). */
  line: DOMRect;
}

export class ShadowCard {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  constructor(private readonly doc: Document = document) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.host !== null && this.mount?.firstElementChild != null;
  }

  show(data: HoverCardData, onCopy: () => Promise<void>, placement: CardPlacement): void {
    const mount = this.ensureHost();
    const card = renderHoverCard(this.doc, data, onCopy);
    mount.replaceChildren(card);
    this.place(card, placement);
  }

  hide(): void {
    this.mount?.replaceChildren();
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    const host = this.doc.createElement(CARD_HOST_TAG);
    // CSSOM, not a style attribute: allowed under a strict style-src CSP.
    host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
    const root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, HOVER_CARD_CSS);
    const mount = this.doc.createElement('div');
    root.appendChild(mount);
    this.doc.documentElement.appendChild(host);
    removeLeftoverHosts(this.doc, CARD_HOST_TAG, host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /** Below the quote, else above it, else beside it; clamped to the viewport. */
  private place(card: HTMLElement, { quote, line }: CardPlacement): void {
    const host = this.host!;
    card.style.left = '0px';
    card.style.top = '0px';
    const origin = host.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const viewWidth = this.doc.documentElement.clientWidth || window.innerWidth;
    const viewHeight = window.innerHeight;
    const clampX = (x: number) => Math.max(GAP, Math.min(x, viewWidth - width - GAP));
    const clampY = (y: number) => Math.max(GAP, Math.min(y, viewHeight - height - GAP));
    let left = clampX(line.left);
    let top: number;
    if (quote.bottom + GAP + height <= viewHeight) top = quote.bottom + GAP;
    else if (quote.top - GAP - height >= 0) top = quote.top - GAP - height;
    else if (quote.right + GAP + width <= viewWidth) {
      left = quote.right + GAP;
      top = clampY(line.top);
    } else if (quote.left - GAP - width >= 0) {
      left = quote.left - GAP - width;
      top = clampY(line.top);
    } else {
      // A quote taller and wider than the free space: stay below it, even if partly off screen.
      top = quote.bottom + GAP;
    }
    card.style.left = `${Math.round(left - origin.left)}px`;
    card.style.top = `${Math.round(top - origin.top)}px`;
  }
}

function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // No constructable stylesheets (or a cross-compartment refusal in a content script).
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}
