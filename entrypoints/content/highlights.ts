/**
 * Capability: highlights in the page. Paints the current analysis when the global and per-site
 * switches are on, clears everything at once when either goes off, repaints when the page is
 * re-analysed or re-anchored, and removes itself when the extension context goes away.
 * Exposes the painted quotes and the focused one to the card and keyboard navigation.
 */
import type { ScriptContext } from './script-context';
import { isSiteEnabled, type Settings } from '../../utils/settings-schema';
import { readSettings, takeSettingsFromBackground, watchSettingsQuietly } from './extension-calls';
import { createPainter, type PaintedQuote } from './highlighter';
import { createColorSheet } from './highlight-colors';
import type { PageSession } from './page-analysis';

export interface HighlightLayer {
  /** The quotes painted now, in text order; empty when highlights are off. */
  painted(): readonly PaintedQuote[];
  /** Highlights are showing (switches on, an article with a body). */
  isOn(): boolean;
  focused(): PaintedQuote | null;
  /** Moves the focus ring to a quote (null clears it). */
  focus(painted: PaintedQuote | null): void;
  /** Called after every repaint or clear (the card closes, the focus is re-found). */
  onRepaint(listener: () => void): void;
}

export function init(ctx: ScriptContext, page: PageSession): HighlightLayer {
  const painter = createPainter();
  const colors = createColorSheet();
  let settings: Settings | null = null;
  let painted: PaintedQuote[] = [];
  let focused: PaintedQuote | null = null;
  let on = false;
  let watching = false;
  let dirty = false;
  const listeners: (() => void)[] = [];

  const repaint = () => {
    if (ctx.isInvalid) return;
    const { analysis, map } = page.current();
    on = settings !== null && isSiteEnabled(settings, location.hostname) && analysis.article.isArticle && map !== null;
    const focusedId = focused?.quote.id;
    page.runQuietly(() => {
      if (on && map && settings) {
        colors.apply(settings.highlightColors);
        painted = painter.paint(analysis, map, settings.highlightColors);
      } else {
        painter.clear();
        colors.remove();
        painted = [];
      }
    }, on);
    dirty = false;
    focused = painted.find((p) => p.quote.id === focusedId) ?? null;
    if (focused) painter.focus(focused);
    for (const listener of listeners) listener();
  };

  // Settings are applied and watched once a page turns out to be an article. The first ones come
  // with the background's findings (./extension-calls.ts), so the first paint follows the
  // analysis in the same task, with no storage read from the page; when none came (the
  // background did not answer) they are read from storage. Returns true when it painted.
  const startWatching = (): boolean => {
    if (watching) return false;
    watching = true;
    const fromBackground = takeSettingsFromBackground();
    if (fromBackground) {
      settings = fromBackground;
      repaint();
    }
    const watch = () => {
      if (ctx.isInvalid) return;
      // A change made before this watch began: read once more.
      void readSettings().then((latest) => {
        if (JSON.stringify(latest) === JSON.stringify(settings)) return;
        settings = latest;
        repaint();
      });
      ctx.onInvalidated(
        watchSettingsQuietly((changed) => {
          settings = changed;
          repaint();
        }),
      );
    };
    // After a paint, the watch waits for an idle moment: the page's thread is the reader's first.
    if (fromBackground) ctx.requestIdleCallback(watch, { timeout: 1000 });
    else watch();
    return fromBackground !== null;
  };

  // The fallback's marks are part of the DOM: take them out before the page is read again.
  page.beforeRead = () => {
    if (!painter.mutatesDom || painted.length === 0) return;
    page.runQuietly(() => painter.clear());
    dirty = true;
  };

  page.onUpdate((result) => {
    if (result === 'not-article' && !watching) return;
    if (!page.current().analysis.article.isArticle && !watching) return;
    const painted = startWatching();
    if (!painted && (result !== 'unchanged' || dirty)) repaint();
  }, ctx.signal);

  ctx.onInvalidated(() => {
    painter.clear();
    colors.remove();
    painted = [];
    on = false;
  });

  return {
    painted: () => painted,
    isOn: () => on,
    focused: () => focused,
    focus(next) {
      focused = next;
      painter.focus(next);
    },
    onRepaint: (listener) => listeners.push(listener),
  };
}
