/**
 * The page as the content script's first file sees it. That file is injected into every page, so
 * it holds only the article pre-check, the message listener and the page watcher; everything
 * else (reading the article, highlights, card, keys) is the article script (./article-script.ts),
 * an ES module loaded with `import()` only when a page needs it:
 *   - the pre-check passes (now, or later on a page that grows into an article);
 *   - the popup or the context menu asks about the page (a page that is not an article still
 *     gets its "not an article" card and its citation).
 * Why: Chrome compiles a content script on the page's main thread every time a new tab starts
 * (9–17 ms for the whole script, measured with a trace), while a module loaded with `import()` is
 * parsed on a background thread. Pages that are not articles never load it at all.
 */
import type { ScriptContext } from './script-context';
import { looksLikeArticle } from '../../lib/article/readerable';
import { isContentRequest, isCopyRequest, type AnalysisResponse, type CopyResponse } from '../../utils/messages';
import type { Answer } from './answers';
import type { ArticleScript, StartedArticleScript } from './article-script';
import type { SessionOpening } from './page-analysis';

/** Where the build puts the article script (modules/article-script.ts); web-accessible, see there. */
export const ARTICLE_SCRIPT_PATH = '/content-scripts/article.js';

/** The popup's error when the article script cannot be loaded on this page. */
export const SCRIPT_UNLOADED = 'Sourcelight could not start its article reader on this page. Reload the page to try again.';

/** The extension API's global under the name both browsers give it (this file calls nothing else). */
declare const chrome: { runtime: { getURL(path: string): string } };

// `chrome`, not WXT's `browser` (which the build renames): Firefox's add-on linter takes only
// `import(chrome.runtime.getURL(…))` or `import(browser.runtime.getURL(…))` as a safe dynamic import.
const loadArticleScript = (): Promise<ArticleScript> => import(/* @vite-ignore */ chrome.runtime.getURL(ARTICLE_SCRIPT_PATH));

export class PageGate {
  private started: StartedArticleScript | null = null;
  private loading: Promise<StartedArticleScript> | null = null;
  /** The pre-check has run at least once (the first read's measure is taken or on its way). */
  private checked = false;
  /** The page changed while the article script was loading: read it once it has started. */
  private refreshWanted = false;
  /** Set by the page watcher, passed on to the article's session (its own DOM writes). */
  dropPendingMutations: () => void = () => undefined;

  constructor(
    private readonly ctx: ScriptContext,
    private readonly load: () => Promise<ArticleScript> = loadArticleScript,
  ) {}

  /** The page has been read at least once. */
  get analysed(): boolean {
    return this.started?.page.analysed ?? this.checked;
  }

  /** The node whose subtree holds the article text, null before the article script has read one. */
  articleRoot(): Node | null {
    return this.started?.page.articleRoot() ?? null;
  }

  /**
   * Reads the page again: the article's session once the article script runs, else the
   * pre-check, which starts the article script when it passes.
   */
  refresh(): void {
    if (this.started) return void this.started.page.refresh();
    if (this.loading) {
      this.refreshWanted = true;
      return;
    }
    const first = !this.checked;
    this.checked = true;
    if (first) performance.mark('sourcelight:analysis:start');
    const started = performance.now();
    const passed = looksLikeArticle(document);
    const ms = performance.now() - started;
    if (passed) {
      // The article script's first read goes on from here, and takes the measure.
      this.start({ precheck: 'passed', firstReadMs: first ? ms : null }).catch(() => undefined);
    } else if (first) {
      // The bench's measure (entrypoints/content/page-analysis.ts takes it on article pages).
      performance.measure('sourcelight:analysis', { start: 'sourcelight:analysis:start', detail: { article: false, analysisMs: ms, mainThreadMs: ms, readMs: ms } });
    }
  }

  /** Answers our messages (loading the article script first); undefined for any other message. */
  readonly answer: Answer = (message) => {
    if (!isContentRequest(message) && !isCopyRequest(message)) return undefined;
    // Asked before the first read (a quick popup): the session makes that read itself, measure and all.
    const opening: SessionOpening | undefined = this.checked ? { precheck: 'failed', firstReadMs: null } : undefined;
    return (this.loading ?? this.start(opening)).then(
      (script) => script.answer(message) ?? Promise.resolve(false),
      (): AnalysisResponse | CopyResponse | boolean =>
        isCopyRequest(message) ? { ok: false, reason: SCRIPT_UNLOADED } : message.type === 'scroll-to-quote' ? false : { status: 'error', message: SCRIPT_UNLOADED },
    );
  };

  /**
   * Loads and starts the article script once (later calls get the same promise). `opening` says
   * what this gate already did (nothing: undefined); a page that passed the pre-check is read at once.
   */
  private start(opening: SessionOpening | undefined): Promise<StartedArticleScript> {
    const loadStarted = performance.now();
    let loadCallMs = 0;
    // Through a promise from the start: after an extension update `chrome.runtime` is gone and
    // the loader throws at once ("context invalidated"), which must stay as quiet as a failed load.
    this.loading ??= Promise.resolve()
      .then(() => {
        const called = performance.now();
        const loaded = this.load();
        loadCallMs = performance.now() - called;
        return loaded;
      })
      .then((script) => {
        if (this.ctx.isInvalid) return new Promise<never>(() => undefined);
        // Main-thread time of the first read: the `import()` call (about 2 ms in a new tab) and
        // evaluating the module; fetching and parsing it are not (another thread, or waiting).
        if (opening && opening.firstReadMs !== null) opening.firstReadMs += loadCallMs + Math.min(script.evaluationMs, performance.now() - loadStarted);
        const started = script.start(this.ctx, opening);
        started.page.dropPendingMutations = () => this.dropPendingMutations();
        this.started = started;
        if (opening?.precheck === 'passed' || this.refreshWanted) started.page.refresh();
        return started;
      });
    return this.loading;
  }
}
