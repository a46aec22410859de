/**
 * Paints an analysis onto the page with the CSS Custom Highlight API: ranges are registered by
 * name in `CSS.highlights`, the page's DOM is not touched. Four names, styled in highlights.css:
 * direct quotes, reported (indirect and mixed) quotes, people (speakers and officials), and the
 * quote the reader last jumped to.
 */
import type { Analysis } from '../../lib/types';
import type { TextMap } from '../../lib/text/text-map';

export const HIGHLIGHT_NAMES = {
  quote: 'sourcelight-quote',
  reported: 'sourcelight-reported',
  person: 'sourcelight-person',
  focus: 'sourcelight-focus',
} as const;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintHighlights(analysis: Analysis, map: TextMap): void {
  if (!highlightsSupported()) return;
  const direct: Range[] = [];
  const reported: Range[] = [];
  const people: Range[] = [];
  for (const quote of analysis.quotes) {
    const range = map.rangeOf(quote.start, quote.end);
    if (range) (quote.kind === 'direct' ? direct : reported).push(range);
  }
  // Every mention of a speaker or an official: the reader sees who is who across the story.
  const quotedIds = new Set(analysis.quotes.map((q) => q.speaker?.personId).filter(Boolean));
  for (const person of analysis.people) {
    if (!person.official && !quotedIds.has(person.id)) continue;
    for (const mention of person.mentions) {
      const range = map.rangeOf(mention.start, mention.end);
      if (range) people.push(range);
    }
  }
  CSS.highlights.set(HIGHLIGHT_NAMES.quote, new Highlight(...direct));
  CSS.highlights.set(HIGHLIGHT_NAMES.reported, new Highlight(...reported));
  CSS.highlights.set(HIGHLIGHT_NAMES.person, new Highlight(...people));
}

/** Marks one quote as the current one (after "scroll to quote") and scrolls it into view. */
export function focusQuote(analysis: Analysis, map: TextMap, quoteId: string): boolean {
  const quote = analysis.quotes.find((q) => q.id === quoteId);
  const range = quote ? map.rangeOf(quote.start, quote.end) : null;
  if (!range) return false;
  if (highlightsSupported()) CSS.highlights.set(HIGHLIGHT_NAMES.focus, new Highlight(range));
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}

/** Removes every highlight of ours at once ("off" means off). */
export function clearHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
