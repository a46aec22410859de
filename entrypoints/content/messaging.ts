/**
 * Capability: the content script's one message listener, registered by the page's first script
 * on every page (the popup may ask about any page). It hands each message to `answer`, which on
 * a page whose article script has not loaded yet loads it first (./page-gate.ts); messages that
 * are not ours get no answer (undefined) and stay with whoever they are for.
 */
import { browser } from 'wxt/browser';
import type { ScriptContext } from './script-context';
import type { Answer } from './answers';

export function listen(ctx: ScriptContext, answer: Answer): void {
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
    // Context already invalidated: nothing can reach this page any more.
  }
}
