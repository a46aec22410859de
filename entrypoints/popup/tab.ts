/**
 * The popup's browser calls: which tab it is about, asking that tab's content script, and the
 * clipboard. Everything else in the popup is plain data.
 */
import { browser } from 'wxt/browser';
import { MESSAGE_SOURCE } from '../../utils/messages';
import type { ContentRequest } from '../../utils/messages';

export interface TargetTab {
  id: number;
  /** Host name of an http(s) page; null for browser pages or when the URL is hidden from us. */
  host: string | null;
}

/**
 * `?tabId=N` in the popup's own URL wins: the end-to-end tests open the popup as a page, which
 * would otherwise take itself for the active tab. Else the active tab of the current window.
 */
export async function findTargetTab(search = location.search): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return { id: requested, host: hostOf(tab?.url) };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id == null ? null : { id: active.id, host: hostOf(active.url) };
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname ? hostname : null;
  } catch {
    return null;
  }
}

/** The content script may still be analysing (or loading) when the popup opens. */
const RETRY_DELAY_MS = 300;

/**
 * Asks the tab's content script for its analysis; retries once. Resolves to the raw answer, or
 * `undefined` when nothing answered (no content script on browser pages, PDFs, store pages).
 */
export async function requestAnalysis(tabId: number): Promise<unknown> {
  const request: ContentRequest = { source: MESSAGE_SOURCE, type: 'get-analysis' };
  for (let attempt = 0; ; attempt++) {
    try {
      const answer: unknown = await browser.tabs.sendMessage(tabId, request);
      if (answer !== undefined || attempt > 0) return answer;
    } catch {
      if (attempt > 0) return undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  }
}

export function scrollToQuote(tabId: number, quoteId: string): Promise<unknown> {
  const request: ContentRequest = { source: MESSAGE_SOURCE, type: 'scroll-to-quote', quoteId };
  return browser.tabs.sendMessage(tabId, request);
}

/**
 * Rich copy: HTML for word processors, plain text for everything else (the plain flavour must be
 * exactly `text`: pasted into a text field, it is what the reader sees). Browsers without
 * `ClipboardItem` or that refuse the HTML flavour get the plain text alone.
 */
export async function copyToClipboard(text: string, html: string): Promise<void> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } catch {
    await navigator.clipboard.writeText(text);
  }
}

/**
 * Saves `text` as a file through an `<a download>` on a Blob URL (no "downloads" permission
 * needed). The URL is revoked once the browser has taken the file.
 */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export function openOptionsPage(): void {
  void browser.runtime.openOptionsPage().then(() => window.close(), () => undefined);
}
