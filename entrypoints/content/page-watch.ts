/**
 * Capability: keeping the analysis in step with the page as it really behaves.
 *   - Soft navigation (history.pushState / replaceState / popstate in single-page apps): the
 *     Navigation API's `navigate` event to another URL, or a 1 s poll of location.href where the
 *     API is missing (Firefox ESR); content scripts cannot patch the page's own `history`.
 *   - Content that loads late or is re-rendered: a MutationObserver whose records are only looked
 *     at, cheaply, for relevance (inside the article, or a block of new text when there is no
 *     article yet). A burst of changes leads to one re-read once it has settled for SETTLE_MS
 *     (at most MAX_WAIT_MS after it began), in an idle callback, off the critical path.
 * The re-read itself (PageGate.refresh → PageSession.refresh) does nothing more on a page whose article is unchanged.
 */
import type { ScriptContext } from './script-context';
import { CARD_HOST_TAG } from '../../components/hover-card/shadow-card';
import { MARK_TAG } from './fallback-marks';
import { samePage } from './same-page';
import { UNDERLINE_HOST_TAG } from './underline-overlay';

/** Quiet time after the last relevant mutation before the page is read again. */
const SETTLE_MS = 400;
/** A page that never stops changing (tickers, live blogs) is still re-read this often at most. */
const MAX_WAIT_MS = 2000;
/** New text outside the article, in characters, that may be a late-loaded story. */
const LATE_TEXT_CHARS = 200;
/** Elements whose insertion never brings article text. */
const NO_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'IFRAME', 'IMG', 'SVG', 'VIDEO', 'NOSCRIPT', 'TEMPLATE']);
const OUR_TAGS = new Set([CARD_HOST_TAG, MARK_TAG, UNDERLINE_HOST_TAG].map((tag) => tag.toUpperCase()));

/** The page as the watcher needs it (the page gate, ./page-gate.ts; or a session in tests). */
export interface WatchedPage {
  /** Reads the page again (it does nothing more when the article is unchanged). */
  refresh(): unknown;
  /** The node whose subtree holds the article text, null when none has been read. */
  articleRoot(): Node | null;
  /** Set here: drops the mutation records our own DOM writes caused. */
  dropPendingMutations: () => void;
}

export function init(ctx: ScriptContext, page: WatchedPage): void {
  let settleTimer = 0;
  let burstStart = 0;
  let idle = 0;

  const reread = () => {
    idle = 0;
    if (ctx.isInvalid) return;
    page.refresh();
  };
  const schedule = () => {
    const now = performance.now();
    if (!settleTimer) burstStart = now;
    clearTimeout(settleTimer);
    const wait = Math.max(0, Math.min(SETTLE_MS, burstStart + MAX_WAIT_MS - now));
    settleTimer = ctx.setTimeout(() => {
      settleTimer = 0;
      if (!idle) idle = ctx.requestIdleCallback(reread, { timeout: 1000 });
    }, wait);
  };

  watchLocation(ctx, schedule);

  const observer = new MutationObserver((records) => {
    const root = page.articleRoot();
    if (records.some((record) => isRelevant(record, root))) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  page.dropPendingMutations = () => void observer.takeRecords();
  ctx.onInvalidated(() => observer.disconnect());
}

/**
 * Calls `changed` when the page's address changes without a page load, to another page: a change
 * of the fragment alone (the story's own "#section" links) is the same page (samePage).
 */
function watchLocation(ctx: ScriptContext, changed: () => void): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    // Fired before the URL changes (so location.href is still the old one), also for full page
    // loads and same-URL replaceState calls: a load ends this script anyway, the others are no
    // change.
    ctx.addEventListener(navigation, 'navigate', (event: Event & { destination?: { url: string } }) => {
      if (!samePage(event.destination?.url ?? location.href, location.href)) changed();
    });
    return;
  }
  let href = location.href;
  ctx.setInterval(() => {
    if (samePage(location.href, href)) return;
    href = location.href;
    changed();
  }, 1000);
}

/** Could this change alter the article? Cheap checks only: this runs on every mutation batch. */
export function isRelevant(record: MutationRecord, root: Node | null): boolean {
  const target = record.target;
  if (isOurs(target)) return false;
  if (record.type === 'childList') {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    if (nodes.length > 0 && nodes.every(isOurs)) return false;
  }
  if (root) {
    // The article was replaced (re-render) or changed inside.
    if (!root.isConnected || root.contains(target)) return true;
  }
  if (record.type !== 'childList') return false;
  for (const node of record.addedNodes) {
    if (node.nodeType === Node.TEXT_NODE && (node as Text).length >= LATE_TEXT_CHARS) return true;
    if (node.nodeType !== Node.ELEMENT_NODE || NO_TEXT_TAGS.has(node.nodeName.toUpperCase())) continue;
    if ((node.textContent?.length ?? 0) >= LATE_TEXT_CHARS) return true;
  }
  return false;
}

function isOurs(node: Node): boolean {
  if (OUR_TAGS.has(node.nodeName.toUpperCase())) return true;
  const parent = node.parentElement;
  return parent !== null && OUR_TAGS.has(parent.nodeName.toUpperCase());
}
