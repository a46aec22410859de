/**
 * Capability: talking to the rest of the extension. Answers the popup ("what is on this page?",
 * "scroll to this quote"), copies for the context menu, and tells the background the quote count for the toolbar badge after
 * each analysis. Only messages that are ours and well-formed are answered.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isContentRequest, isCopyRequest, type AnalysisResponse, type CopyResponse } from '../../utils/messages';
import { handleCopyRequest } from './copy-request';
import { reportQuoteCount } from './extension-calls';
import type { HighlightLayer } from './highlights';
import type { QuoteNavigator } from './keyboard';
import type { PageSession } from './page-analysis';

/** The popup's error when the background could not find the people and quotes. */
export const FINDINGS_UNREAD = 'Sourcelight could not read the quotes on this page: its background did not answer. Reload the page to try again.';

export function init(ctx: ContentScriptContext, page: PageSession, layer: HighlightLayer, navigator: QuoteNavigator): void {
  const answer = (message: unknown): Promise<AnalysisResponse | CopyResponse | boolean> | undefined => {
    // The context menu's "Copy citation" / "Copy quote with citation" (copy-request.ts).
    if (isCopyRequest(message)) return page.settled().then(({ analysis }) => handleCopyRequest(message, analysis));
    if (!isContentRequest(message)) return undefined;
    if (message.type === 'scroll-to-quote') return Promise.resolve(navigator.goTo(message.quoteId));
    return page.settled().then(
      ({ analysis }): AnalysisResponse =>
        page.findingsUnread
          ? { status: 'error', message: FINDINGS_UNREAD }
          : analysis.article.isArticle
            ? { status: 'ok', analysis, highlighted: layer.isOn(), host: location.hostname }
            : { status: 'not-article', analysis, host: location.hostname },
      (error: unknown): AnalysisResponse => ({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  try {
    browser.runtime.onMessage.addListener(answer);
    ctx.onInvalidated(() => {
      try {
        browser.runtime.onMessage.removeListener(answer);
      } catch {
        // Already gone with the old context.
      }
    });
  } catch {
    return;
  }

  let lastCount = -1;
  page.onUpdate((result) => {
    // Nothing counted yet and still no article: no badge, and no analysis computed for it.
    if (result === 'not-article' && lastCount < 0) return;
    const { analysis } = page.current();
    const count = analysis.article.isArticle ? analysis.quotes.length : 0;
    if (count === lastCount || (lastCount < 0 && !analysis.article.isArticle)) return;
    lastCount = count;
    reportQuoteCount(count);
  }, ctx.signal);
}
