import { describe, expect, it } from 'vitest';
import { cslFromArticle, formatQuoteCitation, textFragmentUrl } from '../../lib/cite';
import type { Article, Quote, Speaker } from '../../lib/types';

const URL = 'https://en.trend.az/business/it/2345678.html';

// Article text of the seed page (../shared/seeds/trend-itu-cybercrime.txt), paragraphs joined by "\n\n".
const PAGE = [
  'ITU advocates for global initiative to fight cybercrime',
  'The International Telecommunication Union (ITU) advocates for a global initiative to fight cybercrime, the head of the zonal office of the CIS International Telecommunication Union (ITU) Orozobek Kayikov told Trend Dec.17.',
  'This is one of the key questions, and it remains relevant, because it affects the interests of both the ordinary citizens and the regions and countries of the world, according to Kayikov.',
  'This was one of the discussed topics within the ITU conference, which took place October 20 - November 7 in Busan (Republic of Korea). The conference participants considered the Resolution No 130 "Strengthening the role of ITU in building confidence and security while using ICT." It marked the decisions of the ITU bodies, as well as initiatives such as the Global Cybersecurity Program, which says that ITU should continue to pay great attention to this work in accordance with its competence and expertise, he said.',
  '"The resolution addresses the issues of security of citizens, regions, countries and the whole world," said Kayikov. "It is no secret that the problem cannot be solved by the forces of one country, as well as individual regions. Therefore, a global initiative is needed. Despite some nuances in this issue, all countries today advocate for the continuation of the work in terms of joint action against cybercrime."',
].join('\n\n');

const RESOLUTION = 'The resolution addresses the issues of security of citizens, regions, countries and the whole world,';
const GUIDE_LINK = `${URL}#:~:text=The%20resolution%20addresses%20the%20issues%20of%20security%20of%20citizens%2C%20regions%2C%20countries%20and%20the%20whole%20world`;
const TITLE = 'head of the zonal office of the CIS International Telecommunication Union';

const article: Article = {
  isArticle: true,
  title: 'ITU advocates for global initiative to fight cybercrime',
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
  keywords: [],
  text: PAGE,
  wordCount: 380,
};
const item = cslFromArticle(article, new Date('2026-11-28T10:00:00Z'));

const kayikov: Speaker = {
  name: 'Orozobek Kayikov',
  title: TITLE,
  anonymous: false,
  personId: 'p1',
  start: 0,
  end: 0,
  resolution: 'named',
};

function quote(text: string, speaker: Speaker | null = kayikov): Quote {
  const start = PAGE.indexOf(text);
  return { id: 'q1', kind: 'direct', text, start, end: start + text.length, cue: 'said', speaker };
}

describe('textFragmentUrl', () => {
  it('the guide’s seed example, exactly', () => {
    expect(textFragmentUrl(URL, RESOLUTION)).toBe(GUIDE_LINK);
    expect(textFragmentUrl(URL, RESOLUTION, PAGE)).toBe(GUIDE_LINK); // unique and long: no context
  });

  it('replaces an existing fragment', () => {
    expect(textFragmentUrl(`${URL}#comments`, RESOLUTION)).toBe(GUIDE_LINK);
    expect(textFragmentUrl(`${URL}#:~:text=old`, RESOLUTION)).toBe(GUIDE_LINK);
  });

  it('drops quotation marks and trailing punctuation, keeps the case', () => {
    expect(textFragmentUrl(URL, '“It is no secret.”')).toBe(`${URL}#:~:text=It%20is%20no%20secret`);
    expect(textFragmentUrl(URL, '"Therefore, a global initiative is needed?!"')).toBe(
      `${URL}#:~:text=Therefore%2C%20a%20global%20initiative%20is%20needed`,
    );
  });

  it('encodes hyphens, commas and ampersands', () => {
    expect(textFragmentUrl(URL, 'state-of-the-art R&D, at last')).toBe(
      `${URL}#:~:text=state%2Dof%2Dthe%2Dart%20R%26D%2C%20at%20last`,
    );
  });

  it('a passage over 300 characters becomes start,end of 3–10 words', () => {
    const long = PAGE.split('\n\n')[3]!;
    expect(long.length).toBeGreaterThan(300);
    // Without the page: five words each.
    expect(textFragmentUrl(URL, long)).toBe(
      `${URL}#:~:text=This%20was%20one%20of%20the,competence%20and%20expertise%2C%20he%20said`,
    );
    // With the page: the shortest unique terms (from three words).
    expect(textFragmentUrl(URL, long, PAGE)).toBe(`${URL}#:~:text=This%20was%20one,expertise%2C%20he%20said`);
  });

  it('a quote across paragraphs or with an ellipsis becomes start,end', () => {
    expect(textFragmentUrl(URL, 'It is no secret that the problem … joint action against cybercrime.')).toBe(
      `${URL}#:~:text=It%20is%20no%20secret%20that,joint%20action%20against%20cybercrime`,
    );
    expect(textFragmentUrl(URL, 'We will act together now.\n\nAnd we will win this fight.')).toBe(
      `${URL}#:~:text=We%20will%20act%20together%20now,we%20will%20win%20this%20fight`,
    );
  });

  it('a short or repeated passage gets a prefix and suffix from the page', () => {
    // "global initiative" occurs three times; `at` picks the occurrence in the last paragraph.
    const at = PAGE.indexOf('a global initiative is needed') + 2;
    expect(textFragmentUrl(URL, 'global initiative', PAGE, at)).toBe(
      `${URL}#:~:text=regions.%20Therefore%2C%20a-,global%20initiative,-is%20needed.%20Despite`,
    );
    // Without `at`, the first occurrence (the headline).
    expect(textFragmentUrl(URL, 'global initiative', PAGE)).toBe(
      `${URL}#:~:text=ITU%20advocates%20for-,global%20initiative,-to%20fight%20cybercrime`,
    );
    // Short and unique: context still added; a quotation mark next to the text stays in the prefix.
    expect(textFragmentUrl(URL, 'It is no secret', PAGE)).toBe(
      `${URL}#:~:text=said%20Kayikov.%20%22-,It%20is%20no%20secret,-that%20the%20problem`,
    );
  });

  it('no prefix or suffix without the page text, or when the passage is not on it', () => {
    expect(textFragmentUrl(URL, 'global initiative')).toBe(`${URL}#:~:text=global%20initiative`);
    expect(textFragmentUrl(URL, 'never said', PAGE)).toBe(`${URL}#:~:text=never%20said`);
  });

  it('an empty quote leaves the bare URL', () => {
    expect(textFragmentUrl(`${URL}#x`, ' “” ')).toBe(URL);
  });
});

describe('formatQuoteCitation', () => {
  const seed = quote(RESOLUTION);
  const sentence = `“The resolution addresses the issues of security of citizens, regions, countries and the whole world,” Orozobek Kayikov, ${TITLE}, told Trend`;

  it('APA: quote, speaker, outlet, author-date, deep link', () => {
    const out = formatQuoteCitation(seed, item, 'apa', PAGE);
    expect(out.text).toBe(`${sentence} (Veliyev, 2014). ${GUIDE_LINK}`);
    expect(out.html).toBe(`${sentence.replace('told Trend', 'told <i>Trend</i>')} (Veliyev, 2014). ${GUIDE_LINK}`);
  });

  it('follows each style’s in-text convention', () => {
    expect(formatQuoteCitation(seed, item, 'mla').text).toBe(`${sentence} (Veliyev). ${GUIDE_LINK}`);
    expect(formatQuoteCitation(seed, item, 'chicago-author-date').text).toBe(`${sentence} (Veliyev 2014). ${GUIDE_LINK}`);
    expect(formatQuoteCitation(seed, item, 'harvard').text).toBe(
      `‘The resolution addresses the issues of security of citizens, regions, countries and the whole world’, Orozobek Kayikov, ${TITLE}, told Trend (Veliyev, 2014). ${GUIDE_LINK}`,
    );
    expect(formatQuoteCitation(seed, item, 'bibtex').text).toBe(`${sentence} (Veliyev, 2014). ${GUIDE_LINK}`);
  });

  it('note styles attach the note with the deep link', () => {
    const note = formatQuoteCitation(seed, item, 'chicago-note');
    expect(note.text).toBe(
      `${sentence}.¹\n\n1. Huseyn Veliyev, “ITU Advocates for Global Initiative to Fight Cybercrime,” Trend, December 18, 2014, ${GUIDE_LINK}.`,
    );
    expect(note.html).toContain('told <i>Trend</i>.¹<br><br>1. Huseyn Veliyev,');
    expect(formatQuoteCitation(seed, item, 'chicago').text).toBe(note.text);
    expect(formatQuoteCitation(seed, item, 'ieee').text).toBe(
      `${sentence} [1].\n\n[1] H. Veliyev, “ITU advocates for global initiative to fight cybercrime,” Trend, Dec. 18, 2014. Accessed: Nov. 28, 2026. [Online]. Available: ${GUIDE_LINK}`,
    );
    const wiki = formatQuoteCitation(seed, item, 'wikipedia').text;
    expect(wiki).toMatch(/told Trend\.<ref>\{\{cite news \|last=Veliyev /);
    expect(wiki).toContain(`|url=${GUIDE_LINK} |`);
    expect(wiki).toContain('|quote=The resolution addresses the issues of security of citizens, regions, countries and the whole world}}</ref>');
  });

  it('no speaker: no speaker part', () => {
    const q = quote(RESOLUTION, null);
    expect(formatQuoteCitation(q, item, 'apa').text).toBe(
      `“The resolution addresses the issues of security of citizens, regions, countries and the whole world” (Veliyev, 2014). ${GUIDE_LINK}`,
    );
    expect(formatQuoteCitation(q, item, 'chicago-note').text).toMatch(/^“The resolution .* the whole world\.”¹\n\n1\. /);
  });

  it('anonymous speakers: "a source" wording', () => {
    const anon = (title: string | null): Speaker => ({ ...kayikov, name: null, title, anonymous: true, personId: null, resolution: 'anonymous' });
    const said = (title: string | null): string => formatQuoteCitation(quote('It is no secret', anon(title)), item, 'apa').text;
    expect(said(null)).toMatch(/^“It is no secret,” an unnamed source told Trend \(Veliyev, 2014\)\. /);
    expect(said('senior official')).toMatch(/^“It is no secret,” a senior official told Trend /);
    expect(said('source familiar with the talks')).toMatch(/^“It is no secret,” a source familiar with the talks told Trend /);
    expect(said('officials close to the ministry')).toMatch(/^“It is no secret,” officials close to the ministry told Trend /);
    expect(said('the minister')).toMatch(/^“It is no secret,” the minister told Trend /);
  });

  it('a speaker without a title, an outlet-less item, a question', () => {
    const bare = { ...kayikov, title: null };
    expect(formatQuoteCitation(quote('It is no secret', bare), item, 'apa').text).toMatch(/^“It is no secret,” Orozobek Kayikov told Trend \(/);
    const web = cslFromArticle({ ...article, siteName: null }, new Date('2026-11-28T10:00:00Z'));
    expect(formatQuoteCitation(quote('It is no secret', bare), web, 'apa').text).toMatch(/^“It is no secret,” Orozobek Kayikov said \(Veliyev, 2014\)\. /);
    const asked = { ...quote('It is no secret', bare), text: 'Who will pay?' };
    expect(formatQuoteCitation(asked, item, 'apa').text).toMatch(/^“Who will pay\?” Orozobek Kayikov told Trend \(/);
  });

  it('html escapes the quote and speaker', () => {
    const q = { ...quote('It is no secret', { ...kayikov, name: 'A <b> & C' }), text: 'R&D <matters>' };
    const html = formatQuoteCitation(q, item, 'apa').html;
    expect(html).toMatch(/^“R&amp;D &lt;matters&gt;,” A &lt;b&gt; &amp; C, /);
    expect(html).toContain('#:~:text=R%26D%20%3Cmatters%3E');
  });
});
