/**
 * Calls into the extension that may fail once the extension has been updated or reloaded while
 * this page stayed open ("Extension context invalidated"): the old content script keeps running
 * but every `browser.*` call throws. Those failures are expected and kept quiet; the page goes on
 * as it was, and the context's `onInvalidated` callbacks remove our highlights and listeners.
 */
import { browser } from 'wxt/browser';
import { defaultSettings, validateSettings, type CitationFields, type Settings } from '../../utils/settings-schema';
import type { TextBlock, TextFindings } from '../../lib/findings';
import { isTextFindings, MESSAGE_SOURCE, type FindInTextRequest, type QuoteCountMessage } from '../../utils/messages';

/**
 * The settings' storage side (utils/settings.ts and the storage library under it), loaded the
 * first time a page reads storage itself: the first paint takes its settings from the
 * background's answer, and evaluating those modules cost a new tab 1.5–2 ms (the bundler keeps a
 * dynamically imported module in the same file and evaluates it on the first call).
 */
const settingsStore = () => import('../../utils/settings');

export async function readSettings(): Promise<Settings> {
  try {
    return await (await settingsStore()).getSettings();
  } catch {
    return defaultSettings();
  }
}

/** The reader's citation corrections for `url`; null when none, or when storage cannot be read. */
export async function readCitationEdit(url: string): Promise<CitationFields | null> {
  try {
    return await (await settingsStore()).getCitationEdit(url);
  } catch {
    return null;
  }
}

/** Watches settings; returns the function that stops (a no-op when watching failed). */
export function watchSettingsQuietly(onChange: (settings: Settings) => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  settingsStore().then(
    (store) => {
      if (!stopped) stop = store.watchSettings(onChange);
    },
    () => undefined, // Context already gone: nothing to watch.
  );
  return () => {
    stopped = true;
    try {
      stop?.();
    } catch {
      // Context already gone: nothing left to stop.
    }
  };
}

/** Tells the background how many quotes this tab has (the toolbar badge). */
export function reportQuoteCount(count: number): void {
  try {
    void browser.runtime
      .sendMessage({ source: MESSAGE_SOURCE, type: 'quote-count', count } satisfies QuoteCountMessage)
      .catch(() => undefined);
  } catch {
    // Invalidated context: `browser.runtime` is gone.
  }
}

/**
 * How long the page waits for the background's people and quotes. A background that has to start
 * and compile its patterns answers in a few hundred milliseconds; one that fails (no listener, a
 * crash) answers at once with an error, and is asked once more after RETRY_MS (Chrome restarts a
 * service worker that stopped).
 */
const FIND_IN_TEXT_TIMEOUT_MS = 4000;
const RETRY_MS = 250;

/** The settings that came with the background's last answer, until taken. */
let settingsFromBackground: Settings | null = null;

/**
 * The settings the background sent with its last findings (null when none came, or once taken):
 * the first paint uses them instead of a storage read from the page.
 */
export function takeSettingsFromBackground(): Settings | null {
  const taken = settingsFromBackground;
  settingsFromBackground = null;
  return taken;
}

/**
 * The people and quotes in an article's text, found by the background (entrypoints/background.ts);
 * null when it cannot answer in time or answers something malformed.
 */
export async function findInTextInBackground(text: string, blocks: TextBlock[]): Promise<TextFindings | null> {
  const request: FindInTextRequest = { source: MESSAGE_SOURCE, type: 'find-in-text', text, blocks };
  for (let attempt = 0; attempt < 2; attempt++) {
    let timer = 0;
    try {
      const timeout = new Promise<null>((resolve) => {
        timer = window.setTimeout(() => resolve(null), FIND_IN_TEXT_TIMEOUT_MS);
      });
      const answer: unknown = await Promise.race([browser.runtime.sendMessage(request), timeout]);
      if (!isTextFindings(answer, text.length)) return null;
      settingsFromBackground = validateSettings((answer as { settings?: unknown }).settings);
      return answer;
    } catch {
      // No background listening yet, or an invalidated context (then the retry fails the same way).
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    } finally {
      clearTimeout(timer);
    }
  }
  return null;
}
