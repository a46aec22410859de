/**
 * The background script: shows each tab's quote count on the toolbar badge. It holds no
 * analysis logic and makes no network request.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isQuoteCountMessage } from '../utils/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isQuoteCountMessage(message) || sender.id !== browser.runtime.id) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
    // Manifest V3 has `action`; the Firefox (MV2) build has `browserAction`.
    const action = browser.action ?? browser.browserAction;
    void action.setBadgeText({ tabId, text });
    void action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
    return undefined;
  });
});
