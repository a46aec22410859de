/** lib/export: the quotes as Markdown, CSV (RFC 4180) and JSON, with text-fragment links. */
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvField,
  exportFileName,
  exportQuotes,
  exportedQuotes,
  quotesToCsv,
  quotesToJson,
  quotesToMarkdown,
} from '../../lib/export';
import type { Analysis, Quote, Speaker } from '../../lib/types';
import { seedArticle } from './helpers/seed-article';

const URL = 'https://en.trend.az/business/it/2345678.html';
const KAYIKOV: Speaker = {
  name: 'Orozobek Kayikov',
  title: 'head of the zonal office of the CIS International Telecommunication Union (ITU)',
  anonymous: false,
  personId: 'p1',
  start: 0,
  end: 0,
  resolution: 'named',
};
const ANONYMOUS: Speaker = { name: null, title: 'a diplomat', anonymous: true, personId: null, start: 0, end: 0, resolution: 'anonymous' };

/** A page text with each quote placed in it, and the quotes' offsets. */
function analysisWith(parts: { text: string; kind: Quote['kind']; speaker: Speaker | null; before?: string }[], url: string | null = URL): Analysis {
  let text = '';
  const quotes: Quote[] = parts.map((part, i) => {
    text += `${part.before ?? 'He said'} “`;
    const start = text.length;
    text += part.text;
    const end = text.length;
    text += '”.\n\n';
    return { id: `q${i + 1}`, kind: part.kind, text: part.text, start, end, cue: 'said', speaker: part.speaker };
  });
  return {
    schema: 1,
    article: seedArticle({ url, text, wordCount: 100 }),
    quotes,
    people: [],
    organizations: [],
    places: [],
    tags: [],
    citation: {
      csl: {
        type: 'article-newspaper',
        title: 'ITU advocates for global initiative to fight cybercrime',
        author: [{ family: 'Veliyev', given: 'Huseyn' }],
        'container-title': 'Trend',
        issued: { 'date-parts': [[2014, 12, 18]] },
        ...(url ? { URL: url } : {}),
      },
      apa: '',
    },
  };
}

const SEED_QUOTE = 'The resolution addresses the issues of security of citizens, regions, countries and the whole world';
const SEED_LINK = `${URL}#:~:text=The%20resolution%20addresses%20the%20issues%20of%20security%20of%20citizens%2C%20regions%2C%20countries%20and%20the%20whole%20world`;

describe('exportedQuotes', () => {
  it('gives each quote its speaker, title, kind and deep link', () => {
    const rows = exportedQuotes(analysisWith([{ text: SEED_QUOTE, kind: 'direct', speaker: KAYIKOV }]));
    expect(rows).toEqual([
      { number: 1, speaker: 'Orozobek Kayikov', title: KAYIKOV.title, anonymous: false, kind: 'direct', text: SEED_QUOTE, link: SEED_LINK },
    ]);
  });

  it('marks anonymous and unattributed quotes apart', () => {
    const rows = exportedQuotes(
      analysisWith([
        { text: 'talks had stalled for weeks', kind: 'indirect', speaker: ANONYMOUS },
        { text: 'No one knows what happens next', kind: 'direct', speaker: null },
      ]),
    );
    expect(rows.map((r) => [r.speaker, r.title, r.anonymous])).toEqual([
      [null, 'a diplomat', true],
      [null, null, false],
    ]);
  });

  it('builds links on the corrected URL when the reader edited it', () => {
    const analysis = analysisWith([{ text: SEED_QUOTE, kind: 'direct', speaker: KAYIKOV }]);
    const [row] = exportedQuotes(analysis, { ...analysis.citation.csl, URL: 'https://example.com/story' });
    expect(row!.link).toMatch(/^https:\/\/example\.com\/story#:~:text=The%20resolution/);
  });

  it('has no links when the article has no URL', () => {
    expect(exportedQuotes(analysisWith([{ text: SEED_QUOTE, kind: 'direct', speaker: KAYIKOV }], null))[0]!.link).toBeNull();
  });
});

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
    [null, ''],
    [3, '3'],
    [true, 'true'],
  ] as const)('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('has a header, one CRLF-terminated record per quote, and round-trips awkward text', () => {
    const awkward = 'We said "never", and\nmeant it';
    const csv = quotesToCsv(
      analysisWith([
        { text: SEED_QUOTE, kind: 'direct', speaker: KAYIKOV },
        { text: awkward, kind: 'mixed', speaker: ANONYMOUS },
      ]),
    );
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = parseCsv(csv);
    expect(records).toHaveLength(3);
    expect(records[1]).toEqual(['1', 'Orozobek Kayikov', KAYIKOV.title, 'false', 'direct', SEED_QUOTE, SEED_LINK]);
    expect(records[2]!.slice(0, 6)).toEqual(['2', '', 'a diplomat', 'true', 'mixed', awkward]);
  });

  it('is only the header when there are no quotes', () => {
    expect(quotesToCsv(analysisWith([]))).toBe('number,speaker,title,anonymous,kind,quote,link\r\n');
  });
});

describe('Markdown', () => {
  it('heads with the article and lists each quote with its link', () => {
    const markdown = quotesToMarkdown(
      analysisWith([
        { text: SEED_QUOTE, kind: 'direct', speaker: KAYIKOV },
        { text: 'talks had stalled for weeks', kind: 'indirect', speaker: ANONYMOUS },
      ]),
    );
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Quotes in “ITU advocates for global initiative to fight cybercrime”');
    expect(markdown).toContain('Trend, by Huseyn Veliyev, 2014-12-18');
    expect(markdown).toContain(`Source: <${URL}>`);
    expect(markdown).toContain(
      `1. **Orozobek Kayikov**, head of the zonal office of the CIS International Telecommunication Union (ITU) (direct): “${SEED_QUOTE}” ([open at the passage](<${SEED_LINK}>))`,
    );
    // Reported speech is not put in quotation marks.
    expect(markdown).toMatch(/^2\. \*\*Anonymous source\*\*, a diplomat \(indirect\): talks had stalled for weeks \(/m);
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes text that would become markup, and keeps each quote on one line', () => {
    const markdown = quotesToMarkdown(analysisWith([{ text: 'use *stars* and [links](x) <b>\nnow', kind: 'direct', speaker: null }]));
    expect(markdown).toContain('**Unattributed** (direct): “use \\*stars\\* and \\[links\\](x) \\<b\\> now”');
  });

  it('says so when there are no quotes', () => {
    expect(quotesToMarkdown(analysisWith([]))).toContain('No attributed quotes found.');
  });
});

describe('JSON', () => {
  it('is the article and the quotes, parseable', () => {
    const parsed = JSON.parse(quotesToJson(analysisWith([{ text: SEED_QUOTE, kind: 'direct', speaker: KAYIKOV }])));
    expect(parsed.article).toEqual({
      title: 'ITU advocates for global initiative to fight cybercrime',
      authors: ['Huseyn Veliyev'],
      site: 'Trend',
      published: '2014-12-18T18:24:00+04:00',
      url: URL,
    });
    expect(parsed.quotes[0]).toMatchObject({ speaker: 'Orozobek Kayikov', kind: 'direct', link: SEED_LINK });
  });

  it('names an organisation author whole', () => {
    const analysis = analysisWith([]);
    const parsed = JSON.parse(quotesToJson(analysis, { ...analysis.citation.csl, author: [{ literal: 'Reuters' }] }));
    expect(parsed.article.authors).toEqual(['Reuters']);
  });
});

describe('exportQuotes and exportFileName', () => {
  it('dispatches on the format', () => {
    const analysis = analysisWith([{ text: SEED_QUOTE, kind: 'direct', speaker: KAYIKOV }]);
    expect(exportQuotes(analysis, 'csv')).toBe(quotesToCsv(analysis));
    expect(exportQuotes(analysis, 'markdown')).toBe(quotesToMarkdown(analysis));
    expect(exportQuotes(analysis, 'json')).toBe(quotesToJson(analysis));
  });

  it('names the file after the title, in ASCII', () => {
    const analysis = analysisWith([]);
    expect(exportFileName(analysis, 'csv')).toBe('sourcelight-quotes-itu-advocates-for-global-initiative-to.csv');
    analysis.article.title = 'Ça déménage à Zürich!';
    expect(exportFileName(analysis, 'markdown')).toBe('sourcelight-quotes-ca-demenage-a-zurich.md');
    analysis.article.title = null;
    expect(exportFileName(analysis, 'json')).toBe('sourcelight-quotes.json');
  });
});

/** A strict RFC 4180 reader, to check what the writer produced. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && csv[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += c;
  }
  return records;
}
