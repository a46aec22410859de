/**
 * The content script: on http(s) pages at document idle, finds the story, highlights who said
 * what, and answers the popup. On pages that are not articles it stops after the cheap pre-check.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getSettings, isSiteEnabled, watchSettings, type Settings } from '../../utils/settings';
import { isContentRequest, MESSAGE_SOURCE, type AnalysisResponse, type QuoteCountMessage } from '../../utils/messages';
import { clearHighlights, focusQuote, paintHighlights } from './highlighter';
import { analyzePage } from './page-analysis';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    browser.runtime.onMessage.addListener(answerPopup);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(answerPopup);
      clearHighlights();
    });
    ctx.requestIdleCallback(() => void start(ctx), { timeout: 2000 });
  },
});

let highlighted = false;

async function start(ctx: ContentScriptContext): Promise<void> {
  const { analysis } = analyzePage();
  if (ctx.isInvalid) return;
  if (!analysis.article.isArticle) return;
  void browser.runtime
    .sendMessage({ source: MESSAGE_SOURCE, type: 'quote-count', count: analysis.quotes.length } satisfies QuoteCountMessage)
    .catch(() => undefined);
  applySettings(await getSettings());
  const unwatch = watchSettings(applySettings);
  ctx.onInvalidated(unwatch);
}

/** Paints or clears the highlights to match the global and per-site switches. */
function applySettings(settings: Settings): void {
  const { analysis, map } = analyzePage();
  const on = isSiteEnabled(settings, location.hostname) && analysis.article.isArticle && map !== null;
  if (on && map) paintHighlights(analysis, map);
  else clearHighlights();
  highlighted = on;
}

/** Answers only messages that are ours and well-formed; anything else is ignored. */
function answerPopup(message: unknown): Promise<AnalysisResponse | boolean> | undefined {
  if (!isContentRequest(message)) return undefined;
  if (message.type === 'scroll-to-quote') {
    const { analysis, map } = analyzePage();
    return Promise.resolve(map ? focusQuote(analysis, map, message.quoteId) : false);
  }
  try {
    const { analysis } = analyzePage();
    const response: AnalysisResponse = analysis.article.isArticle
      ? { status: 'ok', analysis, highlighted, host: location.hostname }
      : { status: 'not-article', analysis, host: location.hostname };
    return Promise.resolve(response);
  } catch (error) {
    return Promise.resolve({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
