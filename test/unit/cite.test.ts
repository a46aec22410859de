import { describe, expect, it } from 'vitest';
import {
  CITATION_STYLES,
  cslFromArticle,
  formatCitation,
  isCitationStyle,
  type CitationStyle,
} from '../../lib/cite';
import type { Article, CslItem } from '../../lib/types';

// The seed article (../shared/guides/citations.md), built by hand.
const URL = 'https://en.trend.az/business/it/2345678.html';
const TITLE = 'ITU advocates for global initiative to fight cybercrime';
const ACCESSED = new Date('2026-11-28T10:00:00Z');

function seedArticle(over: Partial<Article> = {}): Article {
  return {
    isArticle: true,
    title: TITLE,
    authors: ['Huseyn Veliyev'],
    organizationAuthors: [],
    siteName: 'Trend',
    publisher: 'Trend News Agency',
    published: '2014-12-18T18:24:00+04:00',
    modified: null,
    dateline: 'Baku, Azerbaijan',
    section: 'Business',
    lang: 'en',
    url: URL,
    keywords: ['cybercrime'],
    text: '',
    wordCount: 380,
    ...over,
  };
}

const item = (over: Partial<Article> = {}): CslItem => cslFromArticle(seedArticle(over), ACCESSED);
const text = (over: Partial<Article>, style: CitationStyle): string => formatCitation(item(over), style).text;

// The guide's reference strings, `*x*` marking italics.
const REFERENCE: Partial<Record<CitationStyle, string>> = {
  apa: `Veliyev, H. (2014, December 18). ITU advocates for global initiative to fight cybercrime. *Trend*. ${URL}`,
  mla: `Veliyev, Huseyn. “ITU Advocates for Global Initiative to Fight Cybercrime.” *Trend*, 18 Dec. 2014, ${URL}.`,
  chicago: `Veliyev, Huseyn. “ITU Advocates for Global Initiative to Fight Cybercrime.” *Trend*, December 18, 2014. ${URL}.`,
  'chicago-note': `1. Huseyn Veliyev, “ITU Advocates for Global Initiative to Fight Cybercrime,” *Trend*, December 18, 2014, ${URL}.`,
  'chicago-author-date': `Veliyev, Huseyn. 2014. “ITU Advocates for Global Initiative to Fight Cybercrime.” *Trend*, December 18, 2014. ${URL}.`,
  harvard: `Veliyev, H. (2014) ‘ITU advocates for global initiative to fight cybercrime’, *Trend*, 18 December. Available at: ${URL} (Accessed: 28 November 2026).`,
  ieee: `[1] H. Veliyev, “ITU advocates for global initiative to fight cybercrime,” *Trend*, Dec. 18, 2014. Accessed: Nov. 28, 2026. [Online]. Available: ${URL}`,
  wikipedia: `{{cite news |last=Veliyev |first=Huseyn |date=18 December 2014 |title=ITU advocates for global initiative to fight cybercrime |url=${URL} |work=Trend |location=Baku |access-date=28 November 2026}}`,
};

const BIBTEX = `@article{veliyev_itu_2014,
  title = {{ITU} advocates for global initiative to fight cybercrime},
  url = {https://en.trend.az/business/it/2345678.html},
  urldate = {2026-11-28},
  journal = {Trend},
  author = {Veliyev, Huseyn},
  month = dec,
  year = {2014},
}`;

const BIBLATEX = `@article{veliyev_itu_2014,
  title = {{ITU} advocates for global initiative to fight cybercrime},
  url = {https://en.trend.az/business/it/2345678.html},
  urldate = {2026-11-28},
  journaltitle = {Trend},
  author = {Veliyev, Huseyn},
  date = {2014-12-18},
  entrysubtype = {newspaper},
}`;

const RIS = [
  'TY  - NEWS',
  `TI  - ${TITLE}`,
  'AU  - Veliyev, Huseyn',
  'T2  - Trend',
  'DA  - 2014/12/18/',
  'PY  - 2014',
  `UR  - ${URL}`,
  'Y2  - 2026/11/28/',
  'LA  - en',
  'ER  - ',
].join('\n');

describe('style list', () => {
  it('lists every style once, APA 7 first, with readable labels', () => {
    expect(CITATION_STYLES.map((s) => s.id)).toEqual([
      'apa', 'mla', 'chicago', 'chicago-note', 'chicago-author-date', 'harvard', 'ieee', 'wikipedia',
      'bibtex', 'biblatex', 'ris', 'csl-json',
    ]);
    expect(CITATION_STYLES[0]).toEqual({ id: 'apa', label: 'APA 7' });
    expect(CITATION_STYLES.find((s) => s.id === 'wikipedia')?.label).toBe('Wikipedia {{cite news}}');
  });

  it('recognises style ids only', () => {
    expect(isCitationStyle('chicago-note')).toBe(true);
    expect(isCitationStyle('APA')).toBe(false);
    expect(isCitationStyle(undefined)).toBe(false);
    expect(isCitationStyle(3)).toBe(false);
  });
});

describe('cslFromArticle (seed)', () => {
  it('builds the newspaper item', () => {
    expect(item()).toEqual({
      type: 'article-newspaper',
      title: TITLE,
      author: [{ family: 'Veliyev', given: 'Huseyn' }],
      'container-title': 'Trend',
      'event-place': 'Baku',
      issued: { 'date-parts': [[2014, 12, 18]] },
      accessed: { 'date-parts': [[2026, 11, 28]] },
      URL,
      language: 'en',
    });
  });

  it('keeps the page’s own calendar day when the UTC day differs', () => {
    const early = item({ published: '2014-12-18T00:30:00+04:00' }); // 17 December 20:30 UTC
    expect(early.issued).toEqual({ 'date-parts': [[2014, 12, 18]] });
    expect(formatCitation(early, 'apa').text).toContain('(2014, December 18)');
    expect(formatCitation(early, 'mla').text).toContain('18 Dec. 2014');
  });

  it('takes the access date in UTC', () => {
    const it1 = cslFromArticle(seedArticle(), new Date('2026-11-28T23:30:00-05:00'));
    expect(it1.accessed).toEqual({ 'date-parts': [[2026, 11, 29]] });
  });

  it('accepts date-only and partial published values', () => {
    expect(item({ published: '2014-12-18' }).issued).toEqual({ 'date-parts': [[2014, 12, 18]] });
    expect(item({ published: '2014-12' }).issued).toEqual({ 'date-parts': [[2014, 12]] });
    expect(item({ published: 'yesterday' }).issued).toBeUndefined();
    expect(text({ published: '2014-12' }, 'apa')).toContain('(2014, December).');
  });

  it('is a web page without a site name', () => {
    const web = item({ siteName: null });
    expect(web.type).toBe('webpage');
    expect(web['container-title']).toBeUndefined();
    expect(formatCitation(web, 'apa').html).toBe(
      `Veliyev, H. (2014, December 18). <i>${TITLE}</i>. ${URL}`,
    );
  });

  it('splits names: particles, inverted bylines, single names', () => {
    expect(item({ authors: ['Charles de Gaulle'] }).author).toEqual([{ family: 'de Gaulle', given: 'Charles' }]);
    expect(item({ authors: ['Veliyev, Huseyn'] }).author).toEqual([{ family: 'Veliyev', given: 'Huseyn' }]);
    expect(item({ authors: ['Madonna'] }).author).toEqual([{ family: 'Madonna' }]);
    expect(item({ authors: ['Martin Luther King Jr.'] }).author).toEqual([{ family: 'King', given: 'Martin Luther, Jr.' }]);
    expect(text({ authors: ['Martin Luther King Jr.'] }, 'apa')).toMatch(/^King, M\. L\., Jr\. \(2014/);
  });

  it('title-cases an upper-case dateline city', () => {
    expect(item({ dateline: 'NEW YORK' })['event-place']).toBe('New York');
    expect(item({ dateline: null })['event-place']).toBeUndefined();
  });
});

describe('seed item: reference strings', () => {
  for (const [style, reference] of Object.entries(REFERENCE) as [CitationStyle, string][]) {
    it(style, () => {
      const out = formatCitation(item(), style);
      expect(out.text).toBe(reference.replace(/\*/g, ''));
      expect(out.html).toBe(reference.replace(/\*([^*]+)\*/g, '<i>$1</i>'));
    });
  }

  it('bibtex', () => {
    const out = formatCitation(item(), 'bibtex');
    expect(out.text).toBe(BIBTEX);
    expect(out.html).toBe(`<pre>${BIBTEX}</pre>`);
  });

  it('biblatex', () => {
    expect(formatCitation(item(), 'biblatex').text).toBe(BIBLATEX);
  });

  it('ris', () => {
    expect(formatCitation(item(), 'ris').text).toBe(RIS);
  });

  it('csl-json, keys in the guide’s order', () => {
    const out = formatCitation(item(), 'csl-json').text;
    const parsed = JSON.parse(out) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      type: 'article-newspaper',
      title: TITLE,
      author: [{ family: 'Veliyev', given: 'Huseyn' }],
      'container-title': 'Trend',
      issued: { 'date-parts': [[2014, 12, 18]] },
      accessed: { 'date-parts': [[2026, 11, 28]] },
      URL,
    });
    const guideKeys = ['type', 'title', 'author', 'container-title', 'issued', 'accessed', 'URL'];
    expect(Object.keys(parsed).filter((k) => guideKeys.includes(k))).toEqual(guideKeys);
    expect(out).toContain('\n  "type": "article-newspaper",');
  });
});

describe('several authors', () => {
  const two = { authors: ['Huseyn Veliyev', 'Anna Smith'] };
  const three = { authors: ['Huseyn Veliyev', 'Anna Smith', 'John Lee'] };

  it('APA: "&" before the last name', () => {
    expect(text(two, 'apa')).toMatch(/^Veliyev, H\., & Smith, A\. \(2014, December 18\)\. ITU/);
    expect(text(three, 'apa')).toMatch(/^Veliyev, H\., Smith, A\., & Lee, J\. \(2014/);
  });

  it('APA: 21 authors give the first 19, an ellipsis and the last', () => {
    const authors = Array.from({ length: 21 }, (_, i) => `Given${i + 1} Family${i + 1}`);
    const first19 = authors.slice(0, 19).map((_, i) => `Family${i + 1}, G.`).join(', ');
    expect(text({ authors }, 'apa')).toMatch(new RegExp(`^${first19}, \\. \\. \\. Family21, G\\. \\(2014`));
    const twenty = authors.slice(0, 20);
    expect(text({ authors: twenty }, 'apa')).toContain('Family19, G., & Family20, G. (2014');
  });

  it('MLA: two names, then et al. from three', () => {
    expect(text(two, 'mla')).toMatch(/^Veliyev, Huseyn, and Anna Smith\. “ITU/);
    expect(text(three, 'mla')).toMatch(/^Veliyev, Huseyn, et al\. “ITU/);
  });

  it('Chicago bibliography lists up to ten, then seven and et al.', () => {
    expect(text(two, 'chicago')).toMatch(/^Veliyev, Huseyn, and Anna Smith\. “ITU/);
    expect(text(three, 'chicago')).toMatch(/^Veliyev, Huseyn, Anna Smith, and John Lee\. “ITU/);
    const eleven = Array.from({ length: 11 }, (_, i) => `Given Family${i + 1}`);
    expect(text({ authors: eleven }, 'chicago')).toMatch(/^Family1, Given, Given Family2, .*Given Family7, et al\. “ITU/);
  });

  it('Chicago note and author-date', () => {
    expect(text(two, 'chicago-note')).toMatch(/^1\. Huseyn Veliyev and Anna Smith, “ITU/);
    expect(text(three, 'chicago-note')).toMatch(/^1\. Huseyn Veliyev, Anna Smith, and John Lee, “ITU/);
    expect(text({ authors: [...three.authors, 'Mia Chen'] }, 'chicago-note')).toMatch(/^1\. Huseyn Veliyev et al\., “ITU/);
    expect(text(two, 'chicago-author-date')).toMatch(/^Veliyev, Huseyn, and Anna Smith\. 2014\. “ITU/);
  });

  it('Harvard: "and" without a serial comma, et al. from four', () => {
    expect(text(two, 'harvard')).toMatch(/^Veliyev, H\. and Smith, A\. \(2014\) ‘ITU/);
    expect(text(three, 'harvard')).toMatch(/^Veliyev, H\., Smith, A\. and Lee, J\. \(2014\)/);
    expect(text({ authors: [...three.authors, 'Mia Chen'] }, 'harvard')).toMatch(/^Veliyev, H\. et al\. \(2014\)/);
  });

  it('IEEE: initials first, serial comma from three', () => {
    expect(text(two, 'ieee')).toMatch(/^\[1\] H\. Veliyev and A\. Smith, “ITU/);
    expect(text(three, 'ieee')).toMatch(/^\[1\] H\. Veliyev, A\. Smith, and J\. Lee, “ITU/);
  });

  it('machine formats list every name', () => {
    expect(text(two, 'wikipedia')).toContain('{{cite news |last1=Veliyev |first1=Huseyn |last2=Smith |first2=Anna |date=');
    expect(text(three, 'bibtex')).toContain('  author = {Veliyev, Huseyn and Smith, Anna and Lee, John},');
    expect(text(two, 'ris')).toContain('AU  - Veliyev, Huseyn\nAU  - Smith, Anna\n');
  });
});

describe('organisation author', () => {
  const org = { authors: [], organizationAuthors: ['Trend News Agency'] };

  it('is kept whole as a literal, only when no person signed', () => {
    expect(item(org).author).toEqual([{ literal: 'Trend News Agency' }]);
    expect(item({ organizationAuthors: ['Reuters'] }).author).toEqual([{ family: 'Veliyev', given: 'Huseyn' }]);
  });

  it('is cited by its name in every style', () => {
    expect(text(org, 'apa')).toBe(`Trend News Agency. (2014, December 18). ${TITLE}. Trend. ${URL}`);
    expect(text(org, 'mla')).toMatch(/^Trend News Agency\. “ITU/);
    expect(text(org, 'chicago')).toMatch(/^Trend News Agency\. “ITU/);
    expect(text(org, 'chicago-note')).toMatch(/^1\. Trend News Agency, “ITU/);
    expect(text(org, 'harvard')).toMatch(/^Trend News Agency \(2014\) ‘ITU/);
    expect(text(org, 'ieee')).toMatch(/^\[1\] Trend News Agency, “ITU/);
    expect(text(org, 'wikipedia')).toContain('{{cite news |author=Trend News Agency |date=');
    expect(text(org, 'bibtex')).toContain('@article{trend_itu_2014,');
    expect(text(org, 'bibtex')).toContain('  author = {{Trend News Agency}},');
    expect(text(org, 'ris')).toContain('AU  - Trend News Agency\n');
  });
});

describe('no author', () => {
  const anon = { authors: [], organizationAuthors: [] };

  it('APA moves the title to the author position', () => {
    expect(text(anon, 'apa')).toBe(`${TITLE}. (2014, December 18). Trend. ${URL}`);
    expect(formatCitation(item(anon), 'apa').html).toBe(`${TITLE}. (2014, December 18). <i>Trend</i>. ${URL}`);
  });

  it('MLA and Chicago start with the title', () => {
    expect(text(anon, 'mla')).toBe(`“ITU Advocates for Global Initiative to Fight Cybercrime.” Trend, 18 Dec. 2014, ${URL}.`);
    expect(text(anon, 'chicago')).toBe(`“ITU Advocates for Global Initiative to Fight Cybercrime.” Trend, December 18, 2014. ${URL}.`);
    expect(text(anon, 'chicago-note')).toMatch(/^1\. “ITU Advocates/);
    expect(text(anon, 'chicago-author-date')).toMatch(/^“ITU Advocates for Global Initiative to Fight Cybercrime\.” 2014\. Trend/);
  });

  it('other styles drop the author part', () => {
    expect(text(anon, 'harvard')).toMatch(/^‘ITU advocates for global initiative to fight cybercrime’ \(2014\) Trend, 18 December\./);
    expect(text(anon, 'ieee')).toMatch(/^\[1\] “ITU advocates/);
    expect(text(anon, 'wikipedia')).toMatch(/^\{\{cite news \|date=18 December 2014 \|title=/);
    expect(text(anon, 'bibtex')).toMatch(/^@article\{itu_2014,\n/);
    expect(text(anon, 'bibtex')).not.toContain('author');
    expect(text(anon, 'ris')).not.toContain('AU  -');
    expect(JSON.parse(text(anon, 'csl-json'))).not.toHaveProperty('author');
  });
});

describe('no date', () => {
  const undated = { published: null };

  it('APA (n.d.), MLA omits it, Harvard (no date)', () => {
    expect(text(undated, 'apa')).toBe(`Veliyev, H. (n.d.). ${TITLE}. Trend. ${URL}`);
    expect(text(undated, 'mla')).toBe(`Veliyev, Huseyn. “ITU Advocates for Global Initiative to Fight Cybercrime.” Trend, ${URL}.`);
    expect(text(undated, 'harvard')).toBe(
      `Veliyev, H. (no date) ‘${TITLE}’, Trend. Available at: ${URL} (Accessed: 28 November 2026).`,
    );
  });

  it('Chicago uses the access date', () => {
    expect(text(undated, 'chicago')).toBe(
      `Veliyev, Huseyn. “ITU Advocates for Global Initiative to Fight Cybercrime.” Trend. Accessed November 28, 2026. ${URL}.`,
    );
    expect(text(undated, 'chicago-note')).toBe(
      `1. Huseyn Veliyev, “ITU Advocates for Global Initiative to Fight Cybercrime,” Trend, accessed November 28, 2026, ${URL}.`,
    );
    expect(text(undated, 'chicago-author-date')).toBe(
      `Veliyev, Huseyn. n.d. “ITU Advocates for Global Initiative to Fight Cybercrime.” Trend. Accessed November 28, 2026. ${URL}.`,
    );
  });

  it('IEEE, Wikipedia and machine formats omit it', () => {
    expect(text(undated, 'ieee')).toBe(
      `[1] H. Veliyev, “${TITLE},” Trend. Accessed: Nov. 28, 2026. [Online]. Available: ${URL}`,
    );
    expect(text(undated, 'wikipedia')).not.toContain('|date=');
    expect(text(undated, 'wikipedia')).toContain('|access-date=28 November 2026');
    expect(text(undated, 'bibtex')).toMatch(/^@article\{veliyev_itu,\n/);
    expect(text(undated, 'bibtex')).not.toMatch(/month|year/);
    expect(text(undated, 'biblatex')).not.toContain('  date =');
    expect(text(undated, 'ris')).not.toMatch(/DA {2}-|PY {2}-/);
  });
});

describe('non-ASCII names', () => {
  const polish = { authors: ['Łukasz Wiśniewski'] };

  it('keeps the letters and their initials', () => {
    expect(text(polish, 'apa')).toMatch(/^Wiśniewski, Ł\. \(2014/);
    expect(text(polish, 'ieee')).toMatch(/^\[1\] Ł\. Wiśniewski, /);
    expect(text(polish, 'mla')).toMatch(/^Wiśniewski, Łukasz\. /);
    expect(text(polish, 'wikipedia')).toContain('|last=Wiśniewski |first=Łukasz |');
    expect(text(polish, 'ris')).toContain('AU  - Wiśniewski, Łukasz\n');
  });

  it('folds the BibTeX key to ASCII', () => {
    expect(text(polish, 'bibtex')).toMatch(/^@article\{wisniewski_itu_2014,\n/);
    expect(text(polish, 'bibtex')).toContain('author = {Wiśniewski, Łukasz},');
  });

  it('keeps a double family name given as such', () => {
    const spanish: CslItem = { ...item(), author: [{ family: 'Martínez García', given: 'José' }, { family: 'Wiśniewski', given: 'Łukasz' }] };
    expect(formatCitation(spanish, 'apa').text).toMatch(/^Martínez García, J\., & Wiśniewski, Ł\. \(2014/);
    expect(formatCitation(spanish, 'mla').text).toMatch(/^Martínez García, José, and Łukasz Wiśniewski\. /);
    expect(formatCitation(spanish, 'chicago-note').text).toMatch(/^1\. José Martínez García and Łukasz Wiśniewski, /);
    expect(formatCitation(spanish, 'bibtex').text).toMatch(/^@article\{martinezgarcia_itu_2014,/);
  });

  it('hyphenated and initialled given names', () => {
    const named: CslItem = { ...item(), author: [{ family: 'Sartre', given: 'Jean-Paul' }, { family: 'Tolkien', given: 'J.R.R.' }] };
    expect(formatCitation(named, 'apa').text).toMatch(/^Sartre, J\.-P\., & Tolkien, J\. R\. R\. \(2014/);
  });
});

describe('titles', () => {
  const titled = (title: string, style: CitationStyle): string => text({ title }, style);

  it('title case for MLA and Chicago: small words, acronyms, after a colon', () => {
    expect(titled('the war on drugs: a view from the ground in Mexico', 'mla')).toContain(
      '“The War on Drugs: A View from the Ground in Mexico.”',
    );
    expect(titled('iPhone sales in the US go up', 'chicago')).toContain('“iPhone Sales in the US Go Up.”');
    expect(titled('what is it for', 'chicago-note')).toContain('“What Is It For,”');
    expect(titled('state-of-the-art tools', 'mla')).toContain('“State-of-the-Art Tools.”');
  });

  it('sentence case as given for APA, Harvard and IEEE', () => {
    const t = 'the war on drugs: a view from the ground';
    expect(titled(t, 'apa')).toContain(` ${t}. Trend.`);
    expect(titled(t, 'harvard')).toContain(`‘${t}’`);
    expect(titled(t, 'ieee')).toContain(`“${t},”`);
  });

  it('no doubled punctuation after a question mark', () => {
    const q = 'Who pays for cybercrime?';
    expect(titled(q, 'apa')).toContain(' Who pays for cybercrime? Trend.');
    expect(titled(q, 'mla')).toContain('“Who Pays for Cybercrime?” Trend,');
    expect(titled(q, 'ieee')).toContain('“Who pays for cybercrime?” Trend,');
  });

  it('html escapes < and & in every field; text keeps them', () => {
    const t = 'Q&A: <script>alert(1)</script> & ITU';
    const apa = formatCitation(item({ title: t, siteName: 'A&B <News>' }), 'apa');
    expect(apa.text).toContain('Q&A: <script>alert(1)</script> & ITU. A&B <News>.');
    expect(apa.html).toContain('Q&amp;A: &lt;script&gt;alert(1)&lt;/script&gt; &amp; ITU. <i>A&amp;B &lt;News&gt;</i>.');
    expect(apa.html).not.toContain('<script>');
    for (const s of CITATION_STYLES) {
      const html = formatCitation(item({ title: t }), s.id).html;
      expect(html, s.id).not.toMatch(/<(?!\/?(?:i|pre)>)/);
    }
  });

  it('escapes TeX specials and protects capitals in BibTeX titles', () => {
    const bib = titled('R&D spending: 50% more for NATO and Azerbaijan_x', 'bibtex');
    expect(bib).toContain('  title = {R\\&{D} spending: 50\\% more for {NATO} and {Azerbaijan}\\_x},');
    expect(bib).toMatch(/^@article\{veliyev_rd_2014,/);
    expect(titled('The ITU and the world', 'bibtex')).toMatch(/^@article\{veliyev_itu_2014,\n {2}title = \{The \{ITU\} and the world\},/);
  });

  it('Wikipedia escapes pipes and brackets in the title', () => {
    expect(titled('Cyber | crime [analysis]', 'wikipedia')).toContain('|title=Cyber {{!}} crime &#91;analysis&#93; |');
  });
});

describe('other languages', () => {
  it('Wikipedia names a non-English language; RIS and CSL-JSON always carry it', () => {
    expect(text({ lang: 'az' }, 'wikipedia')).toContain('|language=az}}');
    expect(text({}, 'wikipedia')).not.toContain('language');
    expect(text({ lang: 'az' }, 'ris')).toContain('LA  - az\n');
  });
});
