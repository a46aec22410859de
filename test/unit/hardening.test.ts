/**
 * Never breaks, never slows (issue 8): the time cap of `analyze()` and hostile pages that
 * bad-input.test.ts does not already cover. Each test asserts a sane result, not only that
 * nothing throws: the invariants of hardening-invariants.ts plus what the page should give.
 * The heaviest DOM cases (100,000 nodes, page scripts patching prototypes, a 10 MB page of
 * paragraphs) also run in Chromium: test/e2e/hostile.test.ts.
 */
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText, DEFAULT_BUDGET_MS, type AnalyzeOptions } from '../../lib/analyze';
import { MAX_TREE_DEPTH, parseHtml } from '../../lib/dom/parse-html';
import type { Analysis } from '../../lib/types';
import { NOW, readFixture } from './helpers/fixtures';
import { analysisProblems } from './hardening-invariants';

const URL = 'https://example.com/news/story.html';

const P = [
  'The city council voted on Tuesday to expand the bus network, and residents said the change would make commuting easier for thousands of workers in the north. Officials expect the first new routes to open next year, starting with the line to the university campus and the industrial park.',
  '"We have waited years for this," said Maria Lopez, a nurse who lives in the north of the city and takes two buses to reach the hospital every morning. She said the current trip takes more than an hour each way, longer when it rains or when the first bus is late.',
  'The budget for the first phase includes new shelters, ramps and real-time arrival screens, and construction is expected to begin in the spring. The transit agency carried more than forty million passengers last year, a record for the region and its suburbs.',
  'Business owners along the main avenue worry that the work will keep customers away for months, but the council promised to phase the closures. Traffic engineers will study how the new lanes affect deliveries, parking and emergency vehicles on the avenue.',
];
const LOPEZ_QUOTE = 'We have waited years for this';

function page(body: string, head = ''): string {
  return `<html><head><title>Council expands bus network</title>${head}</head><body><header><a href="/">Home</a></header><h1>Council expands bus network</h1>${body}<footer>© City News</footer></body></html>`;
}

/** Parses with the CLI's parser, analyses (time cap off unless given) and checks the invariants. */
function analyzePage(html: string, options: AnalyzeOptions = {}): Analysis {
  const parsed = parseHtml(html, URL);
  try {
    const a = analyze(parsed.document, { url: URL, now: NOW, budgetMs: Infinity, ...options });
    expect(analysisProblems(a)).toEqual([]);
    return a;
  } finally {
    parsed.close();
  }
}

const paragraphs = (a: Analysis): string[] => (a.article.text ? a.article.text.split('\n\n') : []);
const speakerOf = (a: Analysis, text: string): string | null | undefined => a.quotes.find((q) => q.text === text)?.speaker?.name;

/** A clock that returns `times` in turn (then the last one again): stage times without waiting. */
function scriptedClock(...times: number[]): () => number {
  let call = 0;
  return () => times[Math.min(call++, times.length - 1)]!;
}

describe('time cap', () => {
  it(`defaults to ${DEFAULT_BUDGET_MS} ms, and an ordinary page is never partial`, () => {
    expect(DEFAULT_BUDGET_MS).toBe(1500);
    const seed = readFixture('seed/trend-itu-cybercrime.html');
    const a = analyzePage(seed, { budgetMs: undefined });
    expect(a.partial).toBe(false);
    expect(a.quotes.length).toBeGreaterThanOrEqual(6);
  });

  it('a 10 MB page with a 1 ms budget: the whole article and metadata, people and quotes cut short, partial', () => {
    const sentence = 'The council voted on Tuesday to expand the bus network across the north. "We have waited years for this," said Maria Lopez, a nurse. ';
    const paragraph = sentence.repeat(Math.ceil(100_000 / sentence.length));
    const html = page(`<article>${`<p>${paragraph}</p>`.repeat(100)}</article>`, '<meta name="author" content="Ana Ruiz">');
    expect(html.length).toBeGreaterThan(10_000_000);

    const a = analyzePage(html, { budgetMs: 1 });
    expect(a.partial).toBe(true);
    // The article stage always runs whole: every paragraph, the metadata.
    expect(paragraphs(a)).toHaveLength(100);
    expect(a.article.isArticle).toBe(true);
    expect(a.article.authors).toEqual(['Ana Ruiz']);
    expect(a.article.title).toBe('Council expands bus network');
    // The later stages had a fifth of a millisecond: a couple of hundred characters at most.
    for (const span of [...a.quotes, ...a.people.flatMap((p) => p.mentions)]) expect(span.end).toBeLessThanOrEqual(200);
    expect(a.quotes.length).toBeLessThan(2);
  }, 60_000);

  it('a budget of 0: article only, no people or quotes, partial', () => {
    const a = analyzePage(page(`<article>${P.map((p) => `<p>${p}</p>`).join('')}</article>`), { budgetMs: 0 });
    expect(a.partial).toBe(true);
    expect(paragraphs(a)).toEqual(P);
    expect(a.quotes).toEqual([]);
    expect(a.people).toEqual([]);
    expect(a.citation.apa).toContain('Council expands bus network');
  });

  it('people and quotes read whole paragraphs that fit the time left, and find there what the full analysis finds', () => {
    const html = page(`<article>${[...P, ...P, ...P].map((p) => `<p>${p}</p>`).join('')}</article>`);
    const full = analyzePage(html);
    // 10 ms budget, 8 ms spent on the article: 2 ms left, assumed 1,000 characters a millisecond.
    const cut = analyzePage(html, { budgetMs: 10, clock: scriptedClock(0, 8, 8) });
    expect(cut.partial).toBe(true);
    expect(cut.article.text).toBe(full.article.text);
    // The cut falls at the end of the last paragraph that fits in 2,000 characters.
    const ends = [...full.article.text.matchAll(/\n\n|$/g)].map((m) => m.index);
    const cutEnd = Math.max(...ends.filter((end) => end <= 2000));
    expect(cutEnd).toBeGreaterThan(1000);
    const within = (q: Analysis['quotes'][number]): [string, string | null] => [q.text, q.speaker?.name ?? null];
    expect(cut.quotes.map(within)).toEqual(full.quotes.filter((q) => q.end <= cutEnd).map(within));
    expect(cut.quotes.map((q) => q.text)).toContain(LOPEZ_QUOTE);
    expect(full.quotes.length).toBeGreaterThan(cut.quotes.length);
  });

  it('a slow article stage still leaves people and quotes a fifth of the budget: a slow page keeps its quotes', () => {
    const seed = readFixture('seed/trend-itu-cybercrime.html');
    const full = analyzePage(seed);
    // The article stage "took" 5 s of a 1.5 s budget.
    const slow = analyzePage(seed, { budgetMs: 1500, clock: scriptedClock(0, 5000, 5001) });
    expect(slow.partial).toBe(false);
    expect(slow.quotes).toEqual(full.quotes);
  });

  it('the quote stage is skipped when the people stage overran: people kept, no quotes, partial', () => {
    const seed = readFixture('seed/trend-itu-cybercrime.html');
    const a = analyzePage(seed, { budgetMs: 1500, clock: scriptedClock(0, 10, 10_000) });
    expect(a.partial).toBe(true);
    expect(a.quotes).toEqual([]);
    expect(a.people.map((p) => p.name)).toContain('Orozobek Kayikov');
    expect(a.people.every((p) => p.quoteCount === 0)).toBe(true);
  });

  it('Infinity turns the cap off; NaN or a negative budget falls back to something sane', () => {
    const html = page(`<article>${P.map((p) => `<p>${p}</p>`).join('')}</article>`);
    expect(analyzePage(html, { budgetMs: Infinity, clock: scriptedClock(0, 1e12, 2e12) }).partial).toBe(false);
    expect(analyzePage(html, { budgetMs: Number.NaN }).partial).toBe(false);
    expect(analyzePage(html, { budgetMs: -5 }).partial).toBe(true);
  });

  it('analyzeText: the same cap, article.text is still the input exactly', () => {
    const text = P.join('\n\n');
    const whole = analyzeText(text, { now: NOW });
    expect(whole.partial).toBe(false);
    expect(speakerOf(whole, LOPEZ_QUOTE)).toBe('Maria Lopez');
    const none = analyzeText(text, { now: NOW, budgetMs: 0 });
    expect(none.partial).toBe(true);
    expect(none.article.text).toBe(text);
    expect(none.quotes).toEqual([]);
    expect(analysisProblems(none)).toEqual([]);
  });
});

describe('a 10 MB page that is mostly not text', () => {
  it('10 MB of inline script, JSON and SVG around a short story: the story, at the default budget, quickly', () => {
    const state = JSON.stringify({ items: Array.from({ length: 50_000 }, (_, i) => ({ id: i, said: '"quoted," said Someone Else', html: '<p>not the story</p>' })) });
    const junk = `<script>window.__STATE__ = ${state};</script><script type="application/json">${state}</script><style>${'.c{color:red}'.repeat(100_000)}</style><svg><path d="${'L1 1 '.repeat(400_000)}"/></svg>`;
    const html = page(`<article>${P.map((p) => `<p>${p}</p>`).join('')}</article>${junk}`);
    expect(html.length).toBeGreaterThan(10_000_000);
    const started = performance.now();
    const a = analyzePage(html, { budgetMs: undefined });
    expect(performance.now() - started).toBeLessThan(DEFAULT_BUDGET_MS * 4);
    expect(a.partial).toBe(false);
    expect(paragraphs(a)).toEqual(P);
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
    expect(a.people.map((p) => p.name)).toEqual(['Maria Lopez']);
  }, 60_000);
});

describe('a long run of capitalised words with no stop', () => {
  // The people stage looked for a title before each name by walking back over every capitalised
  // word and connector to the last stop: 20,000 of them took 108 s, the time cap checked only
  // between stages. Now a title is looked for over the 24 words before a name at most.
  it('"Alpha of Beta" 20,000 times: analysed at the default budget, quickly', () => {
    const text = 'Alpha of Beta '.repeat(20_000);
    const started = performance.now();
    const a = analyzeText(text);
    expect(performance.now() - started).toBeLessThan(DEFAULT_BUDGET_MS * 4);
    expect(a.article.text).toBe(text);
    expect(a.quotes).toEqual([]);
  }, 60_000);
});

describe('many nodes', () => {
  // 100,000 nodes costs ~20 s in happy-dom (its parser and querySelectorAll), so the full size
  // runs in Chromium (test/e2e/hostile.test.ts); here a comment section of 20,000 nodes.
  it('a story followed by 20,000 nodes of comments: the story alone, its quote attributed', () => {
    const comment = (i: number): string =>
      `<li class="comment"><div class="meta"><a href="/u/${i}">user${i}</a> <time>1h</time></div><div class="body">${'<span>great</span> '.repeat(6)}</div><ul>${'<li><b>+1</b></li>'.repeat(6)}</ul></li>`;
    const comments = Array.from({ length: 900 }, (_, i) => comment(i)).join('');
    const html = page(`<article>${P.map((p) => `<p>${p}</p>`).join('')}</article><section id="comments"><ul>${comments}</ul></section>`);
    expect((html.match(/<[a-z]/g) ?? []).length).toBeGreaterThan(20_000);
    const a = analyzePage(html);
    expect(paragraphs(a)).toEqual(P);
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
  }, 60_000);
});

describe('runaway quotation marks across paragraphs', () => {
  it('5,000 paragraphs that each open a quotation and never close it: each quote stays in its paragraph', () => {
    const open = Array.from({ length: 5000 }, (_, i) => `<p>"Paragraph ${i} opens a quotation and never closes it, as a broken page might do all the way down.</p>`);
    const a = analyzePage(page(`<article><p>${P[0]}</p>${open.join('')}<p>${P[1]}</p></article>`));
    expect(paragraphs(a)).toHaveLength(5002);
    // A multi-paragraph quotation that never ends is not one 500,000-character quote.
    const longest = Math.max(...a.quotes.map((q) => q.end - q.start));
    expect(longest).toBeLessThan(200);
    expect(a.quotes.length).toBeLessThanOrEqual(5003 + 2);
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
  }, 60_000);

  it('5,000 closing marks with no opening, and every style mixed: the real quote still found', () => {
    for (const junk of ['and ” then '.repeat(5000), '„ ‹ » ” “ » « ’ ‘ '.repeat(600)]) {
      const a = analyzePage(page(`<article><p>${P[0]}</p><p>${junk}</p><p>${P[1]}</p><p>${P[2]}</p></article>`));
      expect(paragraphs(a)).toHaveLength(4);
      expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
      const junkStart = a.article.text.indexOf(junk.trim().slice(0, 5));
      const junkEnd = junkStart + junk.trim().length;
      // Marks with nothing between them quote nothing.
      expect(a.quotes.filter((q) => q.start >= junkStart && q.end <= junkEnd && !/[\p{L}\p{N}]/u.test(q.text))).toEqual([]);
    }
  });
});

describe('deep nesting (5,000 levels)', () => {
  it(`the parser flattens past ${MAX_TREE_DEPTH} levels as Chromium does, and the story is read`, () => {
    const parsed = parseHtml(`<html><body>${'<div>'.repeat(5000)}<p id="deep">x</p>${'</div>'.repeat(5000)}</body></html>`);
    let depth = 0;
    for (let node: Node | null = parsed.document.getElementById('deep'); node; node = node.parentNode) depth++;
    parsed.close();
    expect(depth).toBeLessThanOrEqual(MAX_TREE_DEPTH + 1);

    // (Not <blockquote>s or <section>s: flattened past 512 levels, as Chromium does too, they
    // leave the story among thousands of empty siblings and the page is not taken for an
    // article. Sane for such a page; 100 nested ones are read.)
    for (const [open, close] of [
      ['<div>', '</div>'],
      ['<div><span>', '</span></div>'],
    ]) {
      const a = analyzePage(page(`${open!.repeat(2500)}<p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p>${close!.repeat(2500)}`));
      expect(a.article.isArticle, open).toBe(true);
      expect(paragraphs(a), open).toEqual([P[0], P[1], P[2]]);
      expect(speakerOf(a, LOPEZ_QUOTE), open).toBe('Maria Lopez');
    }
  }, 60_000);

  it('5,000 nested inline elements inside a paragraph keep the paragraph whole', () => {
    const a = analyzePage(page(`<article><p>${P[0]}</p><p>${'<span><b>'.repeat(2500)}${P[1]}${'</b></span>'.repeat(2500)}</p><p>${P[2]}</p></article>`));
    expect(paragraphs(a)).toEqual([P[0], P[1], P[2]]);
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
  }, 60_000);
});

describe('more broken markup', () => {
  it('a <style> or <script> inside an inline <svg> keeps the rest of the page (happy-dom#2231)', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="i"><style type="text/css">.a{fill:red}</style><circle r="1"/></symbol><script>var x = 1;</script></svg>';
    const a = analyzePage(page(`${svg}<article><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p></article>`));
    expect(paragraphs(a)).toEqual([P[0], P[1], P[2]]);
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
  });

  it('readability/cnet: the icon sprite before the story (an <svg> holding a <style>) leaves the story to read', () => {
    const parsed = parseHtml(readFixture('layouts/cnet/source.html'), 'https://www.cnet.com/news/zuckerberg-offers-peek-at-facebooks-acquisition-strategies/');
    const a = analyze(parsed.document, { now: NOW });
    parsed.close();
    expect(a.article.isArticle).toBe(true);
    expect(a.article.title).toBe("Zuckerberg offers peek at Facebook's acquisition strategies");
    expect(a.article.text.startsWith('Anyone who has ever been involved in closing a billion-dollar acquisition deal')).toBe(true);
    expect(a.people.map((p) => p.name)).toContain('Mark Zuckerberg');
  });

  it('an unclosed comment swallows the rest of the page, as in a browser; what came before is read', () => {
    const a = analyzePage(page(`<article><p>${P[0]}</p><p>${P[1]}</p><!-- <p>${P[2]}</p><p>${P[3]}</p></article>`));
    expect(paragraphs(a)).toEqual([P[0], P[1]]);
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
  });

  it('no <html>, <head> or <body>, unclosed <p>s: the story', () => {
    const a = analyzePage(`<title>Council expands bus network</title><h1>Council expands bus network</h1><p>${P[0]}<p>${P[1]}<p>${P[2]}<p>${P[3]}`);
    expect(paragraphs(a)).toEqual(P);
    expect(a.article.title).toBe('Council expands bus network');
  });

  it('SVG and MathML inside the story, control characters, content after </html>', () => {
    const a = analyzePage(
      `<html><head><title>Council expands bus network</title></head><body><article><p>${P[0]}\u0001\u0007</p><svg><text>Chart label</text></svg><p>${P[1]}</p><math><mi>x</mi></math><p>${P[2]}\u000b</p></body></html><p>${P[3]}</p></article>`,
    );
    expect(a.article.isArticle).toBe(true);
    for (const p of [P[0], P[1], P[2]]) expect(a.article.text).toContain(p!.slice(0, 80));
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
  });

  it('random bytes and a frameset: not an article, nothing found, no error', () => {
    const garbage = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    for (const html of [garbage, '<html><head><title>t</title></head><frameset><frame src="a.html"></frameset></html>']) {
      const a = analyzePage(html);
      expect(a.article.isArticle).toBe(false);
      expect(a.quotes).toEqual([]);
    }
  });
});

describe('<template> and shadow DOM', () => {
  const TEMPLATE_TEXT = '"Never read this," said Tim Plate, a paragraph inside a template that the page never shows to anyone at all.';

  it('<template> content is not article text, whether inert or a declarative shadow root', () => {
    for (const template of [`<template><p>${TEMPLATE_TEXT}</p></template>`, `<div><template shadowrootmode="open"><p>${TEMPLATE_TEXT}</p></template></div>`]) {
      const a = analyzePage(page(`<article><p>${P[0]}</p>${template}<p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p></article>`));
      expect(paragraphs(a)).toEqual(P);
      expect(a.article.text).not.toContain('Tim Plate');
      expect(a.people.map((p) => p.name)).toEqual(['Maria Lopez']);
    }
  });

  it('a shadow root inside the story neither breaks it nor adds to it', () => {
    const parsed = parseHtml(page(`<article><p>${P[0]}</p><div id="host"></div><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p></article>`), URL);
    const root = parsed.document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.append(Object.assign(parsed.document.createElement('p'), { textContent: TEMPLATE_TEXT }));
    const a = analyze(parsed.document, { url: URL, now: NOW });
    parsed.close();
    expect(analysisProblems(a)).toEqual([]);
    expect(paragraphs(a)).toEqual(P);
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
  });

  // A story rendered entirely inside a shadow root (a web-component site) is not read: the light
  // DOM holds no text. Sane (no error, not an article), recorded here as a known limit.
  it('a story entirely inside a shadow root: not an article, no error', () => {
    const parsed = parseHtml('<html><head><title>App</title></head><body><news-app></news-app></body></html>', URL);
    const root = parsed.document.querySelector('news-app')!.attachShadow({ mode: 'open' });
    for (const text of P) root.append(Object.assign(parsed.document.createElement('p'), { textContent: text }));
    const a = analyze(parsed.document, { url: URL, now: NOW });
    parsed.close();
    expect(analysisProblems(a)).toEqual([]);
    expect(a.article.isArticle).toBe(false);
    expect(a.quotes).toEqual([]);
  });
});

describe('a page that overrides built-in methods', () => {
  /**
   * In Chrome a page's scripts cannot reach the content script (an isolated world: test/e2e/
   * hostile.test.ts checks that); in happy-dom (CLI, tests) the window is its own realm, but its
   * DOM classes are shared. Every method that changes the DOM throws, and the window's own
   * builtins are sabotaged: the analysis must be identical, which also proves it never writes to
   * the page.
   */
  it('DOM mutators that throw and a sabotaged Array/JSON/String: the same analysis as without', () => {
    const html = page(`<article><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p><p>${P[3]}</p></article>`, '<meta name="author" content="Ana Ruiz">');
    const expected = analyzePage(html);

    const parsed = parseHtml(html, URL);
    const window = parsed.document.defaultView as unknown as Record<string, { prototype: Record<string, unknown> } & Record<string, unknown>>;
    const restore: (() => void)[] = [];
    const sabotage = (target: Record<string, unknown>, name: string): void => {
      const original = Object.getOwnPropertyDescriptor(target, name);
      Object.defineProperty(target, name, {
        configurable: true,
        writable: true,
        value: () => {
          throw new Error(`page override: ${name}`);
        },
      });
      restore.push(() => (original ? Object.defineProperty(target, name, original) : delete target[name]));
    };
    try {
      for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'normalize', 'cloneNode']) sabotage(window.Node!.prototype, name);
      for (const name of ['setAttribute', 'removeAttribute', 'remove', 'append', 'prepend', 'insertAdjacentHTML', 'attachShadow']) sabotage(window.Element!.prototype, name);
      for (const name of ['map', 'filter', 'forEach', 'indexOf', 'push', 'join', 'slice', 'includes']) sabotage(window.Array!.prototype, name);
      for (const name of ['replace', 'trim', 'split', 'toLowerCase', 'match']) sabotage(window.String!.prototype, name);
      sabotage(window.JSON as unknown as Record<string, unknown>, 'parse');
      sabotage(window.JSON as unknown as Record<string, unknown>, 'stringify');
      // Prototype.js once added Array.prototype.toJSON, which broke JSON.stringify everywhere.
      Object.defineProperty(window.Array!.prototype, 'toJSON', { configurable: true, value: () => 'patched' });
      restore.push(() => delete window.Array!.prototype.toJSON);

      const a = analyze(parsed.document, { url: URL, now: NOW, budgetMs: Infinity });
      expect(a).toEqual(expected);
    } finally {
      for (const undo of restore.reverse()) undo();
      parsed.close();
    }
  });
});

describe('right-to-left and mixed scripts', () => {
  const ARABIC = [
    'قال وزير الخارجية في مؤتمر صحفي يوم الثلاثاء إن المحادثات بين البلدين ستستأنف الأسبوع المقبل في العاصمة، وإن الوفدين سيناقشان قضايا التجارة والحدود والمياه خلال ثلاثة أيام من الاجتماعات المغلقة.',
    '«نحن ملتزمون بالحوار»، قال الوزير للصحفيين، مضيفا أن بلاده تأمل في التوصل إلى اتفاق قبل نهاية العام الحالي، وأن الجانبين أحرزا تقدما ملموسا في الجولة السابقة من المحادثات التي عقدت في الشهر الماضي.',
    'وكانت المحادثات قد توقفت العام الماضي بعد خلاف حول تقاسم مياه النهر، وهو ما أثار قلق المزارعين في المناطق الحدودية الذين يعتمدون على الري في زراعة القمح والشعير والخضروات.',
    'ومن المتوقع أن يحضر الاجتماعات ممثلون عن الأمم المتحدة والاتحاد الأفريقي بصفة مراقبين، بحسب ما أفادت مصادر دبلوماسية مطلعة طلبت عدم الكشف عن هويتها لأنها غير مخولة بالحديث إلى وسائل الإعلام.',
  ];
  const HEBREW = [
    'שר החוץ אמר ביום שלישי במסיבת עיתונאים כי השיחות בין שתי המדינות יחודשו בשבוע הבא בבירה, וכי המשלחות ידונו בסוגיות של סחר, גבולות ומים במשך שלושה ימים של פגישות סגורות.',
    '"אנחנו מחויבים לדיאלוג", אמר השר לעיתונאים, והוסיף כי ארצו מקווה להגיע להסכם לפני סוף השנה, וכי שני הצדדים השיגו התקדמות ממשית בסבב הקודם של השיחות שהתקיים בחודש שעבר.',
    'השיחות נעצרו בשנה שעברה לאחר מחלוקת על חלוקת מי הנהר, דבר שעורר דאגה בקרב החקלאים באזורי הגבול התלויים בהשקיה לגידול חיטה, שעורה וירקות.',
  ];
  const rtlPage = (lang: string, title: string, body: string[]): string =>
    `<html lang="${lang}" dir="rtl"><head><title>${title}</title></head><body><nav><a href="/">&#x2302;</a></nav><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article><footer>©</footer></body></html>`;

  // Quotes and names are found in English only (README, Limitations); the body must still be read.
  it('an Arabic article: body, title and language extracted, nothing invented', () => {
    const a = analyzePage(rtlPage('ar', 'استئناف المحادثات', ARABIC));
    expect(a.article.isArticle).toBe(true);
    expect(paragraphs(a)).toEqual(ARABIC);
    expect(a.article.title).toBe('استئناف المحادثات');
    expect(a.article.lang).toBe('ar');
    expect(a.people).toEqual([]);
  });

  it('a Hebrew article: body extracted', () => {
    const a = analyzePage(rtlPage('he', 'חידוש השיחות', HEBREW));
    expect(paragraphs(a)).toEqual(HEBREW);
    expect(a.article.lang).toBe('he');
  });

  it('an English story quoting Arabic words and titles: quote, speaker and both scripts kept', () => {
    const mixed = '"We are committed to dialogue, نحن ملتزمون بالحوار," said Foreign Minister Ayman Safadi at a news conference in Amman on Tuesday.';
    const a = analyzePage(page(`<article><p>${P[0]}</p><p>${mixed}</p><p>${P[2]}</p><p>${P[3]}</p></article>`));
    expect(paragraphs(a)[1]).toBe(mixed);
    expect(speakerOf(a, 'We are committed to dialogue, نحن ملتزمون بالحوار')).toBe('Ayman Safadi');
  });

  it('bidi controls inside a quote are kept in its text and its offsets', () => {
    const a = analyzePage(page(`<article><p>${P[0]}</p><p>"We have waited\u202e years\u202c for this," said Maria Lopez, a nurse who lives in the north of the city.</p><p>${P[2]}</p><p>${P[3]}</p></article>`));
    expect(speakerOf(a, 'We have waited\u202e years\u202c for this')).toBe('Maria Lopez');
  });

  // Bug (lib/people or lib/text, reported): a right-to-left mark after the given name
  // ("Maria\u200f Lopez", common when a name is pasted from an RTL page) hides the person: no
  // people, the quote has no speaker. Expected: Maria Lopez, as with a plain space.
  it.fails('a right-to-left mark inside a name keeps the speaker', () => {
    const a = analyzePage(page(`<article><p>${P[0]}</p><p>"We have waited years for this," said Maria\u200f Lopez, a nurse who lives in the north of the city.</p><p>${P[2]}</p><p>${P[3]}</p></article>`));
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
  });
});

describe('zero-width and no-break characters inside quotes and names', () => {
  const story = (second: string, third = ''): string =>
    page(`<article><p>${P[0]}</p><p>${second}</p><p>${third}${P[2]}</p><p>${P[3]}</p></article>`);

  it('zero-width space, joiner, word joiner inside a quote: found, attributed, offsets exact', () => {
    const inner = 'We have\u200b waited\u2060 years for\u200d this';
    const a = analyzePage(story(`"${inner}," said Maria Lopez, a nurse who lives in the north of the city.`));
    const quote = a.quotes.find((q) => q.text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '') === LOPEZ_QUOTE);
    expect(quote?.speaker?.name).toBe('Maria Lopez');
  });

  it('French guillemets with no-break spaces inside (« … », U+00A0 and U+202F)', () => {
    const a = analyzePage(story('«\u00a0We have waited years for this\u00a0», said Maria Lopez, a nurse who lives in the north of the city.', '«\u202fThe plan will work\u202f», Lopez said. '));
    expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
    expect(speakerOf(a, 'The plan will work')).toBe('Maria Lopez');
  });

  it('a byte-order mark after a surname keeps the speaker', () => {
    const a = analyzePage(story(`"${LOPEZ_QUOTE}," said Maria Lopez, a nurse who lives in the north of the city.`, '"It is finally here," Lopez\ufeff said. '));
    expect(speakerOf(a, 'It is finally here')).toBe('Maria Lopez');
  });

  // Bug (lib/people / lib/quotes, reported): a zero-width non-joiner or word joiner beside the
  // space in a name ("Maria\u200c Lopez", "Maria\u2060 Lopez") leaves the person in `people` but the
  // quote without a speaker. Expected: Maria Lopez (as for U+200B, fixed earlier).
  it.fails('a zero-width non-joiner or word joiner beside the space keeps the speaker', () => {
    for (const invisible of ['\u200c', '\u2060']) {
      const a = analyzePage(story(`"${LOPEZ_QUOTE}," said Maria${invisible} Lopez, a nurse who lives in the north of the city.`));
      expect(speakerOf(a, LOPEZ_QUOTE), JSON.stringify(invisible)).toBe('Maria Lopez');
    }
  });

  it('a zero-width joiner inside a surname keeps the speaker', () => {
    const a = analyzePage(story(`"${LOPEZ_QUOTE}," said Maria Lopez, a nurse who lives in the north of the city.`, '"It is finally here," Lo\u200dpez said. '));
    expect(speakerOf(a, 'It is finally here')).toBe('Maria Lopez');
  });
});

describe('many short paragraphs', () => {
  // Regression guard: the quotation-mark and sentence-break searches are bounded to their
  // paragraph. They used to search on through the rest of the text, quadratic in paragraphs: a
  // story followed by 2,000 comments (16,000 paragraphs, no quotation mark) took 2.5–4 s.
  it('12,000 short paragraphs without a quotation mark: analysed within the cap', () => {
    const comment = (i: number): string => `user${i} 1h\n\n${'great '.repeat(15).trim()}\n\n${'+1\n\n'.repeat(6)}`;
    const text = Array.from({ length: 1500 }, (_, i) => comment(i)).join('');
    expect(text.length).toBeLessThan(300_000); // all of it fits a 300 ms budget's share: not cut
    const started = performance.now();
    const a = analyzeText(text, { now: NOW, budgetMs: 300 });
    const elapsed = performance.now() - started;
    expect(a.quotes).toEqual([]);
    // Linear, this is ~50 ms (300 ms on a loaded machine); today ~1.5 s.
    expect(elapsed).toBeLessThan(700);
  }, 30_000);
});

describe('overlapping quotes', () => {
  // Bug (lib/quotes, reported; 5 of the 1,277 quotes on the shared pages): reported speech that
  // runs into a direct quotation is returned as an indirect quote containing the direct one, so two
  // highlights overlap and the quoted words count twice in the card. Found on readability/yahoo-3
  // and scrapinghub/39d5c43beb60…; reduced here. Expected: no two quotes share a character (one
  // mixed quote, or the indirect one ending where the quotation begins).
  it.fails('no two quotes overlap', () => {
    for (const text of [
      'Tony Perkins leads the council. Perkins wrote in a blog post published Monday, “To hear that Donald Trump may be appointing a man who led the charge is upsetting, at best.\n\nThe council met on Tuesday.',
      'President Donald Trump spoke in Washington. The president said on Tuesday that China "is going to have to make a deal that I like. If they don\'t, that\'s it."',
    ]) {
      const a = analyzeText(text, { now: NOW });
      for (let i = 1; i < a.quotes.length; i++) expect(a.quotes[i]!.start, text).toBeGreaterThanOrEqual(a.quotes[i - 1]!.end);
    }
  });
});

describe('the command line fetches nothing', () => {
  it('a saved page that references a server in every way HTML allows: parsed and analysed, no request reaches it', async () => {
    const hits: string[] = [];
    const server = createServer((request, response) => {
      hits.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const o = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const head = [
        `<link rel="stylesheet" href="${o}/css">`,
        `<link rel="preload" as="fetch" href="${o}/preload">`,
        `<link rel="modulepreload" href="${o}/modulepreload">`,
        `<link rel="prefetch" href="${o}/prefetch">`,
        `<link rel="icon" href="${o}/icon">`,
        `<meta http-equiv="refresh" content="0; url=${o}/refresh">`,
        `<script src="${o}/script"></script>`,
        `<script type="module" src="${o}/module"></script>`,
        `<script>fetch('${o}/inline-fetch')</script>`,
        `<style>@import url(${o}/import); body { background: url(${o}/background) }</style>`,
      ].join('');
      const body = [
        `<img src="${o}/img" srcset="${o}/srcset 2x">`,
        `<picture><source srcset="${o}/source"></picture>`,
        `<iframe src="${o}/iframe"></iframe>`,
        `<object data="${o}/object"></object><embed src="${o}/embed">`,
        `<video src="${o}/video" poster="${o}/poster"></video><audio src="${o}/audio"></audio>`,
        `<svg><image href="${o}/svg-image"/><use href="${o}/use#x"/></svg>`,
        `<a href="${o}/a" ping="${o}/ping">link</a>`,
      ].join('');
      const a = analyzePage(page(`${body}<article>${P.map((p) => `<p>${p}</p>`).join('')}</article>`, head));
      expect(speakerOf(a, LOPEZ_QUOTE)).toBe('Maria Lopez');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hits).toEqual([]);
      // The server does count what reaches it.
      await new Promise((resolve) => get(`${o}/control`, (response) => response.resume().on('end', resolve)));
      expect(hits).toEqual(['/control']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
