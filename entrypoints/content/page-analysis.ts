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
 *
 * Where the work runs: the article stage reads the DOM, so it runs here. The text stages (people,
 * quotes) need only the text (lib/findings.ts). The content script has them found `elsewhere`, by
 * the background, and the page's main thread only joins the findings to the article: their large
 * patterns cost 100+ ms to compile on first use, which every new tab would otherwise pay on the
 * page's own thread, and the content script does not ship them. Tests find them `here`.
 * If the background cannot answer, the article is kept with no findings and `findingsUnread` says
 * so (the popup shows an error rather than "no quotes").
 *
 * In the extension the session starts after the page gate (./page-gate.ts) has run the pre-check
 * and loaded this code: `SessionOpening` hands over what the gate already did.
 */
import type { AnalysisWithMap } from '../../lib/analyze';
import { joinFindings, noFindings, type TextBlock, type TextFindings } from '../../lib/findings';
import { looksLikeArticle, readArticle } from '../../lib/article/index';
import type { Article } from '../../lib/types';
import type { TextMap } from '../../lib/text/text-map';
import { samePage } from './same-page';

export type RefreshResult = 'unchanged' | 'reanchored' | 'reanalysed' | 'not-article';

/** Finds people and quotes somewhere other than the page's thread; null when it could not. */
export type FindElsewhere = (text: string, blocks: TextBlock[]) => Promise<TextFindings | null>;

/** Where the people and quotes of an article's text are found. */
export type TextStages = { here: (text: string, blocks: TextBlock[]) => TextFindings } | { elsewhere: FindElsewhere };

interface PageState extends AnalysisWithMap {
  url: string;
  /** The element holding the whole article text (mutations inside it may change the analysis). */
  root: Node | null;
  /** The text stages could not run (the background did not answer): quotes and people are unknown. */
  unread: boolean;
}

/** An article read from the page whose text stages are running elsewhere. */
interface PendingRead {
  url: string;
  article: Article;
  map: TextMap;
  root: Node | null;
  done: Promise<void>;
}

/** What the page gate did before the session began (see the file comment). */
export interface SessionOpening {
  /** The article pre-check's verdict on the page as it is now. */
  precheck: 'passed' | 'failed';
  /**
   * Main-thread ms the gate already spent on the first read (the pre-check, evaluating this
   * script), counted into its measure; null when the gate took the first read's measure itself.
   */
  firstReadMs: number | null;
}

/** The first analysis' timings, for the bench's user-timing measure `sourcelight:analysis`. */
interface FirstReadTimes {
  /** Main-thread milliseconds spent analysing: the read, plus joining what came back. */
  analysisMs: number;
  /** …plus painting the first highlights. */
  mainThreadMs: number;
  /** Of analysisMs: the article stage alone (the pre-check and `readArticle`). */
  readMs: number;
}

export class PageSession {
  private state: PageState | null = null;
  private pending: PendingRead | null = null;
  /** The page has been read and failed the article pre-check (no analysis kept). */
  private precheckFailed = false;
  /** The gate's pre-check passed on this page: the next first read does not run it again. */
  private precheckPassed = false;
  /** Main-thread ms of the first read spent before this session (SessionOpening.firstReadMs). */
  private readonly openingMs: number | null = null;
  private readonly listeners = new Set<(result: RefreshResult) => void>();
  /** The first analysis' user-timing measure (bench): taken at the not-an-article exit, else at the first paint. */
  private firstPaint: 'before' | 'waiting' | 'done' = 'before';
  private readonly firstRead: FirstReadTimes = { analysisMs: 0, mainThreadMs: 0, readMs: 0 };
  /** Set by the page watcher: drops mutation records our own DOM writes caused (fallback marks). */
  dropPendingMutations: () => void = () => undefined;
  /** Set by the highlighter: undoes DOM marks before the page is read again (fallback only). */
  beforeRead: () => void = () => undefined;
  /** Set by the content script: a read found an article (called before its findings are joined). */
  onArticleRead: () => void = () => undefined;

  constructor(
    private readonly stages: TextStages,
    opening?: SessionOpening,
  ) {
    if (!opening) return;
    this.precheckPassed = opening.precheck === 'passed';
    this.precheckFailed = opening.precheck === 'failed';
    if (opening.firstReadMs === null) this.firstPaint = 'done';
    else this.openingMs = opening.firstReadMs;
  }

  /**
   * Runs a DOM write of ours (fallback marks) so the page watcher does not take it for the page's.
   * `paints`: the write paints highlights (not a clear), which ends the first read's measure.
   */
  runQuietly(write: () => void, paints = false): void {
    const started = performance.now();
    write();
    this.dropPendingMutations();
    // The first highlight paint after the first analysis: the bench's measure ends here.
    if (this.firstPaint === 'waiting' && paints) {
      this.firstRead.mainThreadMs += performance.now() - started;
      this.measureFirstRead(true);
    }
  }

  /** `sourcelight:analysis` from the first read to the not-an-article exit or the first paint (bench). */
  private measureFirstRead(article: boolean): void {
    this.firstPaint = 'done';
    performance.measure('sourcelight:analysis', { start: 'sourcelight:analysis:start', detail: { article, ...this.firstRead } });
  }

  /**
   * The current analysis, read now if the page has not been read yet. Before the first findings
   * come back from elsewhere it holds the article alone (callers that can wait use `settled()`).
   * A page that failed the pre-check (asked about by the popup, a copy) gets its article read now,
   * and kept, without people or quotes.
   */
  current(): AnalysisWithMap {
    if (!this.state && !this.precheckFailed && !this.pending) this.refresh();
    if (this.state) return this.state;
    const read = this.pending ?? { url: location.href, ...readArticle(document, location.href, { lazyMetadata: true }) };
    const current = withRoot({ analysis: joinFindings(read.article, noFindings(), new Date(), true), map: read.map }, read.url, false);
    if (!this.pending) this.state = current;
    return current;
  }

  /**
   * The analysis once the text stages in flight (if any) have come back. Findings that could not
   * be read before are asked for once more (the popup opening is a good moment to retry).
   */
  async settled(): Promise<AnalysisWithMap> {
    if ((!this.state && !this.precheckFailed && !this.pending) || this.state?.unread) this.refresh();
    while (this.pending) await this.pending.done;
    return this.current();
  }

  /** The current analysis has no people or quotes because the text stages could not run. */
  get findingsUnread(): boolean {
    return this.state?.unread ?? false;
  }

  /** The page has been read at least once (analysed, being analysed, or found not to be an article). */
  get analysed(): boolean {
    return this.state !== null || this.precheckFailed || this.pending !== null;
  }

  /** The node whose subtree holds the article text, null before the first read or when none. */
  articleRoot(): Node | null {
    return this.pending?.root ?? this.state?.root ?? null;
  }

  onUpdate(listener: (result: RefreshResult) => void, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener));
  }

  /**
   * Reads the page again. Returns what changed, or 'pending' when the text stages are running
   * elsewhere: the listeners hear 'reanalysed' when they come back.
   */
  refresh(): RefreshResult | 'pending' {
    this.beforeRead();
    const url = location.href;
    const first = this.firstPaint === 'before' && !this.state && !this.pending;
    // The gate marked the start and spent openingMs before this session (SessionOpening).
    if (first && this.openingMs === null) performance.mark('sourcelight:analysis:start');
    const started = performance.now() - (first ? (this.openingMs ?? 0) : 0);
    let result: RefreshResult | 'pending';
    if (!this.state && !this.pending) {
      this.precheckFailed = !(this.precheckPassed || looksLikeArticle(document));
      this.precheckPassed = false;
      const read = this.precheckFailed ? null : readArticle(document, url, { lazyMetadata: true, passedPrecheck: true });
      if (first) this.firstRead.readMs = performance.now() - started;
      result = read ? this.analyse(url, read) : 'not-article';
    } else {
      const read = readArticle(document, url, { lazyMetadata: true });
      const previous = this.pending ?? this.state!;
      const previousText = 'article' in previous ? previous.article.text : previous.analysis.article.text;
      // Findings that could not be read are asked for again on the next read, changed or not.
      const sameText = samePage(url, previous.url) && read.article.text === previousText && !this.state?.unread;
      if (sameText && this.pending) result = 'pending'; // the same text is on its way back
      else if (sameText && anchorsIntact(this.state!)) result = 'unchanged';
      else if (sameText && read.map) {
        result = 'reanchored';
        this.state = { ...this.state!, map: read.map, root: rootOf(read.map) };
      } else result = this.analyse(url, read);
    }
    if (first) this.firstRead.analysisMs = this.firstRead.mainThreadMs = performance.now() - started;
    // The measure first: listeners may paint at once.
    if (first && result !== 'pending') this.afterFirstAnalysis(result);
    if (result !== 'pending') this.notify(result);
    return result;
  }

  /**
   * Starts the text stages of a fresh read: here (synchronously), or elsewhere. A page that is not
   * an article (no highlights, the popup's "not an article" state) is not sent anywhere.
   */
  private analyse(url: string, { article, map }: ReturnType<typeof readArticle>): RefreshResult | 'pending' {
    this.pending = null;
    if (map && article.isArticle) this.onArticleRead();
    if ('here' in this.stages || !map || !article.isArticle) {
      const findings = 'here' in this.stages ? this.stages.here(article.text, map?.blocks ?? []) : noFindings();
      this.state = withRoot({ analysis: joinFindings(article, findings, new Date(), true), map }, url, false);
      return 'reanalysed';
    }
    const read: PendingRead = { url, article, map, root: rootOf(map), done: Promise.resolve() };
    read.done = this.stages.elsewhere(article.text, map.blocks).then(
      (found) => this.settle(read, found),
      () => this.settle(read, null),
    );
    this.pending = read;
    return 'pending';
  }

  /** Joins a read's findings (none when `found` is null) unless a newer read replaced it. */
  private settle(read: PendingRead, found: TextFindings | null): void {
    if (this.pending !== read) return;
    const started = performance.now();
    this.pending = null;
    const analysis = joinFindings(read.article, found ?? noFindings(), new Date(), true);
    this.state = withRoot({ analysis, map: read.map }, read.url, found === null);
    const waiting = this.firstPaint === 'before';
    if (waiting) {
      const spent = performance.now() - started;
      this.firstRead.analysisMs += spent;
      this.firstRead.mainThreadMs += spent;
    }
    if (waiting) this.afterFirstAnalysis('reanalysed');
    this.notify('reanalysed');
  }

  private notify(result: RefreshResult): void {
    for (const listener of this.listeners) listener(result);
  }

  /** The first analysis is in: the measure waits for the first paint, or ends here (no article). */
  private afterFirstAnalysis(result: RefreshResult): void {
    if (this.firstPaint !== 'before') return;
    if (result !== 'not-article' && this.state?.analysis.article.isArticle) this.firstPaint = 'waiting';
    else this.measureFirstRead(false);
  }
}

function withRoot(result: AnalysisWithMap, url: string, unread: boolean): PageState {
  return { ...result, url, root: result.map ? rootOf(result.map) : null, unread };
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
