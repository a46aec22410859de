/**
 * The content script: on http(s) pages, in the top frame only, at document idle. Each capability
 * is one file with an `init(ctx, …)` that registers its listeners through WXT's context, so all of
 * them stop together when the extension is updated or reloaded ("context invalidated"). The
 * order below is the data flow: the page's analysis → highlights → card → keyboard → messages.
 * On pages that are not articles everything stops after the analysis' cheap pre-check, except
 * the page watcher, which waits for an article to appear (single-page apps, late content).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findInTextInBackground } from './extension-calls';
import { PageSession } from './page-analysis';
import { init as initHighlights } from './highlights';
import { init as initHoverCard } from './hover-card';
import { init as initKeyboard } from './keyboard';
import { init as initMessaging } from './messaging';
import { init as initPageWatch } from './page-watch';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Frames (ads, embeds, comment widgets) never hold the story we mark.
  allFrames: false,
  cssInjectionMode: 'manifest',
  main(ctx) {
    // The set-up's own main-thread time, `sourcelight:startup` (the bench adds it to the analysis').
    performance.mark('sourcelight:startup:start');
    // People and quotes are found by the background, off the page's main thread; after an
    // extension update (context invalidated) nothing more is done.
    const page = new PageSession({
      elsewhere: (text, blocks) => (ctx.isInvalid ? new Promise(() => undefined) : findInTextInBackground(text, blocks)),
    });
    const layer = initHighlights(ctx, page);
    const card = initHoverCard(ctx, page, layer);
    const navigator = initKeyboard(ctx, layer, card);
    initMessaging(ctx, page, layer, navigator);
    performance.measure('sourcelight:startup', 'sourcelight:startup:start');
    // Analysis stays off the critical path: the first read waits for an idle moment.
    ctx.requestIdleCallback(
      () => {
        if (!page.analysed) page.refresh();
        initPageWatch(ctx, page);
      },
      { timeout: 2000 },
    );
  },
});
