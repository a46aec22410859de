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
import type { PageSession } from './page-analysis';
import type { PageUi } from './page-ui';

/** The popup's error when the background could not find the people and quotes. */
export const FINDINGS_UNREAD = 'Sourcelight could not read the quotes on this page: its background did not answer. Reload the page to try again.';

/** `ui`: the page's highlights and keys, null until a read has found an article (./page-ui.ts). */
export function init(ctx: ContentScriptContext, page: PageSession, ui: () => PageUi | null): void {
  const answer = (message: unknown): Promise<AnalysisResponse | CopyResponse | boolean> | undefined => {
    // The context menu's "Copy citation" / "Copy quote with citation" (copy-request.ts).
    if (isCopyRequest(message)) return page.settled().then(({ analysis }) => handleCopyRequest(message, analysis));
    if (!isContentRequest(message)) return undefined;
    if (message.type === 'scroll-to-quote') return Promise.resolve(ui()?.navigator.goTo(message.quoteId) ?? false);
    return page.settled().then(
      ({ analysis }): AnalysisResponse =>
        page.findingsUnread
          ? { status: 'error', message: FINDINGS_UNREAD }
          : analysis.article.isArticle
            ? { status: 'ok', analysis, highlighted: ui()?.layer.isOn() ?? false, host: location.hostname }
            : { status: 'not-article', analysis, host: location.hostname },
      (error: unknown): AnalysisResponse => ({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  // The answer goes back through `sendResponse`, the channel kept open by returning true: this
  // script uses the browser's own API, where Chrome ignores a returned promise (wxt.config.ts).
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): true | undefined => {
    const answered = answer(message);
    if (!answered) return undefined;
    void answered.then(sendResponse);
    return true;
  };
  try {
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      try {
        browser.runtime.onMessage.removeListener(listener);
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
