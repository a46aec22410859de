/**
 * HTML → happy-dom Document, for the bench. One Window per parse: the tools under test read or
 * (Readability, Defuddle) rewrite the document, so each gets its own. Nothing is fetched: scripts,
 * stylesheets, images and frames are off, navigation is off, and any request that still happens
 * is answered locally with a 404 and counted (the report prints the count; it should be 0).
 *
 * `document.write` into a fresh window keeps the doctype, `<html lang>` and a `defaultView`
 * (DOMParser documents have none, and `documentElement.innerHTML` drops the html attributes), so the
 * analysis sees what a content script sees. Parse time is measured separately from the tools.
 */
import { Window } from 'happy-dom';
import { withoutRawTextInSvg } from '../../lib/dom/parse-html';

/** URLs something tried to fetch while a page was parsed or analysed (answered with a 404). */
const blockedRequests: string[] = [];

export function blockedRequestUrls(): readonly string[] {
  return blockedRequests;
}

export interface ParsedPage {
  window: Window;
  /** happy-dom's Document under the lib.dom type the tools are written against. */
  document: Document;
}

export function parseHtml(html: string, url: string): ParsedPage {
  const window: Window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ request }) => {
            blockedRequests.push(request.url);
            return new window.Response('', { status: 404 });
          },
          beforeSyncRequest: ({ request }) => {
            blockedRequests.push(request.url);
            return { status: 404, statusText: 'Blocked by bench', ok: false, url: '', redirected: false, headers: new window.Headers(), body: null };
          },
        },
      },
    },
  });
  // happy-dom loses the rest of a page after a <style> or <script> inside an inline <svg>
  // (capricorn86/happy-dom#2231; readability/cnet): cut as the CLI does, for every tool alike.
  window.document.write(withoutRawTextInSvg(html));
  return { window, document: window.document as unknown as Document };
}

/** Frees the window (timers, observers, its DOM). Never throws. */
export async function closePage(page: ParsedPage): Promise<void> {
  try {
    await page.window.happyDOM.close();
  } catch {
    // A window that fails to close is garbage all the same.
  }
}
