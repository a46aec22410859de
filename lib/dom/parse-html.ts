/**
 * Parses saved HTML into a Document outside the browser (CLI, tests, benchmark) with happy-dom,
 * with every kind of loading and script execution turned off: a saved page never runs code
 * and never makes a network request here.
 */
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  /** Frees happy-dom's resources; call when done with the document. */
  close(): void;
}

export function parseHtml(html: string, url = 'https://localhost/'): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return {
    document,
    close: () => void window.happyDOM.close(),
  };
}
