/**
 * The content script: on http(s) pages, in the top frame only, at document idle. Each capability
 * is one file with an `init(ctx, …)` that registers its listeners through WXT's context, so all of
 * them stop together when the extension is updated or reloaded ("context invalidated"). At start:
 * the page's analysis and the messages (the popup may ask about any page); the page's UI
 * (./page-ui.ts: highlights → card → keyboard) once a read finds an article. On pages that are
 * not articles everything stops after the analysis' cheap pre-check, except the page watcher,
 * which waits for an article to appear (single-page apps, late content).
 */
// First: marks the start of the script's own time (see the file).
import './injected-at';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { findInTextInBackground } from './extension-calls';
import { PageSession } from './page-analysis';
import { init as initMessaging } from './messaging';
import { init as initPageUi, type PageUi } from './page-ui';
import { init as initPageWatch } from './page-watch';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Frames (ads, embeds, comment widgets) never hold the story we mark.
  allFrames: false,
  cssInjectionMode: 'manifest',
  // WXT tells an older copy of this script (before an extension update) to stop with a DOM event,
  // and by default also with window.postMessage, kept for its own older versions. That message
  // reaches the page's own listeners, and in a new tab it cost 9–12 ms of the page's main thread
  // (median, measured per module in fresh tabs); the event alone does the job.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // People and quotes are found by the background, off the page's main thread; after an
    // extension update (context invalidated) nothing more is done.
    const page = new PageSession({
      elsewhere: (text, blocks) => (ctx.isInvalid ? new Promise(() => undefined) : findInTextInBackground(text, blocks)),
    });
    // Highlights, card and keys: set up by the first read that finds an article (inside that
    // read, so the paint can follow the findings at once), never on other pages.
    let ui: PageUi | null = null;
    page.onArticleRead = () => {
      ui ??= initPageUi(ctx, page);
    };
    initMessaging(ctx, page, () => ui);
    // The script's main-thread time so far: its modules, WXT's context and the set-up above.
    performance.measure('sourcelight:startup', 'sourcelight:injected');
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
