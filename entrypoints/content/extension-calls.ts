/**
 * Calls into the extension that may fail once the extension has been updated or reloaded while
 * this page stayed open ("Extension context invalidated"): the old content script keeps running
 * but every `browser.*` call throws. Those failures are expected and kept quiet; the page goes on
 * as it was, and WXT's `ctx.onInvalidated` removes our highlights and listeners.
 */
import { browser } from 'wxt/browser';
import { defaultSettings, getSettings, watchSettings, type Settings } from '../../utils/settings';
import { MESSAGE_SOURCE, type QuoteCountMessage } from '../../utils/messages';

export async function readSettings(): Promise<Settings> {
  try {
    return await getSettings();
  } catch {
    return defaultSettings();
  }
}

/** Watches settings; returns the function that stops (a no-op when watching failed). */
export function watchSettingsQuietly(onChange: (settings: Settings) => void): () => void {
  try {
    const stop = watchSettings(onChange);
    return () => {
      try {
        stop();
      } catch {
        // Context already gone: nothing left to stop.
      }
    };
  } catch {
    return () => undefined;
  }
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
