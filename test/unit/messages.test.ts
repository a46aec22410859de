/**
 * Messages between contexts are validated (issue 8): the guards of utils/messages.ts accept our
 * own shapes only, the content script answers nothing else (leaving foreign messages to whoever
 * they are for), and the background ignores a badge count that is not ours.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ScriptContext } from '../../entrypoints/content/script-context';
import { answerFindInText, showQuoteCount } from '../../entrypoints/background';
import type { HighlightLayer } from '../../entrypoints/content/highlights';
import type { QuoteNavigator } from '../../entrypoints/content/keyboard';
import { createAnswer, FINDINGS_UNREAD } from '../../entrypoints/content/answers';
import { listen } from '../../entrypoints/content/messaging';
import type { PageUi } from '../../entrypoints/content/page-ui';
import type { PageSession } from '../../entrypoints/content/page-analysis';
import { analyzeText, findInText } from '../../lib/analyze';
import { setCitationStyle } from '../../utils/settings';
import { defaultSettings } from '../../utils/settings-schema';
import { hostOfResponse, isContentRequest, isCopyRequest, isFindInTextRequest, isQuoteCountMessage, isTextFindings } from '../../utils/messages';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The content script's listener, answering for `page` as the article script does. */
function initMessaging(ctx: ScriptContext, page: PageSession, ui: () => PageUi | null): void {
  listen(ctx, createAnswer(ctx, page, ui));
}

/** Shapes a page, another extension or a confused caller might send: none is ours. */
const FOREIGN: unknown[] = [
  undefined,
  null,
  0,
  'get-analysis',
  ['sourcelight', 'get-analysis'],
  {},
  { type: 'get-analysis' },
  { source: 'Sourcelight', type: 'get-analysis' },
  { source: 'sourcelight ', type: 'get-analysis' },
  { source: ['sourcelight'], type: 'get-analysis' },
  { source: 'sourcelight', type: 'GET-ANALYSIS' },
  { source: 'sourcelight', type: 'delete-everything' },
  { source: 'sourcelight', type: 'scroll-to-quote' },
  { source: 'sourcelight', type: 'scroll-to-quote', quoteId: 3 },
  { source: 'sourcelight', type: 'scroll-to-quote', quoteId: { toString: () => 'q1' } },
  { source: 'sourcelight', type: 'copy-request' },
  { source: 'sourcelight', type: 'copy-request', what: 'everything' },
  { source: 'sourcelight', type: 'copy-request', what: 'quote', selectionText: ['x'] },
  { source: 'sourcelight', type: 'quote-count', count: -1 },
  { source: 'sourcelight', type: 'quote-count', count: 1.5 },
  { source: 'sourcelight', type: 'quote-count', count: '3' },
  { source: 'sourcelight', type: 'quote-count', count: Number.NaN },
  { source: 'sourcelight', type: 'quote-count', count: Number.POSITIVE_INFINITY },
  { source: 'sourcelight', type: 'quote-count' },
  // What pages post to each other (React devtools, analytics, other extensions' content scripts).
  { source: 'react-devtools-content-script', payload: { type: 'get-analysis' } },
  { type: 'webpackOk', data: null },
  { jsonrpc: '2.0', method: 'get-analysis', id: 1 },
];

/** A prototype-polluted object: `source` and `type` inherited, not its own. */
function inherited(): unknown {
  return Object.create({ source: 'sourcelight', type: 'get-analysis' });
}

describe('message guards', () => {
  it.each(FOREIGN.map((m) => [JSON.stringify(m) ?? String(m), m]))('reject %s', (_, message) => {
    const asContent = isContentRequest(message);
    const asCopy = isCopyRequest(message);
    const asCount = isQuoteCountMessage(message);
    expect([asContent, asCopy, asCount]).toEqual([false, false, false]);
  });

  it('accept exactly our own shapes, each with one guard', () => {
    const ours: [unknown, [boolean, boolean, boolean]][] = [
      [{ source: 'sourcelight', type: 'get-analysis' }, [true, false, false]],
      [{ source: 'sourcelight', type: 'scroll-to-quote', quoteId: 'q3' }, [true, false, false]],
      [{ source: 'sourcelight', type: 'copy-request', what: 'citation' }, [false, true, false]],
      [{ source: 'sourcelight', type: 'copy-request', what: 'quote', selectionText: 'the whole world' }, [false, true, false]],
      [{ source: 'sourcelight', type: 'quote-count', count: 0 }, [false, false, true]],
      [{ source: 'sourcelight', type: 'quote-count', count: 12 }, [false, false, true]],
    ];
    for (const [message, expected] of ours) {
      expect([isContentRequest(message), isCopyRequest(message), isQuoteCountMessage(message)], JSON.stringify(message)).toEqual(expected);
    }
  });

  it('an object whose fields are only inherited (a polluted prototype) is not ours', () => {
    // Documents the guards as they are: they read fields, own or inherited. A message that went
    // through structured cloning (every runtime message does) has no prototype chain left, so
    // this cannot reach them from another context; the check is here so a change would be seen.
    expect(isContentRequest(structuredClone(inherited()))).toBe(false);
  });

  it('hostOfResponse reads a host only from a well-formed answer', () => {
    expect(hostOfResponse({ status: 'ok', host: 'en.trend.az' })).toBe('en.trend.az');
    for (const answer of [undefined, null, 'en.trend.az', {}, { host: '' }, { host: 42 }, { host: ['a'] }]) {
      expect(hostOfResponse(answer), JSON.stringify(answer)).toBeNull();
    }
  });
});

describe('the content script answers our messages only', () => {
  /** The fake's trigger, typed with the third argument the browser passes (`sendResponse`). */
  const deliver = (message: unknown, sendResponse: (response: unknown) => void): Promise<unknown[]> =>
    (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(message, {}, sendResponse);

  /**
   * Sends `message` to the content script as the browser does and resolves to its answer, given
   * through `sendResponse` (the listener returns true to keep the channel open); undefined when
   * the listener does not answer.
   */
  function ask(message: unknown): Promise<unknown> {
    return new Promise((resolve) => {
      void deliver(message, resolve).then(([kept]) => {
        if (kept !== true) resolve(undefined);
      });
    });
  }

  function startMessaging() {
    const analysis = analyzeText('"We have waited years for this," said Maria Lopez, a nurse who lives in the north of the city.');
    analysis.article.isArticle = true;
    const goTo = vi.fn(() => true);
    const ctx = { onInvalidated: () => undefined, signal: new AbortController().signal } as unknown as ScriptContext;
    const page = { current: () => ({ analysis, map: null }), settled: async () => ({ analysis, map: null }), onUpdate: () => undefined } as unknown as PageSession;
    const layer = { isOn: () => true } as unknown as HighlightLayer;
    initMessaging(ctx, page, () => ({ layer, navigator: { goTo } as unknown as QuoteNavigator }));
    return { analysis, goTo };
  }

  it('gives no answer (undefined) to anything that is not ours, and does nothing for it', async () => {
    const { goTo } = startMessaging();
    for (const message of FOREIGN) {
      expect(await deliver(message, () => undefined), JSON.stringify(message) ?? String(message)).toEqual([undefined]);
    }
    expect(goTo).not.toHaveBeenCalled();
  });

  it('says so, as an error, when the background could not find the quotes', async () => {
    const analysis = analyzeText('"We have waited years for this," said Maria Lopez.');
    const ctx = { onInvalidated: () => undefined, signal: new AbortController().signal } as unknown as ScriptContext;
    const page = { settled: async () => ({ analysis, map: null }), findingsUnread: true, onUpdate: () => undefined } as unknown as PageSession;
    initMessaging(ctx, page, () => null);
    const answer = await ask({ source: 'sourcelight', type: 'get-analysis' });
    expect(answer).toEqual({ status: 'error', message: FINDINGS_UNREAD });
  });

  it('before the page has shown an article (no highlights yet): not highlighted, nothing to scroll to', async () => {
    const analysis = analyzeText('"We have waited years for this," said Maria Lopez.');
    analysis.article.isArticle = true;
    const ctx = { onInvalidated: () => undefined, signal: new AbortController().signal } as unknown as ScriptContext;
    const page = { settled: async () => ({ analysis, map: null }), onUpdate: () => undefined } as unknown as PageSession;
    initMessaging(ctx, page, () => null);
    const answer = await ask({ source: 'sourcelight', type: 'get-analysis' });
    expect(answer).toMatchObject({ status: 'ok', highlighted: false });
    const scrolled = await ask({ source: 'sourcelight', type: 'scroll-to-quote', quoteId: 'q1' });
    expect(scrolled).toBe(false);
  });

  it('answers get-analysis and scroll-to-quote', async () => {
    const { analysis, goTo } = startMessaging();
    const answer = await ask({ source: 'sourcelight', type: 'get-analysis' });
    expect(answer).toMatchObject({ status: 'ok', analysis, highlighted: true });
    const scrolled = await ask({ source: 'sourcelight', type: 'scroll-to-quote', quoteId: 'q1' });
    expect(scrolled).toBe(true);
    expect(goTo).toHaveBeenCalledWith('q1');
  });
});

describe('the background takes a badge count from our own content scripts only', () => {
  it('ignores a foreign shape, and our shape from another extension or from no tab', () => {
    const setText = vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined as never);
    vi.spyOn(browser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined as never);
    const ours = { source: 'sourcelight', type: 'quote-count', count: 4 };
    const tab = { id: 9 } as Browser.tabs.Tab;
    for (const message of FOREIGN) showQuoteCount(message, { id: browser.runtime.id, tab });
    showQuoteCount(ours, { id: 'another-extension-id', tab });
    showQuoteCount(ours, { id: browser.runtime.id });
    expect(setText).not.toHaveBeenCalled();
    showQuoteCount(ours, { id: browser.runtime.id, tab });
    expect(setText).toHaveBeenCalledWith({ tabId: 9, text: '4' });
  });
});

describe('find-in-text: the page sends its article text, the background finds people and quotes', () => {
  const text = '"We have waited years for this," said Maria Lopez, a nurse.\n\nShe told reporters the clinic would open in May.';
  const blocks = [
    { start: 0, end: 59 },
    { start: 61, end: text.length },
  ];
  const request = { source: 'sourcelight', type: 'find-in-text', text, blocks };

  it('takes our shape only, with every paragraph inside the text', () => {
    expect(isFindInTextRequest(request)).toBe(true);
    for (const message of FOREIGN) expect(isFindInTextRequest(message)).toBe(false);
    expect(isFindInTextRequest({ ...request, blocks: [{ start: 0, end: text.length + 1 }] })).toBe(false);
    expect(isFindInTextRequest({ ...request, blocks: [{ start: 5, end: 2 }] })).toBe(false);
    expect(isFindInTextRequest({ ...request, blocks: 'all' })).toBe(false);
    expect(isFindInTextRequest({ ...request, text: 42 })).toBe(false);
  });

  it('the background answers our content scripts with the findings and the settings, and nobody else', async () => {
    const ours = { id: browser.runtime.id, tab: { id: 3 } as Browser.tabs.Tab };
    await setCitationStyle('mla');
    const found = await answerFindInText(request, ours);
    expect(found).toEqual({ ...findInText(text, blocks), settings: { ...defaultSettings(), citationStyle: 'mla' } });
    expect(found!.quotes.map((q) => q.speaker?.name)).toEqual(['Maria Lopez', 'Maria Lopez']);
    expect(answerFindInText(request, { id: 'another-extension', tab: { id: 3 } as Browser.tabs.Tab })).toBeUndefined();
    for (const message of FOREIGN) expect(answerFindInText(message, ours)).toBeUndefined();
  });

  it('the page paints an answer only when every span lies inside its text', () => {
    const found = findInText(text, blocks);
    expect(isTextFindings(found, text.length)).toBe(true);
    expect(isTextFindings(found, 10)).toBe(false);
    expect(isTextFindings({ ...found, quotes: 'none' }, text.length)).toBe(false);
    expect(isTextFindings({ ...found, people: [{ mentions: [{ start: -1, end: 2 }] }] }, text.length)).toBe(false);
    expect(isTextFindings(null, text.length)).toBe(false);
  });
});
