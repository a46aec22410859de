/**
 * The analysis of the page the content script runs in, kept between questions: the popup, the
 * highlights and the card all use the same result, and a page that has not changed is never
 * analysed twice. `refresh()` re-reads the article after the page changed (soft navigation, late
 * content, a re-render) and does only what the change needs:
 *   - same URL and same article text, anchors still in the page → nothing;
 *   - same text, but the page rebuilt its DOM → the new text map only ("re-anchored");
 *   - anything else → a full analysis.
 * Until a page has been analysed, a read first runs the article pre-check alone: a page that is
 * not an article ("not-article") costs that check and nothing more; its analysis (for the popup's
 * "not an article" state) is computed only when asked for.
 */
import { analyzeWithMap, type AnalysisWithMap } from '../../lib/analyze';
import { looksLikeArticle, readArticle } from '../../lib/article/index';
import type { TextMap } from '../../lib/text/text-map';

export type RefreshResult = 'unchanged' | 'reanchored' | 'reanalysed' | 'not-article';

interface PageState extends AnalysisWithMap {
  url: string;
  /** The element holding the whole article text (mutations inside it may change the analysis). */
  root: Node | null;
}

export class PageSession {
  private state: PageState | null = null;
  /** The page has been read and failed the article pre-check (no analysis kept). */
  private precheckFailed = false;
  private readonly listeners = new Set<(result: RefreshResult) => void>();
  /** The first analysis' user-timing measure (bench): taken at the not-an-article exit, else at the first paint. */
  private firstPaint: 'before' | 'waiting' | 'done' = 'before';
  /** Milliseconds the first read spent in the analysis itself (the measure's detail, for the bench). */
  private firstAnalysisMs = 0;
  /** Set by the page watcher: drops mutation records our own DOM writes caused (fallback marks). */
  dropPendingMutations: () => void = () => undefined;
  /** Set by the highlighter: undoes DOM marks before the page is read again (fallback only). */
  beforeRead: () => void = () => undefined;

  /** Runs a DOM write of ours (fallback marks) so the page watcher does not take it for the page's. */
  runQuietly(write: () => void): void {
    write();
    this.dropPendingMutations();
    // The first highlight write after the first analysis (settings read): highlights are painted.
    if (this.firstPaint === 'waiting') this.measureFirstRead(true);
  }

  /** `sourcelight:analysis` from the first read to the not-an-article exit or the first paint (bench). */
  private measureFirstRead(article: boolean): void {
    this.firstPaint = 'done';
    performance.measure('sourcelight:analysis', { start: 'sourcelight:analysis:start', detail: { article, analysisMs: this.firstAnalysisMs } });
  }

  /** The current analysis, computed now if the page has not been read yet. */
  current(): AnalysisWithMap {
    if (!this.state && !this.precheckFailed) this.refresh();
    // Asked about a page that failed the pre-check (the popup, a copy): analysed now, and kept.
    this.state ??= withRoot(analyzeWithMap(document, { url: location.href, lazyMetadata: true }), location.href);
    return this.state;
  }

  /** The page has been read at least once (analysed, or found not to be an article). */
  get analysed(): boolean {
    return this.state !== null || this.precheckFailed;
  }

  /** The node whose subtree holds the article text, null before the first read or when none. */
  articleRoot(): Node | null {
    return this.state?.root ?? null;
  }

  onUpdate(listener: (result: RefreshResult) => void, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener));
  }

  refresh(): RefreshResult {
    this.beforeRead();
    const url = location.href;
    const previous = this.state;
    let result: RefreshResult;
    if (!previous) {
      if (this.firstPaint === 'before') performance.mark('sourcelight:analysis:start');
      const started = performance.now();
      this.precheckFailed = !looksLikeArticle(document);
      if (this.precheckFailed) {
        result = 'not-article';
      } else {
        result = 'reanalysed';
        this.state = withRoot(analyzeWithMap(document, { url, lazyMetadata: true, passedPrecheck: true }), url);
      }
      if (this.firstPaint === 'before') this.firstAnalysisMs = performance.now() - started;
    } else {
      const { article, map } = readArticle(document, url, { lazyMetadata: true });
      const sameText = url === previous.url && article.text === previous.analysis.article.text;
      if (sameText && anchorsIntact(previous)) result = 'unchanged';
      else if (sameText && map) {
        result = 'reanchored';
        this.state = { ...previous, map, root: rootOf(map) };
      } else {
        result = 'reanalysed';
        this.state = withRoot(analyzeWithMap(document, { url, lazyMetadata: true }), url);
      }
    }
    for (const listener of this.listeners) listener(result);
    if (!previous && this.firstPaint === 'before') {
      if (result !== 'not-article' && this.state?.analysis.article.isArticle) this.firstPaint = 'waiting';
      else this.measureFirstRead(false);
    }
    return result;
  }
}

function withRoot(result: AnalysisWithMap, url: string): PageState {
  return { ...result, url, root: result.map ? rootOf(result.map) : null };
}

function rootOf(map: TextMap): Node | null {
  return map.text ? (map.rangeOf(0, map.text.length)?.commonAncestorContainer ?? null) : null;
}

/** Every quote and mention still points at text nodes in the page with the same text. */
function anchorsIntact({ analysis, map }: PageState): boolean {
  if (!map) return true;
  const spans = [...analysis.quotes, ...analysis.people.flatMap((p) => p.mentions)];
  for (const span of spans) {
    const range = map.rangeOf(span.start, span.end);
    if (!range) continue;
    if (!range.startContainer.isConnected || !range.endContainer.isConnected) return false;
  }
  // Text edited in place keeps its nodes; the caller compares the whole article text for that.
  return true;
}
