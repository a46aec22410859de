/**
 * The content script's page logic in happy-dom: the page session re-reads only what changed,
 * the mutation filter, and the "is the reader typing?" check behind the quote keys.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageSession, type FindElsewhere } from '../../entrypoints/content/page-analysis';
import { analyze, findInText } from '../../lib/analyze';

/** The text stages run in the page, synchronously. */
const HERE = { here: findInText };
import { init as initPageWatch, isRelevant } from '../../entrypoints/content/page-watch';
import { ContentScriptContext } from '../../entrypoints/content/script-context';
import { isTyping } from '../../entrypoints/content/keyboard';
import { readFixture } from './helpers/fixtures';

function loadSeed(): void {
  const parsed = new DOMParser().parseFromString(readFixture('seed/trend-itu-cybercrime.html'), 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

describe('PageSession.refresh', () => {
  beforeEach(loadSeed);

  it('analyses once, then does nothing on an unchanged page', () => {
    const page = new PageSession(HERE);
    const results: string[] = [];
    page.onUpdate((r) => results.push(r), new AbortController().signal);
    expect(page.refresh()).toBe('reanalysed');
    const first = page.current().analysis;
    expect(first.quotes.length).toBeGreaterThan(0);
    expect(page.refresh()).toBe('unchanged');
    expect(page.current().analysis).toBe(first);
    expect(results).toEqual(['reanalysed', 'unchanged']);
  });

  it('re-anchors (no new analysis) when the article is re-rendered with the same text', () => {
    const page = new PageSession(HERE);
    page.refresh();
    const { analysis, map } = page.current();
    const content = document.querySelector('.article-content')!;
    content.innerHTML = content.innerHTML; // new nodes, same text
    expect(page.refresh()).toBe('reanchored');
    const after = page.current();
    expect(after.analysis).toBe(analysis);
    expect(after.map).not.toBe(map);
    const quote = analysis.quotes[0]!;
    const range = after.map!.rangeOf(quote.start, quote.end)!;
    expect(range.startContainer.isConnected).toBe(true);
    expect(range.toString()).toBe(quote.text);
  });

  it('re-analyses when the text changes', () => {
    const page = new PageSession(HERE);
    page.refresh();
    const p = document.createElement('p');
    p.textContent = '"We will be back next year," Ali Abbasov said on Friday.';
    document.querySelector('.article-content p:nth-of-type(4)')!.after(p);
    expect(page.refresh()).toBe('reanalysed');
    expect(page.current().analysis.quotes.some((q) => q.text.includes('We will be back'))).toBe(true);
  });

  it("reads nothing again when only the address's fragment changed; another address is another page", () => {
    const start = location.href;
    try {
      const page = new PageSession(HERE);
      page.refresh();
      const first = page.current().analysis;
      location.hash = '#comments'; // the story's own link to a part of it
      expect(location.href).not.toBe(start);
      expect(page.refresh()).toBe('unchanged');
      expect(page.current().analysis).toBe(first);
      history.pushState(null, '', '/another-story');
      expect(page.refresh()).toBe('reanalysed');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('undoes DOM marks before each read (the fallback painter hook)', () => {
    const page = new PageSession(HERE);
    let calls = 0;
    page.beforeRead = () => void calls++;
    page.refresh();
    page.refresh();
    expect(calls).toBe(2);
  });
});

describe('PageSession with the text stages elsewhere (the background)', () => {
  beforeEach(loadSeed);

  /** A finder that runs the real text stages, answering when the test says so. */
  function deferredFinder(): { find: FindElsewhere; calls: number; answer: () => Promise<void>; fail: () => Promise<void> } {
    let resolve: ((value: ReturnType<typeof findInText> | null) => void) | null = null;
    let pending: { text: string; blocks: { start: number; end: number }[] } | null = null;
    const finder = {
      calls: 0,
      find: ((text, blocks) => {
        finder.calls++;
        pending = { text, blocks };
        return new Promise((r) => (resolve = r));
      }) as FindElsewhere,
      answer: async () => {
        resolve!(findInText(pending!.text, pending!.blocks));
        await Promise.resolve();
      },
      fail: async () => {
        resolve!(null);
        await Promise.resolve();
      },
    };
    return finder;
  }

  it('sends the text, waits, then joins the answer: the same analysis as in the page', async () => {
    const finder = deferredFinder();
    const page = new PageSession({ elsewhere: finder.find });
    // The highlights are set up by the read itself, before the answer (the paint can follow it).
    let articleReads = 0;
    page.onArticleRead = () => articleReads++;
    const results: string[] = [];
    page.onUpdate((r) => results.push(r), new AbortController().signal);
    expect(page.refresh()).toBe('pending');
    expect(articleReads).toBe(1);
    expect(page.analysed).toBe(true);
    expect(page.articleRoot()).not.toBeNull();
    expect(results).toEqual([]);
    // Re-read while waiting, page unchanged: still the one request.
    expect(page.refresh()).toBe('pending');
    expect(finder.calls).toBe(1);
    const settled = page.settled();
    await finder.answer();
    const { analysis } = await settled;
    expect(results).toEqual(['reanalysed']);
    const inPage = analyze(document, { url: location.href });
    expect(analysis.quotes).toEqual(inPage.quotes);
    expect(analysis.people).toEqual(inPage.people);
    expect(analysis.citation.apa).toBe(inPage.citation.apa);
    expect(page.refresh()).toBe('unchanged');
  });

  it('keeps the article, and says the findings are unread, when the background cannot answer', async () => {
    const finder = deferredFinder();
    const page = new PageSession({ elsewhere: finder.find });
    page.refresh();
    const settled = page.settled();
    await finder.fail();
    const { analysis } = await settled;
    expect(page.findingsUnread).toBe(true);
    expect(analysis.quotes).toEqual([]);
    expect(analysis.article.title).toBe(analyze(document, { url: location.href }).article.title);
    // Asked again (the popup opens), with the page unchanged, and this time the background answers.
    const again = page.settled();
    expect(finder.calls).toBe(2);
    await finder.answer();
    expect((await again).analysis.quotes.length).toBeGreaterThan(0);
    expect(page.findingsUnread).toBe(false);
  });

  it('drops an answer about text the page no longer shows', async () => {
    const finder = deferredFinder();
    const page = new PageSession({ elsewhere: finder.find });
    page.refresh();
    const p = document.createElement('p');
    p.textContent = '"We will be back next year," Ali Abbasov said on Friday.';
    document.querySelector('.article-content p:nth-of-type(4)')!.after(p);
    const stale = finder.answer;
    expect(page.refresh()).toBe('pending');
    expect(finder.calls).toBe(2);
    await stale();
    const { analysis } = await page.settled();
    expect(analysis.quotes.some((q) => q.text.includes('We will be back'))).toBe(true);
  });

  it('a caller that cannot wait (current()) gets the article, and the findings once they come back', async () => {
    const finder = deferredFinder();
    const page = new PageSession({ elsewhere: finder.find });
    page.refresh();
    expect(page.current().analysis.article.title).toBeTruthy();
    expect(page.current().analysis.quotes).toEqual([]);
    await finder.answer();
    expect(page.current().analysis.quotes.length).toBeGreaterThan(0);
  });
});

describe('PageSession on a page that is not an article', () => {
  beforeEach(() => {
    const parsed = new DOMParser().parseFromString(readFixture('real/mozilla-2/source.html'), 'text/html');
    document.head.innerHTML = parsed.head.innerHTML;
    document.body.innerHTML = parsed.body.innerHTML;
  });

  it("the first read's user-timing measure (the bench's) says not an article, and how long the article stage took", () => {
    performance.clearMeasures('sourcelight:analysis');
    new PageSession(HERE).refresh();
    const [measure] = performance.getEntriesByName('sourcelight:analysis', 'measure') as PerformanceMeasure[];
    const detail = measure?.detail as { article: boolean; analysisMs: number; mainThreadMs: number; readMs: number };
    expect(detail.article).toBe(false);
    expect(detail.readMs).toBeGreaterThan(0);
    expect(detail.readMs).toBeLessThanOrEqual(detail.analysisMs);
    expect(detail.analysisMs).toBeLessThanOrEqual(detail.mainThreadMs);
  });

  it('the first read is the pre-check alone; the analysis is computed only when asked for', () => {
    const page = new PageSession(HERE);
    const results: string[] = [];
    page.onUpdate((r) => results.push(r), new AbortController().signal);
    expect(page.refresh()).toBe('not-article');
    expect(page.analysed).toBe(true);
    expect(page.articleRoot()).toBeNull();
    expect(results).toEqual(['not-article']);
    const { analysis } = page.current();
    expect(analysis.article.isArticle).toBe(false);
    expect(analysis.article.title).toBeTruthy();
    expect(page.current().analysis).toBe(analysis);
  });

  it('a page that becomes an article (a single-page app rendering a story) is analysed on the next read', () => {
    const page = new PageSession(HERE);
    let articleReads = 0;
    page.onArticleRead = () => articleReads++;
    expect(page.refresh()).toBe('not-article');
    page.current(); // the popup asks: the page is read in full, still not an article
    expect(articleReads).toBe(0);
    loadSeed();
    expect(page.refresh()).toBe('reanalysed');
    expect(articleReads).toBe(1);
    expect(page.current().analysis.quotes.length).toBeGreaterThan(0);
  });
});

describe('isRelevant (mutation filter)', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main><article><p>Story text</p></article></main><aside id="ticker">USD 1.0</aside><sourcelight-card></sourcelight-card>';
  });
  const record = (init: Partial<MutationRecord>): MutationRecord =>
    ({ type: 'childList', addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...init }) as MutationRecord;

  it('changes inside the article count; a ticker outside does not', () => {
    const article = document.querySelector('article')!;
    expect(isRelevant(record({ target: article.firstChild!, type: 'characterData' }), article)).toBe(true);
    expect(isRelevant(record({ target: document.getElementById('ticker')!.firstChild!, type: 'characterData' }), article)).toBe(false);
  });

  it('a replaced article counts, our own card never does', () => {
    const article = document.querySelector('article')!;
    article.remove();
    expect(isRelevant(record({ target: document.body }), article)).toBe(true);
    const host = document.querySelector('sourcelight-card')!;
    expect(isRelevant(record({ target: host }), null)).toBe(false);
    expect(isRelevant(record({ target: document.documentElement, addedNodes: [host] as unknown as NodeList }), null)).toBe(false);
  });

  it('with no article yet, a block of new text counts and a script does not', () => {
    const story = document.createElement('div');
    story.textContent = 'x'.repeat(500);
    const script = document.createElement('script');
    script.textContent = 'y'.repeat(500);
    expect(isRelevant(record({ target: document.body, addedNodes: [story] as unknown as NodeList }), null)).toBe(true);
    expect(isRelevant(record({ target: document.body, addedNodes: [script] as unknown as NodeList }), null)).toBe(false);
  });
});

describe('isTyping', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.designMode = 'off';
  });
  const keyOn = (target: Element): KeyboardEvent => {
    let seen: KeyboardEvent | null = null;
    target.addEventListener('keydown', (e) => (seen = e as KeyboardEvent), { once: true });
    target.dispatchEvent(new KeyboardEvent('keydown', { key: ']', bubbles: true, composed: true }));
    return seen!;
  };

  it('fields and contenteditable are typing; the page body is not', () => {
    document.body.innerHTML = '<input id="i"><textarea id="t"></textarea><select id="s"></select><div contenteditable="true"><b id="e">x</b></div><p id="p">text</p>';
    for (const id of ['i', 't', 's', 'e']) expect(isTyping(keyOn(document.getElementById(id)!)), id).toBe(true);
    expect(isTyping(keyOn(document.getElementById('p')!))).toBe(false);
  });
});

describe('the page watcher and soft navigation (Navigation API)', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reads the page again after a move to another address, never after a change of fragment alone', () => {
    vi.useFakeTimers();
    // happy-dom has neither idle callbacks nor the Navigation API: a browser's stand-ins.
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 })));
    const navigation = new EventTarget();
    vi.stubGlobal('navigation', navigation);
    const navigate = (url: string) => navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url } }));
    let reads = 0;
    initPageWatch(new ContentScriptContext(), { refresh: () => reads++, articleRoot: () => null, dropPendingMutations: () => undefined });

    navigate(`${location.href.split('#')[0]}#section-2`);
    vi.advanceTimersByTime(3000);
    expect(reads).toBe(0);
    navigate(new URL('/another-story', location.href).href);
    vi.advanceTimersByTime(3000);
    expect(reads).toBe(1);
  });
});
