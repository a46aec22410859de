/**
 * Paints an analysis onto the page. Two painters behind one interface:
 *   - the CSS Custom Highlight API (Chrome 105+, Firefox 140+): ranges registered by name in
 *     `CSS.highlights`, the page's DOM untouched. Four names, styled in highlights.css: direct
 *     quotes, reported (indirect and mixed) quotes, people (speakers and officials), and the
 *     quote the reader is on (focus ring). In the Firefox build the underlines (the non-colour
 *     cue) are drawn by ./underline-overlay.ts, as Firefox's highlights show fills only;
 *   - elsewhere, `<sl-mark>` elements around the text (./fallback-marks.ts), removed exactly.
 * Both return each painted quote with a Range, for hit-testing and keyboard navigation.
 */
import type { Analysis, Quote } from '../../lib/types';
import type { TextMap } from '../../lib/text/text-map';
import type { HighlightColors } from '../../utils/settings-schema';
import { quoteRangesFromMarks, wrapRanges, type MarkRequest, type WrappedMarks } from './fallback-marks';
import { underlineColors } from './highlight-colors';
import { HIGHLIGHT_NAMES } from './highlight-names';
import { UnderlineOverlay } from './underline-overlay';

/** A quote as painted: the Range covering it in the page. */
export interface PaintedQuote {
  quote: Quote;
  range: Range;
}

export interface Painter {
  /** True when painting changes the DOM (the fallback): the page must be unpainted before it is read. */
  readonly mutatesDom: boolean;
  /** `colors`: the reader's highlight colours (the stylesheets carry them; the overlay needs them). */
  paint(analysis: Analysis, map: TextMap, colors: HighlightColors): PaintedQuote[];
  focus(painted: PaintedQuote | null): void;
  clear(): void;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createPainter(): Painter {
  if (!highlightsSupported()) return new MarkPainter();
  // Firefox's highlights show no text decoration: there an overlay draws the underlines. A
  // build-time constant (WXT), so the Chrome build does not carry the overlay.
  return new HighlightApiPainter(import.meta.env.FIREFOX ? new UnderlineOverlay(document) : null);
}

interface RangeSets {
  quotes: PaintedQuote[];
  people: Range[];
}

/** The ranges to paint: every quote, and every mention of a speaker or an official. */
function rangesOf(analysis: Analysis, map: TextMap): RangeSets {
  const quotes: PaintedQuote[] = [];
  for (const quote of analysis.quotes) {
    const range = map.rangeOf(quote.start, quote.end);
    if (range) quotes.push({ quote, range });
  }
  // The reader sees who is who across the story: all mentions of the people quoted or in office.
  const quotedIds = new Set(analysis.quotes.map((q) => q.speaker?.personId).filter(Boolean));
  const people: Range[] = [];
  for (const person of analysis.people) {
    if (!person.official && !quotedIds.has(person.id)) continue;
    for (const mention of person.mentions) {
      const range = map.rangeOf(mention.start, mention.end);
      if (range) people.push(range);
    }
  }
  return { quotes, people };
}

class HighlightApiPainter implements Painter {
  readonly mutatesDom = false;

  constructor(private readonly underlines: UnderlineOverlay | null) {}

  paint(analysis: Analysis, map: TextMap, colors: HighlightColors): PaintedQuote[] {
    const { quotes, people } = rangesOf(analysis, map);
    const direct = quotes.filter((p) => p.quote.kind === 'direct').map((p) => p.range);
    const reported = quotes.filter((p) => p.quote.kind !== 'direct').map((p) => p.range);
    CSS.highlights.set(HIGHLIGHT_NAMES.quote, new Highlight(...direct));
    CSS.highlights.set(HIGHLIGHT_NAMES.reported, new Highlight(...reported));
    CSS.highlights.set(HIGHLIGHT_NAMES.person, new Highlight(...people));
    CSS.highlights.delete(HIGHLIGHT_NAMES.focus);
    this.underlines?.draw({ quote: direct, reported, person: people }, underlineColors(colors));
    return quotes;
  }

  focus(painted: PaintedQuote | null): void {
    if (painted) CSS.highlights.set(HIGHLIGHT_NAMES.focus, new Highlight(painted.range));
    else CSS.highlights.delete(HIGHLIGHT_NAMES.focus);
    this.underlines?.focus(painted?.range ?? null);
  }

  /** Removes every highlight of ours at once ("off" means off). */
  clear(): void {
    for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
    this.underlines?.clear();
  }
}

class MarkPainter implements Painter {
  readonly mutatesDom = true;
  private wrapped: WrappedMarks | null = null;

  paint(analysis: Analysis, map: TextMap): PaintedQuote[] {
    // highlights.css and the colour sheet style the marks: no colours needed here.
    this.clear();
    const { quotes, people } = rangesOf(analysis, map);
    const requests: MarkRequest[] = [
      ...quotes.map((p) => ({ range: p.range, kind: p.quote.kind === 'direct' ? 'quote' : 'reported', quoteId: p.quote.id })),
      ...people.map((range) => ({ range, kind: 'person' })),
    ];
    this.wrapped = wrapRanges(requests);
    // Wrapping moved the text nodes: the quotes' ranges now run from their first to last mark.
    const ranges = quoteRangesFromMarks(this.wrapped.marks);
    return quotes.flatMap((p) => {
      const range = ranges.get(p.quote.id);
      return range ? [{ quote: p.quote, range }] : [];
    });
  }

  focus(painted: PaintedQuote | null): void {
    for (const mark of this.wrapped?.marks ?? []) {
      const ids = (mark.getAttribute('data-sl-quote') ?? '').split(' ');
      if (painted && ids.includes(painted.quote.id)) mark.setAttribute('data-sl-focus', '');
      else mark.removeAttribute('data-sl-focus');
    }
  }

  clear(): void {
    this.wrapped?.unwrap();
    this.wrapped = null;
  }
}
