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

/** The content script's answer to `get-analysis`. */
export type AnalysisResponse =
  | { status: 'ok'; analysis: Analysis; highlighted: boolean }
  | { status: 'not-article'; analysis: Analysis | null }
  | { status: 'error'; message: string };

export function isContentRequest(value: unknown): value is ContentRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.source !== MESSAGE_SOURCE) return false;
  if (message.type === 'get-analysis') return true;
  return message.type === 'scroll-to-quote' && typeof message.quoteId === 'string';
}
