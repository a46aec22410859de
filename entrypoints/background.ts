/**
 * The background script: the toolbar badge (each tab's quote count), the keyboard command that
 * turns highlights on or off everywhere, the two context-menu entries, and the text stages of the
 * analysis (people and quotes in an article's text, `find-in-text`): their large patterns cost
 * 100+ ms to compile on first use, which a content script would pay again in every new tab on the
 * page's own main thread; here they are compiled once while the background lives. The page's DOM
 * is read in the page (lib/article); only the text and its paragraph offsets come here.
 * It makes no network request and never touches the clipboard (it has no document to copy
 * from): a context-menu click asks the tab's content script to copy.
 */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { findInText } from '../lib/analyze';
import { isFindInTextRequest, isQuoteCountMessage, MESSAGE_SOURCE } from '../utils/messages';
import type { CopyRequest, FindInTextAnswer } from '../utils/messages';
import { getSettings, toggleHighlightsEnabled } from '../utils/settings';

/** Declared in wxt.config.ts (`commands`), rebindable by the user. */
export const TOGGLE_HIGHLIGHTS_COMMAND = 'toggle-highlights';

export const MENU_COPY_CITATION = 'sourcelight-copy-citation';
export const MENU_COPY_QUOTE = 'sourcelight-copy-quote';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(showQuoteCount);
  browser.runtime.onMessage.addListener(answerFindInText);
  browser.commands.onCommand.addListener(handleCommand);
  // Chrome keeps menus across service-worker restarts: create them once per install or update.
  // Firefox (MV2, persistent background page) forgets them at browser restart: create at start.
  if (browser.action) browser.runtime.onInstalled.addListener(() => void createContextMenus());
  else void createContextMenus();
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
});

export function showQuoteCount(message: unknown, sender: Browser.runtime.MessageSender): undefined {
  if (!isQuoteCountMessage(message) || sender.id !== browser.runtime.id) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const text = message.count > 0 ? String(Math.min(message.count, 999)) : '';
  // Manifest V3 has `action`; the Firefox (MV2) build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeText({ tabId, text });
  void action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
  return undefined;
}

/**
 * A content script of ours asks for the people and quotes in its article's text. The answer also
 * carries the settings (read here, where storage is warm), so the page can paint at once: reading
 * storage from a new tab's content script cost its main thread about 3 ms before the first paint.
 */
export function answerFindInText(message: unknown, sender: Browser.runtime.MessageSender): Promise<FindInTextAnswer> | undefined {
  if (!isFindInTextRequest(message) || sender.id !== browser.runtime.id) return undefined;
  const findings = findInText(message.text, message.blocks);
  return getSettings().then((settings) => ({ ...findings, settings }));
}

/** The keyboard command: flips the global switch; the content scripts watch it and repaint. */
export async function handleCommand(command: string): Promise<void> {
  if (command === TOGGLE_HIGHLIGHTS_COMMAND) await toggleHighlightsEnabled();
}

/** (Re)creates the two entries: "Copy citation" on a page, "Copy quote with citation" on a selection. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const pages = ['http://*/*', 'https://*/*'];
  browser.contextMenus.create({ id: MENU_COPY_CITATION, title: 'Copy citation', contexts: ['page'], documentUrlPatterns: pages });
  browser.contextMenus.create({
    id: MENU_COPY_QUOTE,
    title: 'Copy quote with citation',
    contexts: ['selection'],
    documentUrlPatterns: pages,
  });
}

/** Asks the clicked tab's content script to copy; a page without one (not an article) is left alone. */
export async function handleMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (tab?.id === undefined || tab.id < 0) return;
  let request: CopyRequest;
  if (info.menuItemId === MENU_COPY_CITATION) request = { source: MESSAGE_SOURCE, type: 'copy-request', what: 'citation' };
  else if (info.menuItemId === MENU_COPY_QUOTE)
    request = { source: MESSAGE_SOURCE, type: 'copy-request', what: 'quote', selectionText: info.selectionText ?? '' };
  else return;
  // Only the frame that was clicked: a selection in an iframe is not the article.
  const options = info.frameId === undefined ? undefined : { frameId: info.frameId };
  await browser.tabs.sendMessage(tab.id, request, options).catch(() => undefined);
}
