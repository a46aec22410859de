/**
 * Every message between the popup, background and content script, typed in one place.
 * Each carries `source: 'sourcelight'` so a content script can ignore messages that are not ours.
 */
import type { TextFindings } from '../lib/findings';
import type { Settings } from './settings-schema';
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

/**
 * Content script → background: find the people and quotes in an article's text. The text stages
 * are pure functions of the text and its paragraph offsets; the background runs them with patterns
 * compiled once for the whole browser session, where a fresh page would compile them again on its
 * own main thread (entrypoints/content/page-analysis.ts). The answer is a `TextFindings`.
 */
export interface FindInTextRequest {
  source: typeof MESSAGE_SOURCE;
  type: 'find-in-text';
  text: string;
  /** Paragraph offsets into `text`. */
  blocks: { start: number; end: number }[];
}

export function isFindInTextRequest(value: unknown): value is FindInTextRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.source !== MESSAGE_SOURCE || message.type !== 'find-in-text' || typeof message.text !== 'string') return false;
  const length = message.text.length;
  return Array.isArray(message.blocks) && message.blocks.every((block: unknown) => isSpanWithin(block, length));
}

/** `{ start, end }`, integers with 0 ≤ start ≤ end ≤ length. */
function isSpanWithin(value: unknown, length: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end } = value as Record<string, unknown>;
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= length;
}

/**
 * The background's answer to a `find-in-text`: the findings, and the settings as the background
 * read them (the page validates them with `validateSettings` before using them).
 */
export type FindInTextAnswer = TextFindings & { settings: Settings };

/**
 * Is this the background's answer to a `find-in-text` for a text of `length` characters? Checked
 * before anything is painted from it: lists where lists belong, and every quote and mention inside
 * the text.
 */
export function isTextFindings(value: unknown, length: number): value is TextFindings {
  if (typeof value !== 'object' || value === null) return false;
  const found = value as Record<string, unknown>;
  if (typeof found.partial !== 'boolean' || !Array.isArray(found.organizations) || !Array.isArray(found.places)) return false;
  if (!Array.isArray(found.quotes) || !Array.isArray(found.people)) return false;
  if (!found.quotes.every((quote: unknown) => isSpanWithin(quote, length))) return false;
  return found.people.every((person: unknown) => {
    const mentions = (person as Record<string, unknown> | null)?.mentions;
    return Array.isArray(mentions) && mentions.every((mention: unknown) => isSpanWithin(mention, length));
  });
}
