/**
 * The seed story (test/fixtures/seed/trend-itu-cybercrime.html), end to end through `analyze()`:
 * exact body text, metadata, the six gold quotes with their speakers, people, organisations,
 * places, tags and the APA citation. Expected values come from trend-itu-cybercrime.json (the
 * seed's gold line of attribution/dev.jsonl) and ../shared/guides/analysis-schema.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, analyzeWithMap } from '../../lib/analyze';
import { parseHtml } from '../../lib/dom/parse-html';
import type { Analysis, Quote } from '../../lib/types';
import { NOW, readFixture, seedFixture } from './helpers/fixtures';
import { letters, scoreQuotes } from './helpers/score-quotes';

const seed = seedFixture();
const html = readFixture('seed/trend-itu-cybercrime.html');
const URL = 'https://en.trend.az/business/it/2345678.html';

let analysis: Analysis;
beforeAll(() => {
  const page = parseHtml(html, URL);
  analysis = analyze(page.document, { url: URL, now: NOW });
  page.close();
});

const KAYIKOV_TITLE = 'head of the zonal office of the CIS International Telecommunication Union (ITU)';

describe('seed: article body', () => {
  it('article.text is exactly the six story paragraphs joined by a blank line', () => {
    expect(analysis.article.text).toBe(seed.expectedParagraphs.join('\n\n'));
    expect(seed.expectedParagraphs).toHaveLength(6);
  });

  it('leaves out headline, date line, dateline, byline, "Follow the author", tags and sidebar', () => {
    const text = analysis.article.text;
    // Each of these is on the page around the story; none is story text.
    for (const furniture of [
      'ITU advocates for global initiative to fight cybercrime', // the <h1>
      '18 December 2014', // date line
      'Baku, Azerbaijan, Dec.18', // dateline paragraph (kept as metadata)
      'By Huseyn Veliyev', // byline paragraph
      'Follow the author',
      '@h_veliyev',
      'Tags',
      'Related news',
      'Most read',
      'Latest',
    ]) {
      expect(text, furniture).not.toContain(furniture);
    }
    expect(text.startsWith('The International Telecommunication Union (ITU) advocates')).toBe(true);
    expect(text.endsWith('at the global level.')).toBe(true);
  });

  it('isArticle and wordCount', () => {
    expect(analysis.article.isArticle).toBe(true);
    // 290 words in the six paragraphs (countWords: letter/digit runs).
    expect(analysis.article.wordCount).toBe(290);
  });
});

describe('seed: metadata', () => {
  it('title without the " - Trend.Az" suffix', () => {
    expect(analysis.article.title).toBe('ITU advocates for global initiative to fight cybercrime');
  });
  it('authors are the byline person only, never the outlet', () => {
    expect(analysis.article.authors).toEqual(['Huseyn Veliyev']);
    expect(analysis.article.organizationAuthors).toEqual([]);
  });
  it('siteName, published with its own offset, dateline, section, lang, canonical url', () => {
    const a = analysis.article;
    expect(a.siteName).toBe('Trend');
    expect(a.published).toBe('2014-12-18T18:24:00+04:00');
    expect(a.dateline).toBe('Baku, Azerbaijan');
    expect(a.section).toBe('Business');
    expect(a.lang).toBe('en');
    expect(a.url).toBe(seed.expectedMetadata.canonical);
  });
  it('the canonical URL wins over a page URL with tracking parameters', () => {
    const page = parseHtml(html, `${URL}?utm_source=x#top`);
    const other = analyze(page.document, { url: `${URL}?utm_source=x#top`, now: NOW });
    page.close();
    expect(other.article.url).toBe(URL);
  });
});

describe('seed: quotes', () => {
  const gold = seed.attribution.quotes;
  // The words that attribute each gold quote, in order (gold `mention`).
  const MENTIONS = ['Orozobek Kayikov', 'Kayikov', 'he', 'Kayikov', 'Kayikov', 'Ali Abbasov'];

  it('exactly the six gold quotes, in order, with their kinds and texts (letters and digits)', () => {
    expect(analysis.quotes).toHaveLength(6);
    analysis.quotes.forEach((q, i) => {
      expect(q.kind, `q${i + 1}`).toBe(gold[i]!.kind);
      expect(letters(q.text), `q${i + 1}`).toBe(letters(gold[i]!.text));
    });
  });

  it('each quote text is article.text.slice(start, end)', () => {
    for (const q of analysis.quotes) expect(q.text).toBe(analysis.article.text.slice(q.start, q.end));
  });

  it('every speaker is resolved to the full name (Kayikov ×5, Abbasov ×1)', () => {
    expect(analysis.quotes.map((q) => q.speaker?.name)).toEqual([
      'Orozobek Kayikov',
      'Orozobek Kayikov',
      'Orozobek Kayikov',
      'Orozobek Kayikov',
      'Orozobek Kayikov',
      'Ali Abbasov',
    ]);
    for (const q of analysis.quotes) {
      expect(q.speaker!.anonymous).toBe(false);
      expect(q.speaker!.personId).toBe(analysis.people.find((p) => p.name === q.speaker!.name)!.id);
    }
    expect(analysis.quotes.map((q) => q.speaker!.title)).toEqual([
      KAYIKOV_TITLE,
      KAYIKOV_TITLE,
      KAYIKOV_TITLE,
      KAYIKOV_TITLE,
      KAYIKOV_TITLE,
      'Minister of Communications and High Technologies',
    ]);
  });

  it("each speaker's start/end is the attributing mention", () => {
    analysis.quotes.forEach((q, i) => {
      expect(analysis.article.text.slice(q.speaker!.start, q.speaker!.end), `q${i + 1}`).toBe(MENTIONS[i]);
    });
  });

  it('cues and how each speaker was found: named, surname, pronoun ("he said"), continued', () => {
    expect(analysis.quotes.map((q) => q.cue)).toEqual(['told', 'according to', 'said', 'said', null, 'said']);
    expect(analysis.quotes.map((q) => q.speaker!.resolution)).toEqual(['named', 'surname', 'pronoun', 'surname', 'continued', 'named']);
  });

  it('the cue-less second part of the interrupted quote continues Kayikov', () => {
    const second = analysis.quotes[4]!;
    expect(second.kind).toBe('direct');
    expect(second.text.startsWith('It is no secret')).toBe(true);
    expect(second.cue).toBeNull();
    expect(second.speaker).toMatchObject({ name: 'Orozobek Kayikov', resolution: 'continued' });
  });

  it('titles in quotation marks are not quotes: "Strengthening the role of ITU …", "On cybersecurity."', () => {
    const text = analysis.article.text;
    for (const title of ['Strengthening the role of ITU', 'On cybersecurity']) {
      const at = text.indexOf(title);
      expect(at).toBeGreaterThan(0);
      const covering = analysis.quotes.filter((q: Quote) => q.start < at + title.length && at < q.end);
      expect(covering, title).toEqual([]);
    }
  });

  it('scores 1 / 1 / 1 on recall, precision and speaker with the SCORING.md helper', () => {
    const score = scoreQuotes(seed.attribution, analysis);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
    expect(score.speakerAccuracy).toBe(1);
  });
});

describe('seed: people, organisations, places, tags, citation', () => {
  it('the three officials with their titles and quote counts', () => {
    expect(analysis.people.map((p) => ({ name: p.name, titles: p.titles, official: p.official, quoteCount: p.quoteCount }))).toEqual([
      { name: 'Orozobek Kayikov', titles: [KAYIKOV_TITLE], official: true, quoteCount: 5 },
      { name: 'Hamadoun Toure', titles: ['ITU Secretary General'], official: true, quoteCount: 0 },
      { name: 'Ali Abbasov', titles: ['Minister of Communications and High Technologies'], official: true, quoteCount: 1 },
    ]);
  });

  it('every mention slice is the full name or the surname', () => {
    for (const person of analysis.people) {
      const surname = person.name.split(' ').pop()!;
      expect(person.mentions.length).toBeGreaterThan(0);
      for (const m of person.mentions) {
        expect([person.name, surname]).toContain(analysis.article.text.slice(m.start, m.end));
      }
    }
    // "Orozobek Kayikov", "according to Kayikov", "said Kayikov".
    expect(analysis.people[0]!.mentions).toHaveLength(3);
  });

  it('International Telecommunication Union with the alias ITU; Azerbaijan among places', () => {
    expect(analysis.organizations).toContainEqual({ name: 'International Telecommunication Union', aliases: ['ITU'] });
    expect(analysis.places.map((p) => p.name)).toContain('Azerbaijan');
    // No person is also listed as a place or organisation.
    const names = new Set(analysis.people.map((p) => p.name));
    expect(analysis.places.filter((p) => names.has(p.name))).toEqual([]);
  });

  // Gap: "the CIS International Telecommunication Union (ITU)" becomes a second organisation with
  // the same alias ITU ("CIS International Telecommunication Union"); one organisation per alias
  // is expected. Turn into `it` when fixed.
  it.fails('one organisation per alias (no "CIS International Telecommunication Union" duplicate)', () => {
    const withItu = analysis.organizations.filter((o) => o.aliases.includes('ITU'));
    expect(withItu).toHaveLength(1);
  });

  it('tags: non-empty, at most ten, no case-insensitive duplicates, the page keywords first', () => {
    const tags = analysis.tags;
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.length).toBeLessThanOrEqual(10);
    expect(new Set(tags.map((t) => t.toLowerCase())).size).toBe(tags.length);
    expect(tags.slice(0, 4)).toEqual(['ITU', 'Cybercrime', 'Azerbaijan', 'Cybersecurity']);
    // The outlet ("Trend") and "news" are page keywords but carry nothing.
    expect(tags.map((t) => t.toLowerCase())).not.toContain('trend');
    expect(tags.map((t) => t.toLowerCase())).not.toContain('news');
  });

  it('APA citation', () => {
    expect(analysis.citation.apa).toBe(
      'Veliyev, H. (2014, December 18). ITU advocates for global initiative to fight cybercrime. Trend. https://en.trend.az/business/it/2345678.html',
    );
    expect(analysis.citation.csl.author).toEqual([{ family: 'Veliyev', given: 'Huseyn' }]);
    expect(analysis.citation.csl.accessed).toEqual({ 'date-parts': [[2026, 11, 28]] });
  });

  it('is plain JSON (round-trips unchanged)', () => {
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expect(analysis.schema).toBe(1);
  });
});

describe('seed: the text map in a live document', () => {
  // Ranges need the page's own (window) document in happy-dom: a Range on a DOMParser document is
  // always collapsed there, so the seed is loaded into the test's `document` like a live page.
  let saved: { head: string; body: string };
  beforeAll(() => {
    const page = parseHtml(html, URL);
    saved = { head: document.head.innerHTML, body: document.body.innerHTML };
    document.head.innerHTML = page.document.head.innerHTML;
    document.body.innerHTML = page.document.body.innerHTML;
    page.close();
  });
  afterAll(() => {
    document.head.innerHTML = saved.head;
    document.body.innerHTML = saved.body;
  });

  it('rangeOf(quote) is a DOM Range over the quote text, and the page is not changed', () => {
    const before = document.body.innerHTML;
    const { analysis: live, map } = analyzeWithMap(document, { url: URL, now: NOW });
    expect(document.body.innerHTML).toBe(before);
    expect(live.quotes).toHaveLength(6);
    for (const q of live.quotes) {
      const range = map!.rangeOf(q.start, q.end);
      expect(range).not.toBeNull();
      expect(range!.toString().replace(/\s+/g, ' ')).toBe(q.text);
    }
    for (const person of live.people) {
      for (const m of person.mentions) {
        expect(map!.rangeOf(m.start, m.end)!.toString()).toBe(live.article.text.slice(m.start, m.end));
      }
    }
  });
});

describe('seed: lazy metadata (the content script\'s analysis)', () => {
  it('reads no metadata until a field is read, then gives what analyze() gives, through JSON and structured clones', () => {
    const page = parseHtml(html, URL);
    try {
      const { analysis: lazy } = analyzeWithMap(page.document, { url: URL, now: NOW, lazyMetadata: true });
      // Metadata comes from the page as it is when first read: change the headline before reading.
      const meta = page.document.querySelector('meta[property="og:title"]');
      const before = meta?.getAttribute('content');
      meta?.setAttribute('content', 'Changed after the analysis');
      const h1 = page.document.querySelector('h1')!;
      const shown = h1.textContent;
      h1.textContent = 'Changed after the analysis';
      expect(lazy.article.title).toBe('Changed after the analysis');
      h1.textContent = shown;
      if (before) meta?.setAttribute('content', before);

      const { analysis: fresh } = analyzeWithMap(page.document, { url: URL, now: NOW, lazyMetadata: true });
      expect(JSON.parse(JSON.stringify(fresh))).toEqual(JSON.parse(JSON.stringify(analysis)));
      expect(structuredClone(fresh)).toEqual(JSON.parse(JSON.stringify(analysis)));
    } finally {
      page.close();
    }
  });
});
