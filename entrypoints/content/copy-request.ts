/**
 * The content-script side of the context menu: the background asks (`CopyRequest` in
 * utils/messages.ts), this copies. Clipboard writes need a document, which the background lacks.
 *
 * Wired in entrypoints/content/messaging.ts, once the page's analysis has settled.
 */
import { formatCitation, formatQuoteCitation } from '../../lib/cite';
import type { FormattedCitation } from '../../lib/cite';
import type { Analysis, CslItem, Quote } from '../../lib/types';
import { cslWithFields } from '../../components/citation-fields';
import type { CopyRequest, CopyResponse } from '../../utils/messages';
import { readCitationEdit, readSettings } from './extension-calls';

export type ClipboardWriter = (text: string, html: string) => Promise<void>;

/**
 * Rich copy where the Clipboard API works (secure, focused pages); else the `copy` event, which
 * needs no DOM change and works on http:// pages too (the extension's clipboardWrite permission
 * lets a content script use it without a click in the page).
 */
export const writeClipboard: ClipboardWriter = async (text, html) => {
  try {
    if (typeof ClipboardItem === 'undefined' || !navigator.clipboard) throw new Error('no async clipboard');
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
    return;
  } catch {
    // fall through to the copy event
  }
  let written = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.clipboardData.setData('text/html', html);
    event.preventDefault();
    written = true;
  };
  document.addEventListener('copy', onCopy, { capture: true, once: true });
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, { capture: true });
  }
  if (!written) {
    if (!navigator.clipboard) throw new Error('The clipboard is not available on this page');
    await navigator.clipboard.writeText(text);
  }
};

/** Collapses whitespace and quotation marks so a selection matches the article text it came from. */
function searchable(text: string): string {
  return text.replace(/[“”„«»"]/g, '"').replace(/[‘’‚‹›']/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * The selection as a quote: its text (quotation marks at the ends dropped), where it sits in the
 * article, and the speaker of the quote it overlaps, if any. A selection outside every quote is
 * cited without a speaker.
 */
export function quoteFromSelection(analysis: Analysis, selection: string): Quote | null {
  const text = selection.replace(/\s+/g, ' ').trim().replace(/^["“”‘’«»„]+|["“”‘’«»„]+$/g, '').trim();
  if (!text) return null;
  // Offsets in the whitespace-collapsed text map back through this index array.
  const page = analysis.article.text;
  const positions: number[] = [];
  let flat = '';
  for (let i = 0; i < page.length; i++) {
    const isSpace = /\s/.test(page[i]!);
    if (isSpace && (flat === '' || flat.endsWith(' '))) continue;
    flat += isSpace ? ' ' : page[i]!;
    positions.push(i);
  }
  const at = searchable(flat).indexOf(searchable(text));
  const start = at < 0 ? -1 : positions[at]!;
  const end = at < 0 ? -1 : positions[at + searchable(text).length - 1]! + 1;
  const overlapping =
    start < 0 ? undefined : analysis.quotes.find((quote) => quote.start < end && quote.end > start && quote.speaker);
  const owner = overlapping ?? (start < 0 ? analysis.quotes.find((q) => searchable(q.text).includes(searchable(text))) : undefined);
  return {
    id: owner?.id ?? 'selection',
    kind: owner?.kind ?? 'direct',
    text,
    start: start < 0 ? (owner?.start ?? 0) : start,
    end: end < 0 ? (owner?.end ?? text.length) : end,
    cue: owner?.cue ?? null,
    speaker: owner?.speaker ?? null,
  };
}

/** The article's citation item with the reader's corrections for its URL, as the popup shows it. */
export async function citationItem(analysis: Analysis): Promise<CslItem> {
  const csl = analysis.citation.csl;
  const key = csl.URL ?? analysis.article.url;
  const edit = key ? await readCitationEdit(key) : null;
  return edit ? cslWithFields(csl, edit) : csl;
}

export async function handleCopyRequest(
  message: CopyRequest,
  analysis: Analysis | null,
  write: ClipboardWriter = writeClipboard,
): Promise<CopyResponse> {
  if (!analysis?.article.isArticle) return { ok: false, reason: 'This page does not look like a news article' };
  const { citationStyle } = await readSettings();
  const item = await citationItem(analysis);
  let formatted: FormattedCitation;
  if (message.what === 'quote') {
    const quote = quoteFromSelection(analysis, message.selectionText ?? '');
    if (!quote) return { ok: false, reason: 'Nothing is selected' };
    formatted = formatQuoteCitation(quote, item, citationStyle, analysis.article.text);
  } else {
    formatted = formatCitation(item, citationStyle);
  }
  try {
    await write(formatted.text, formatted.html);
    return { ok: true, text: formatted.text };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
