/**
 * Hostile pages in Chromium with the built extension (issue 8), where happy-dom is too slow or
 * does not behave like a browser: 100,000 nodes, a 10 MB page (the time cap: partial, page still
 * usable), 5,000 levels of nesting, page scripts that patch Array/String/Node/Element/JSON/
 * Promise prototypes and pollute Object.prototype (the content script runs in an isolated world
 * and must not notice), named elements that clobber `document` properties, and a shadow root and
 * template beside the story. The same kinds of input in happy-dom: test/unit/hardening.test.ts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Analysis } from '../../lib/types';
import { launchWithExtension, serveFixtures, type Browser, type Served } from './harness';

const P = [
  'The city council voted on Tuesday to expand the bus network, and residents said the change would make commuting easier for thousands of workers in the north. Officials expect the first new routes to open next year, starting with the line to the university campus and the industrial park.',
  '"We have waited years for this," said Maria Lopez, a nurse who lives in the north of the city and takes two buses to reach the hospital every morning. She said the current trip takes more than an hour each way, longer when it rains or when the first bus is late.',
  'The budget for the first phase includes new shelters, ramps and real-time arrival screens, and construction is expected to begin in the spring. The transit agency carried more than forty million passengers last year, a record for the region and its suburbs.',
  'Business owners along the main avenue worry that the work will keep customers away for months, but the council promised to phase the closures. Traffic engineers will study how the new lanes affect deliveries, parking and emergency vehicles on the avenue.',
];
const LOPEZ_QUOTE = 'We have waited years for this';
const STORY = `<article><h1>Council expands bus network</h1>${P.map((p) => `<p>${p}</p>`).join('')}</article>`;

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><header><a href="/">Home</a></header>${body}<footer>© City News</footer></body></html>`;
}

type Answer = { status: 'ok' | 'not-article'; analysis: Analysis } | { status: 'error'; message: string };

describe('hostile pages in Chromium', () => {
  let served: Served;
  let browser: Browser;
  const pages = new Map<string, string>();

  before(async () => {
    served = await serveFixtures();
    browser = await launchWithExtension();
    await browser.context.route(`${served.origin}/hostile/**`, (route) => {
      const html = pages.get(new URL(route.request().url()).pathname);
      return html === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
  });

  after(async () => {
    await browser?.close();
    await served?.close();
  });

  /** Serves `html`, opens it and returns the tab with the content script's answer (the only tab open). */
  async function open(name: string, html: string): Promise<{ page: Page; answer: Answer; loadedMs: number }> {
    // One tab at a time: the answer is asked of every tab, and must be this page's.
    for (const other of browser.context.pages()) await other.close();
    pages.set(`/hostile/${name}.html`, html);
    const page = await browser.context.newPage();
    const started = Date.now();
    await page.goto(`${served.origin}/hostile/${name}.html`, { timeout: 60_000 });
    const loadedMs = Date.now() - started;
    const answer = (await browser.worker.evaluate(async () => {
      interface TabsApi {
        query(q: object): Promise<{ id?: number }[]>;
        sendMessage(id: number, message: object): Promise<unknown>;
      }
      const api = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          const answer = await api.tabs.sendMessage(tab.id, { source: 'sourcelight', type: 'get-analysis' }).catch(() => null);
          if (answer) return answer;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error('no content script answered');
    })) as Answer;
    return { page, answer, loadedMs };
  }

  function analysisOf(answer: Answer): Analysis {
    assert.notEqual(answer.status, 'error', answer.status === 'error' ? answer.message : '');
    return (answer as { analysis: Analysis }).analysis;
  }

  const paragraphs = (a: Analysis): string[] => a.article.text.split('\n\n');
  const speakerOf = (a: Analysis, text: string): string | null | undefined => a.quotes.find((q) => q.text === text)?.speaker?.name;

  test('100,000 nodes of comments after the story: the story, its quote attributed and highlighted, not partial', async () => {
    const comment = (i: number): string =>
      `<li class="comment"><div class="meta"><a href="/u/${i}">user${i}</a> <time>1h</time></div><div class="body">${'<span>great</span> '.repeat(15)}</div><ul>${'<li><b>+1</b></li>'.repeat(15)}</ul></li>`;
    const comments = Array.from({ length: 2000 }, (_, i) => comment(i)).join('');
    const html = page('Council expands bus network', `${STORY}<section id="comments"><ul>${comments}</ul></section>`);
    assert.ok((html.match(/<[a-z]/g) ?? []).length > 100_000);
    const { page: tab, answer } = await open('many-nodes', html);
    const a = analysisOf(answer);
    assert.deepEqual(paragraphs(a), P);
    assert.equal(speakerOf(a, LOPEZ_QUOTE), 'Maria Lopez');
    assert.equal(a.partial, false);
    await tab.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), undefined, { timeout: 15_000 });
    await tab.close();
  });

  test('a 10 MB page of paragraphs: the whole article, quotes from its start, partial, highlights, the page still responds', async () => {
    const sentence = 'The council voted on Tuesday to expand the bus network across the north. "We have waited years for this," said Maria Lopez, a nurse. ';
    const paragraph = sentence.repeat(Math.ceil(100_000 / sentence.length));
    const html = page('Ten megabytes', `<article><h1>Ten megabytes</h1>${`<p>${paragraph}</p>`.repeat(100)}</article>`);
    assert.ok(html.length > 10_000_000);
    const { page: tab, answer } = await open('ten-megabytes', html);
    const a = analysisOf(answer);
    assert.equal(a.article.isArticle, true);
    assert.equal(paragraphs(a).length, 100);
    assert.equal(a.partial, true);
    // Quotes come from the start of the text only (what fitted in the budget), and are right there.
    assert.ok(a.quotes.length > 0);
    assert.ok(Math.max(...a.quotes.map((q) => q.end)) < a.article.text.length / 2);
    assert.ok(a.quotes.every((q) => q.speaker?.name === 'Maria Lopez'));
    await tab.waitForFunction(() => CSS.highlights.has('sourcelight-quote'), undefined, { timeout: 30_000 });
    // After the analysis the page answers at once: nothing keeps running.
    const started = Date.now();
    await tab.evaluate(() => document.title);
    assert.ok(Date.now() - started < 1000, `the page took ${Date.now() - started} ms to answer`);
    await tab.close();
  });

  test('5,000 levels of nesting: the story read, its quote attributed', async () => {
    const { page: tab, answer } = await open('deep', page('Council expands bus network', `${'<div>'.repeat(5000)}${STORY}${'</div>'.repeat(5000)}`));
    const a = analysisOf(answer);
    assert.deepEqual(paragraphs(a), P);
    assert.equal(speakerOf(a, LOPEZ_QUOTE), 'Maria Lopez');
    await tab.close();
  });

  test('page scripts that patch prototypes and pollute Object.prototype change nothing for the extension', async () => {
    const clean = await open('clean', page('Council expands bus network', STORY));
    const expected = analysisOf(clean.answer);
    await clean.page.close();

    const sabotage = `<script>
      const boom = (name) => function () { throw new Error('page override: ' + name); };
      for (const n of ['map','filter','forEach','push','indexOf','join','slice','includes','some','every','find','reduce','sort','concat','flatMap','at']) Array.prototype[n] = boom(n);
      for (const n of ['replace','trim','split','toLowerCase','match','slice','indexOf','startsWith','normalize','includes']) String.prototype[n] = boom(n);
      for (const n of ['appendChild','insertBefore','removeChild','contains','cloneNode']) Node.prototype[n] = boom(n);
      for (const n of ['querySelectorAll','querySelector','getAttribute','closest','matches','getElementsByTagName','getBoundingClientRect']) Element.prototype[n] = boom(n);
      for (const n of ['querySelectorAll','querySelector','createTreeWalker','createRange','getElementById','getElementsByTagName']) Document.prototype[n] = boom(n);
      JSON.stringify = boom('stringify'); JSON.parse = boom('parse'); Object.keys = boom('keys'); Object.assign = boom('assign');
      Promise.prototype.then = boom('then'); Map.prototype.get = boom('get'); Set.prototype.has = boom('has');
      window.getComputedStyle = boom('getComputedStyle'); window.requestIdleCallback = boom('requestIdleCallback');
      EventTarget.prototype.addEventListener = boom('addEventListener');
      Object.defineProperty(Object.prototype, 'source', { value: 'sourcelight', configurable: true });
      Object.defineProperty(Object.prototype, 'type', { value: 'get-analysis', configurable: true });
      let patched = false;
      try { [1].map((x) => x); } catch { patched = true; }
      document.documentElement.setAttribute('data-patched', String(patched));
    </script>`;
    const hostile = await open('patched', page('Council expands bus network', STORY, sabotage));
    const a = analysisOf(hostile.answer);
    // The page's own world really is patched (read from Playwright's own isolated world).
    assert.equal(await hostile.page.locator('html').getAttribute('data-patched'), 'true');
    assert.deepEqual(a.quotes, expected.quotes);
    assert.deepEqual(a.people, expected.people);
    assert.deepEqual(a.article.text, expected.article.text);
    await hostile.page.close();
  });

  test('named elements that clobber document properties (<img name="querySelectorAll">, …): the story read', async () => {
    const names = ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementById', 'createTreeWalker', 'createRange', 'createElement', 'title', 'body', 'head', 'documentElement', 'defaultView', 'URL', 'baseURI', 'characterSet'];
    const clobbering = names.map((n) => `<img name="${n}" alt="" src="data:,">`).join('');
    const { page: tab, answer } = await open('clobber', page('Council expands bus network', `${clobbering}${STORY}`));
    const a = analysisOf(answer);
    assert.deepEqual(paragraphs(a), P);
    assert.equal(a.article.title, 'Council expands bus network');
    assert.equal(speakerOf(a, LOPEZ_QUOTE), 'Maria Lopez');
    await tab.close();
  });

  // A <form> around the story with an input named after an Element method shadows that method on
  // the form element (HTMLFormElement's named properties override built-ins, in the content
  // script's world too): `form.getAttribute` is the <input>. ASP.NET pages wrap whole pages in a
  // form. lib/dom/attributes.ts reads attributes through the prototype when that happens.
  test('a form with <input name="getAttribute"> (hasAttribute, querySelectorAll) around the story: the story read', async () => {
    for (const name of ['getAttribute', 'hasAttribute', 'querySelectorAll']) {
      const { page: tab, answer } = await open(`form-${name}`, page('Council expands bus network', `<form><input name="${name}">${STORY}</form>`));
      assert.equal(answer.status, 'ok', `form with <input name="${name}">: ${JSON.stringify(answer).slice(0, 200)}`);
      assert.deepEqual(paragraphs(analysisOf(answer)), P, `form with <input name="${name}">`);
      assert.equal(speakerOf(analysisOf(answer), LOPEZ_QUOTE), 'Maria Lopez');
      await tab.close();
    }
    // Inputs named after properties (common on real pages: id, title, action) do not break it.
    const { page: tab, answer } = await open('form-properties', page('Council expands bus network', `<form>${['id', 'title', 'className', 'action', 'name', 'children', 'attributes'].map((n) => `<input name="${n}">`).join('')}${STORY}</form>`));
    assert.equal(speakerOf(analysisOf(answer), LOPEZ_QUOTE), 'Maria Lopez');
    await tab.close();
  });

  test('a shadow root filled by the page and a <template> beside the story: not article text', async () => {
    const extra = `<div id="host"></div><template><p>"Never read this," said Tim Plate, inside a template.</p></template>
      <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>"Nor this," said Shadow Person, inside a shadow root, which the page renders.</p>';</script>`;
    const { page: tab, answer } = await open('shadow', page('Council expands bus network', `${STORY}${extra}`));
    const a = analysisOf(answer);
    assert.deepEqual(paragraphs(a), P);
    assert.deepEqual(a.people.map((p) => p.name), ['Maria Lopez']);
    await tab.close();
  });
});
