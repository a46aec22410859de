/**
 * What the content script answers the rest of the extension ("what is on this page?", "scroll to
 * this quote", the context menu's copies), and the quote count it reports for the toolbar badge
 * after each analysis. Part of the article script (./article-script.ts); the listener that
 * receives the messages is the page's first script's (./messaging.ts). Only messages that are
 * ours and well-formed get an answer.
 */
import type { ScriptContext } from './script-context';
import { isContentRequest, isCopyRequest, type AnalysisResponse, type CopyResponse } from '../../utils/messages';
import { handleCopyRequest } from './copy-request';
import { reportQuoteCount } from './extension-calls';
import type { PageSession } from './page-analysis';
import type { PageUi } from './page-ui';

/** The popup's error when the background could not find the people and quotes. */
export const FINDINGS_UNREAD = 'Sourcelight could not read the quotes on this page: its background did not answer. Reload the page to try again.';

/** The answer to a message; undefined for one that is not ours (left to whoever it is for). */
export type Answer = (message: unknown) => Promise<AnalysisResponse | CopyResponse | boolean> | undefined;

/** `ui`: the page's highlights and keys, null until a read has found an article (./page-ui.ts). */
export function createAnswer(ctx: ScriptContext, page: PageSession, ui: () => PageUi | null): Answer {
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

  return (message) => {
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
}
