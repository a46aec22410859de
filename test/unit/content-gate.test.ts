/**
 * The page gate (entrypoints/content/page-gate.ts) in happy-dom: on a page that is not an article
 * the article script is never loaded, unless the popup asks; on an article it is loaded once and
 * reads the page without running the pre-check again; the bench's measure is taken once, by
 * whichever side ends the first read; a script that cannot load gives the popup an error.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScriptContext } from '../../entrypoints/content/script-context';
import { createAnswer } from '../../entrypoints/content/answers';
import type { ArticleScript } from '../../entrypoints/content/article-script';
import { ARTICLE_SCRIPT_PATH, PageGate, SCRIPT_UNLOADED } from '../../entrypoints/content/page-gate';
import { PageSession, type SessionOpening } from '../../entrypoints/content/page-analysis';
import { ARTICLE_SCRIPT_FILE } from '../../modules/article-script';
import { findInText } from '../../lib/analyze';
import { readFixture } from './helpers/fixtures';

const ctx = { isInvalid: false, onInvalidated: () => undefined, signal: new AbortController().signal } as unknown as ScriptContext;
const GET_ANALYSIS = { source: 'sourcelight', type: 'get-analysis' };

function load(fixture: string): void {
  const parsed = new DOMParser().parseFromString(readFixture(fixture), 'text/html');
  for (const external of parsed.querySelectorAll('script, link')) external.remove(); // happy-dom would fetch them
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
}

/** The article script as the gate sees it, its text stages in the page; records each start. */
function fakeScript(): { load: () => Promise<ArticleScript>; openings: (SessionOpening | undefined)[]; sessions: PageSession[] } {
  const fake = {
    openings: [] as (SessionOpening | undefined)[],
    sessions: [] as PageSession[],
    load: async (): Promise<ArticleScript> => ({
      evaluationMs: 0,
      start: (context, opening) => {
        fake.openings.push(opening && { ...opening });
        const page = new PageSession({ here: findInText }, opening);
        fake.sessions.push(page);
        return { page, answer: createAnswer(context, page, () => null) };
      },
    }),
  };
  return fake;
}

function measures(): { article: boolean }[] {
  return (performance.getEntriesByName('sourcelight:analysis', 'measure') as PerformanceMeasure[]).map((m) => m.detail as { article: boolean });
}

beforeEach(() => performance.clearMeasures('sourcelight:analysis'));

describe('PageGate on a page that is not an article', () => {
  beforeEach(() => load('real/mozilla-2/source.html'));

  it('runs the pre-check only, takes the measure, and loads nothing', async () => {
    const script = fakeScript();
    let loads = 0;
    const gate = new PageGate(ctx, () => (loads++, script.load()));
    gate.refresh();
    await Promise.resolve();
    expect(loads).toBe(0);
    expect(gate.analysed).toBe(true);
    expect(gate.articleRoot()).toBeNull();
    expect(measures()).toEqual([expect.objectContaining({ article: false })]);
  });

  it('loads the article script when the popup asks, and answers "not an article"', async () => {
    const script = fakeScript();
    const gate = new PageGate(ctx, script.load);
    gate.refresh();
    const answer = await gate.answer(GET_ANALYSIS);
    expect(answer).toMatchObject({ status: 'not-article' });
    expect(script.openings).toEqual([{ precheck: 'failed', firstReadMs: null }]);
    expect(measures()).toHaveLength(1); // the session does not measure the first read again
  });

  it('leaves messages that are not ours alone, without loading anything', () => {
    const script = fakeScript();
    let loads = 0;
    const gate = new PageGate(ctx, () => (loads++, script.load()));
    expect(gate.answer({ type: 'get-analysis' })).toBeUndefined();
    expect(loads).toBe(0);
  });

  it('a page that grows into an article loads the script on the next read', async () => {
    const script = fakeScript();
    const gate = new PageGate(ctx, script.load);
    gate.refresh();
    load('seed/trend-itu-cybercrime.html');
    gate.refresh();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(script.openings).toEqual([{ precheck: 'passed', firstReadMs: null }]);
    expect(gate.articleRoot()).not.toBeNull();
    expect(script.sessions[0]!.current().analysis.quotes.length).toBeGreaterThan(0);
  });

  it('when the article script cannot load, the popup gets an error that says so', async () => {
    const gate = new PageGate(ctx, () => Promise.reject(new Error('blocked')));
    gate.refresh();
    expect(await gate.answer(GET_ANALYSIS)).toEqual({ status: 'error', message: SCRIPT_UNLOADED });
    expect(await gate.answer({ source: 'sourcelight', type: 'copy-request', what: 'citation' })).toEqual({ ok: false, reason: SCRIPT_UNLOADED });
  });
});

describe('PageGate on an article (the seed story)', () => {
  beforeEach(() => load('seed/trend-itu-cybercrime.html'));

  it('a popup that asks before the first read gets the article with its quotes, and the session goes on as usual', async () => {
    const script = fakeScript();
    const gate = new PageGate(ctx, script.load);
    const answer = await gate.answer(GET_ANALYSIS);
    expect(script.openings).toEqual([undefined]);
    expect(answer).toMatchObject({ status: 'ok' });
    expect((answer as { analysis: { quotes: unknown[] } }).analysis.quotes.length).toBeGreaterThan(0);
    expect(gate.analysed).toBe(true);
    expect(gate.articleRoot()?.textContent).toContain('Kayikov');
  });

  it('after an extension update (the loader throws at once) the page is left alone and the popup gets an error', async () => {
    const gate = new PageGate(ctx, () => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => gate.refresh()).not.toThrow();
    expect(await gate.answer(GET_ANALYSIS)).toEqual({ status: 'error', message: SCRIPT_UNLOADED });
  });

  it('loads the script once; its session reads the page without a second pre-check and takes the measure', async () => {
    const script = fakeScript();
    let loads = 0;
    const gate = new PageGate(ctx, () => (loads++, script.load()));
    gate.refresh();
    gate.refresh(); // the page watcher, while the script loads: read once it has started
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(1);
    expect(script.openings).toHaveLength(1);
    expect(script.openings[0]!.precheck).toBe('passed');
    expect(script.openings[0]!.firstReadMs).toBeGreaterThan(0);
    expect(gate.articleRoot()?.textContent).toContain('Kayikov');
    expect(await gate.answer(GET_ANALYSIS)).toMatchObject({ status: 'ok' });
    // Taken at the first paint; with no painter in this test, none yet (and none for "not an article").
    expect(measures()).toEqual([]);
  });
});

it('the gate imports the article script from where the build puts it', () => {
  expect(ARTICLE_SCRIPT_PATH).toBe(`/${ARTICLE_SCRIPT_FILE}`);
});
