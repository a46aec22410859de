/**
 * The content script: on http(s) pages, in the top frame only, at document idle. This file is
 * injected into every page, so it is small: the page gate (./page-gate.ts: the article pre-check,
 * and the article script loaded only when a page needs it), the message listener, and the page
 * watcher (single-page apps, late content). Each capability has an `init(ctx, …)` or takes the
 * script's context, so all of them stop together when the extension is updated or reloaded
 * ("context invalidated"). WXT's wrapper builds that context: our lean one (./script-context.ts),
 * put in place of WXT's by the build, whose members it shares.
 */
// First: marks the start of the script's own time (see the file).
import './injected-at';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listen } from './messaging';
import { PageGate } from './page-gate';
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
    const gate = new PageGate(ctx);
    listen(ctx, gate.answer);
    // The script's main-thread time so far: its modules, WXT's context and the set-up above.
    performance.measure('sourcelight:startup', 'sourcelight:injected');
    // Analysis stays off the critical path: the first read waits for an idle moment.
    ctx.requestIdleCallback(
      () => {
        if (!gate.analysed) gate.refresh();
        // Every page pays for the watcher's set-up, and an article pays for it before its first
        // paint: the bench adds this measure to the page's main-thread time.
        const watchStarted = performance.now();
        initPageWatch(ctx, gate);
        performance.measure('sourcelight:watch', { start: watchStarted });
      },
      { timeout: 2000 },
    );
  },
});
