/**
 * Every message between the popup, background and content script, typed in one place.
 * Each carries `source: 'sourcelight'` so a content script can ignore messages that are not ours.
 */
import type { Analysis } from '../lib/types';

export const MESSAGE_SOURCE = 'sourcelight' as const;

/** Popup → content script: "what did you find on this page?" */
export interface GetAnalysisRequest {
  source: typeof MESSAGE_SOURCE;
  type: 'get-analysis';
}

/** Popup → content script: scroll the page to a quote and focus its highlight. */
export interface ScrollToQuoteRequest {
  source: typeof MESSAGE_SOURCE;
  type: 'scroll-to-quote';
  quoteId: string;
}

export type ContentRequest = GetAnalysisRequest | ScrollToQuoteRequest;

/**
 * The content script's answer to `get-analysis`. `host` is the page's own host name: the popup
 * cannot see tab URLs without the "tabs" permission, and the per-site switch must name the site
 * the content script checks.
 */
export type AnalysisResponse =
  | { status: 'ok'; analysis: Analysis; highlighted: boolean; host: string }
  | { status: 'not-article'; analysis: Analysis | null; host: string }
  | { status: 'error'; message: string };

/** The page host an answer names, if it is a well-formed one. */
export function hostOfResponse(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const host = (answer as Record<string, unknown>).host;
  return typeof host === 'string' && host ? host : null;
}

export function isContentRequest(value: unknown): value is ContentRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.source !== MESSAGE_SOURCE) return false;
  if (message.type === 'get-analysis') return true;
  return message.type === 'scroll-to-quote' && typeof message.quoteId === 'string';
}

/** Content script → background: how many quotes this tab's article has (the toolbar badge). */
export interface QuoteCountMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'quote-count';
  count: number;
}

export function isQuoteCountMessage(value: unknown): value is QuoteCountMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message.source === MESSAGE_SOURCE &&
    message.type === 'quote-count' &&
    typeof message.count === 'number' &&
    Number.isInteger(message.count) &&
    message.count >= 0
  );
}

/**
 * Background → content script: the context menu was used; put a citation on the clipboard. The
 * background cannot write the clipboard (no focused document), the page's content script can.
 * `citation`: the article's citation ("Copy citation" on the page). `quote`: the selected text
 * with its speaker and a link to the passage ("Copy quote with citation" on a selection).
 */
export interface CopyRequest {
  source: typeof MESSAGE_SOURCE;
  type: 'copy-request';
  what: 'citation' | 'quote';
  /** The selection as the browser reports it (whitespace may be collapsed). */
  selectionText?: string;
}

/** The content script's answer to a `copy-request`. */
export type CopyResponse = { ok: true; text: string } | { ok: false; reason: string };

export function isCopyRequest(value: unknown): value is CopyRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return (
    message.source === MESSAGE_SOURCE &&
    message.type === 'copy-request' &&
    (message.what === 'citation' || message.what === 'quote') &&
    (message.selectionText === undefined || typeof message.selectionText === 'string')
  );
}
