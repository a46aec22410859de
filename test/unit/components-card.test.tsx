/** The card's sourcing figures, editable citation fields, quote copy and export, in happy-dom. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CitationControls } from '../../components/CitationControls';
import { ExportControls } from '../../components/ExportControls';
import { QuoteList } from '../../components/QuoteList';
import { SummaryCard } from '../../components/SummaryCard';
import {
  authorFromField,
  cslWithFields,
  dateFieldError,
  fieldsFromCsl,
  sameFields,
} from '../../components/citation-fields';
import { cardTags, countWords, formatShare, readingMinutes, summarizeSourcing } from '../../components/summary';
import { App } from '../../entrypoints/popup/App';
import { formatCitation } from '../../lib/cite';
import type { Analysis, CslItem, Quote, Speaker } from '../../lib/types';
import { getCitationEdit, setCitationEdit } from '../../utils/settings';
import type { CitationFields } from '../../utils/settings-schema';
import { seedArticle } from './helpers/seed-article';

const URL = 'https://en.trend.az/business/it/2345678.html';
const CSL: CslItem = {
  type: 'article-newspaper',
  title: 'ITU advocates for global initiative to fight cybercrime',
  author: [{ family: 'Veliyev', given: 'Huseyn' }],
  'container-title': 'Trend',
  issued: { 'date-parts': [[2014, 12, 18]] },
  accessed: { 'date-parts': [[2026, 11, 28]] },
  URL,
};
const PAGE_FIELDS: CitationFields = {
  title: 'ITU advocates for global initiative to fight cybercrime',
  authors: ['Veliyev, Huseyn'],
  site: 'Trend',
  date: '2014-12-18',
  url: URL,
};

const named = (name: string, id: string): Speaker => ({ name, title: null, anonymous: false, personId: id, start: 0, end: 0, resolution: 'named' });
const anonymous: Speaker = { name: null, title: 'a diplomat', anonymous: true, personId: null, start: 0, end: 0, resolution: 'anonymous' };
const quote = (id: string, text: string, speaker: Speaker | null, kind: Quote['kind'] = 'direct'): Quote => ({
  id,
  kind,
  text,
  start: 0,
  end: text.length,
  cue: 'said',
  speaker,
});

function analysis(quotes: Quote[] = [quote('q1', 'The resolution addresses the issues of security of citizens', named('Orozobek Kayikov', 'p1'))]): Analysis {
  return {
    schema: 1,
    article: seedArticle({ url: URL, text: quotes.map((q) => q.text).join('\n\n'), wordCount: 476 }),
    quotes,
    people: [{ id: 'p1', name: 'Orozobek Kayikov', titles: [], official: true, quoteCount: 1, mentions: [] }],
    organizations: [],
    places: [],
    tags: [],
    citation: { csl: CSL, apa: formatCitation(CSL, 'apa').text },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(cleanup);

describe('sourcing figures', () => {
  it.each([
    ['The resolution addresses the issues', 5],
    ["the document doesn't have wide co-operation", 6],
    ['  ', 0],
    ['Ali Abbasov, 2014: “yes”', 4],
    ['Москва и Баку', 3],
  ])('counts the words of %j as %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    [0, '0%'],
    [0.004, '<1%'],
    [0.5, '50%'],
    [47 / 59, '80%'],
    [1, '100%'],
    [Number.NaN, '0%'],
  ])('shows a share of %f as %s', (share, shown) => {
    expect(formatShare(share)).toBe(shown);
  });

  it('weighs named against anonymous sources by quotes and by quoted words', () => {
    const sourcing = summarizeSourcing(
      analysis([
        quote('q1', 'one two three four five six', named('A', 'p1')),
        quote('q2', 'one two', named('A', 'p1')),
        quote('q3', 'one two three four', named('B', 'p2')),
        quote('q4', 'one two three four five six seven eight', anonymous, 'indirect'),
        quote('q5', 'one two', null),
      ]),
    );
    expect(sourcing).toEqual({ named: 3, anonymous: 1, unattributed: 1, anonymousShare: 8 / 22, namedSpeakers: 2 });
  });

  it('has no anonymous share without quotes', () => {
    expect(summarizeSourcing(analysis([])).anonymousShare).toBe(0);
  });

  it.each([
    [0, null],
    [50, 1],
    [476, 2],
    [2380, 10],
  ])('reads %i words in %s minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  it('keeps at most ten tags, dropping repeats that differ only in case', () => {
    const tags = ['ITU', 'itu', 'Cybercrime', ...Array.from({ length: 12 }, (_, i) => `tag${i}`)];
    expect(cardTags(tags)).toEqual(['ITU', 'Cybercrime', 'tag0', 'tag1', 'tag2', 'tag3', 'tag4', 'tag5', 'tag6', 'tag7']);
  });
});

describe('SummaryCard sourcing', () => {
  it('shows reading time, the share of words per speaker and the anonymous share', () => {
    const data = analysis([
      quote('q1', 'one two three', named('Orozobek Kayikov', 'p1')),
      quote('q2', 'one', anonymous, 'indirect'),
    ]);
    render(<SummaryCard analysis={data} citationStyle="apa" onCitationStyleChange={vi.fn()} onCopyCitation={vi.fn()} onQuoteSelect={vi.fn()} />);
    expect(screen.getByTestId('card-reading-time').textContent).toBe('2 min (476 words)');
    expect(screen.getByTestId('card-quote-counts').textContent).toBe('2 quotes: 1 direct, 1 reported');
    expect(screen.getByTestId('card-sourcing').textContent).toBe('1 quote from 1 named source, 1 from anonymous sources (25% of quoted words).');
    expect(screen.getAllByTestId('speaker-share').map((s) => s.textContent)).toEqual(['75% of words', '25% of words']);
  });

  it('shows at most ten tags', () => {
    const data = analysis();
    data.tags = Array.from({ length: 14 }, (_, i) => `tag${i}`);
    render(<SummaryCard analysis={data} citationStyle="apa" onCitationStyleChange={vi.fn()} onCopyCitation={vi.fn()} onQuoteSelect={vi.fn()} />);
    expect(within(screen.getByTestId('card-tags')).getAllByRole('listitem')).toHaveLength(10);
  });

  it('offers the export only when there are quotes and a handler', () => {
    const onExport = vi.fn();
    const { unmount } = render(
      <SummaryCard analysis={analysis([])} citationStyle="apa" onCitationStyleChange={vi.fn()} onCopyCitation={vi.fn()} onQuoteSelect={vi.fn()} onExportQuotes={onExport} />,
    );
    expect(screen.queryByTestId('export-quotes')).toBeNull();
    unmount();
    render(<SummaryCard analysis={analysis()} citationStyle="apa" onCitationStyleChange={vi.fn()} onCopyCitation={vi.fn()} onQuoteSelect={vi.fn()} onExportQuotes={onExport} />);
    expect(screen.getByTestId('export-quotes')).toBeTruthy();
  });
});

describe('citation fields', () => {
  it('shows the CSL item as fields', () => {
    expect(fieldsFromCsl(CSL)).toEqual(PAGE_FIELDS);
    expect(fieldsFromCsl({ type: 'webpage', author: [{ literal: 'Reuters' }], issued: { 'date-parts': [[2014, 3]] } })).toEqual({
      title: '',
      authors: ['Reuters'],
      site: '',
      date: '2014-03',
      url: '',
    });
  });

  it('round-trips the page data unchanged', () => {
    expect(cslWithFields(CSL, fieldsFromCsl(CSL))).toEqual(CSL);
  });

  it.each([
    ['Veliyev, Huseyn', { family: 'Veliyev', given: 'Huseyn' }],
    ['  de Gaulle,   Charles ', { family: 'de Gaulle', given: 'Charles' }],
    ['King, Martin Luther, Jr.', { family: 'King', given: 'Martin Luther, Jr.' }],
    ['Trend News Agency', { literal: 'Trend News Agency' }],
    ['Madonna', { literal: 'Madonna' }],
    ['Łukasiewicz, Ignacy', { family: 'Łukasiewicz', given: 'Ignacy' }],
    ['   ', null],
  ])('reads the author line %j', (line, name) => {
    expect(authorFromField(line)).toEqual(name);
  });

  it('applies the reader’s corrections, an emptied field removing it', () => {
    const item = cslWithFields(CSL, {
      title: ' A  corrected title ',
      authors: ['Veliyev, Huseyn', '', 'Reuters'],
      site: '',
      date: '2014-1-5',
      url: 'https://example.com/a',
    });
    expect(item).toEqual({
      ...CSL,
      title: 'A corrected title',
      author: [{ family: 'Veliyev', given: 'Huseyn' }, { literal: 'Reuters' }],
      issued: { 'date-parts': [[2014, 1, 5]] },
      URL: 'https://example.com/a',
      'container-title': undefined,
    } satisfies CslItem as never);
  });

  it('drops the date when emptied and keeps the page date while the typed one is invalid', () => {
    expect(cslWithFields(CSL, { ...PAGE_FIELDS, date: '' }).issued).toBeUndefined();
    expect(cslWithFields(CSL, { ...PAGE_FIELDS, date: '2014-02-30' }).issued).toEqual(CSL.issued);
    expect(cslWithFields(CSL, { ...PAGE_FIELDS, authors: [] }).author).toBeUndefined();
  });

  it('the edited item formats as every style expects (no author → title first in APA)', () => {
    const item = cslWithFields(CSL, { ...PAGE_FIELDS, authors: [], date: '' });
    expect(formatCitation(item, 'apa').text).toBe(`ITU advocates for global initiative to fight cybercrime. (n.d.). Trend. ${URL}`);
  });

  it.each([
    ['', null],
    ['2014', null],
    ['2014-12', null],
    ['2014-12-18', null],
    ['2016-02-29', null],
    ['2014-02-29', 'No such day in that month'],
    ['2014-13', 'No such month'],
    ['18/12/2014', 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY'],
    ['December 2014', 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY'],
  ])('checks the date %j', (date, error) => {
    expect(dateFieldError(date)).toBe(error);
  });

  it('compares fields', () => {
    expect(sameFields(PAGE_FIELDS, { ...PAGE_FIELDS, authors: [...PAGE_FIELDS.authors] })).toBe(true);
    expect(sameFields(PAGE_FIELDS, { ...PAGE_FIELDS, authors: [...PAGE_FIELDS.authors, ''] })).toBe(false);
    expect(sameFields(PAGE_FIELDS, { ...PAGE_FIELDS, title: 'x' })).toBe(false);
  });
});

describe('CitationControls fields editor', () => {
  it('reports each edited field and offers a reset once edited', () => {
    const onFieldsChange = vi.fn();
    const onFieldsReset = vi.fn();
    const { rerender } = render(
      <CitationControls style="apa" onStyleChange={vi.fn()} onCopy={vi.fn()} fields={PAGE_FIELDS} onFieldsChange={onFieldsChange} onFieldsReset={onFieldsReset} />,
    );
    expect((screen.getByTestId('reset-fields') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'New title' } });
    expect(onFieldsChange).toHaveBeenLastCalledWith({ ...PAGE_FIELDS, title: 'New title' });
    fireEvent.input(screen.getByLabelText('Authors'), { target: { value: 'Veliyev, Huseyn\nDoe, Jane' } });
    expect(onFieldsChange).toHaveBeenLastCalledWith({ ...PAGE_FIELDS, authors: ['Veliyev, Huseyn', 'Doe, Jane'] });
    for (const [label, key] of [['Site or publication', 'site'], ['Date published', 'date'], ['URL', 'url']] as const) {
      fireEvent.input(screen.getByLabelText(label), { target: { value: 'x' } });
      expect(onFieldsChange).toHaveBeenLastCalledWith({ ...PAGE_FIELDS, [key]: 'x' });
    }
    rerender(
      <CitationControls style="apa" onStyleChange={vi.fn()} onCopy={vi.fn()} fields={{ ...PAGE_FIELDS, date: '2014-13-01' }} edited onFieldsChange={onFieldsChange} onFieldsReset={onFieldsReset} />,
    );
    expect(screen.getByText(/edited for this page/)).toBeTruthy();
    const date = screen.getByLabelText('Date published');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(date.getAttribute('aria-describedby')!)!.textContent).toMatch(/^No such month/);
    fireEvent.click(screen.getByTestId('reset-fields'));
    expect(onFieldsReset).toHaveBeenCalled();
  });

  it('has no editor without fields', () => {
    render(<CitationControls style="apa" onStyleChange={vi.fn()} onCopy={vi.fn()} />);
    expect(screen.queryByTestId('citation-fields')).toBeNull();
  });
});

describe('QuoteList copy buttons', () => {
  it('copies a quote with its citation and confirms it', async () => {
    const onQuoteCopy = vi.fn(async () => {});
    render(<QuoteList quotes={analysis().quotes} onQuoteSelect={vi.fn()} onQuoteCopy={onQuoteCopy} />);
    const button = screen.getByRole('button', { name: /^Copy quote with citation: Orozobek Kayikov, “The resolution/ });
    fireEvent.click(button);
    expect(onQuoteCopy).toHaveBeenCalledWith('q1');
    await waitFor(() => expect(screen.getByTestId('copy-quote-status').textContent).toBe('Quote with citation copied'));
  });

  it('says when copying failed', async () => {
    render(<QuoteList quotes={analysis().quotes} onQuoteSelect={vi.fn()} onQuoteCopy={() => Promise.reject(new Error('no'))} />);
    fireEvent.click(screen.getByTestId('copy-quote'));
    await waitFor(() => expect(screen.getByTestId('copy-quote-status').textContent).toBe("Couldn't copy"));
  });

  it('has no copy buttons without a handler', () => {
    render(<QuoteList quotes={analysis().quotes} onQuoteSelect={vi.fn()} />);
    expect(screen.queryByTestId('copy-quote')).toBeNull();
  });
});

describe('ExportControls', () => {
  it('exports in the chosen format', async () => {
    const onExport = vi.fn();
    render(<ExportControls onExport={onExport} />);
    fireEvent.click(screen.getByTestId('export-quotes'));
    expect(onExport).toHaveBeenLastCalledWith('markdown');
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'csv' } });
    fireEvent.click(screen.getByTestId('export-quotes'));
    expect(onExport).toHaveBeenLastCalledWith('csv');
    await waitFor(() => expect(screen.getByTestId('export-status').textContent).toBe('Exported'));
  });
});

describe('App: edits, quote copy, export', () => {
  function stub() {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, url: URL, active: true } as Browser.tabs.Tab] as never);
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => ({ status: 'ok', analysis: analysis(), highlighted: true, host: 'en.trend.az' })) as never);
  }

  function stubClipboard() {
    const writeText = vi.fn(async (_text: string) => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { write: vi.fn(() => Promise.reject(new Error('no'))), writeText } });
    return writeText;
  }

  afterEach(() => vi.unstubAllGlobals());

  it('loads the remembered edit for the URL and copies with it', async () => {
    stub();
    const writeText = stubClipboard();
    await setCitationEdit(URL, { ...PAGE_FIELDS, title: 'Remembered title' });
    render(<App />);
    await waitFor(() => expect((screen.getByTestId('field-title') as HTMLInputElement).value).toBe('Remembered title'));
    fireEvent.click(screen.getByTestId('copy-citation'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]![0]).toContain('Remembered title');
  });

  it('remembers an edit, forgets it on reset and when typed back to the page data', async () => {
    stub();
    render(<App />);
    const title = (await screen.findByTestId('field-title')) as HTMLInputElement;
    fireEvent.input(title, { target: { value: 'Edited' } });
    await waitFor(async () => expect((await getCitationEdit(URL))?.title).toBe('Edited'));
    fireEvent.click(screen.getByTestId('reset-fields'));
    await waitFor(async () => expect(await getCitationEdit(URL)).toBeNull());
    expect(title.value).toBe(PAGE_FIELDS.title);
    fireEvent.input(title, { target: { value: 'Edited again' } });
    await waitFor(async () => expect(await getCitationEdit(URL)).not.toBeNull());
    fireEvent.input(title, { target: { value: PAGE_FIELDS.title } });
    await waitFor(async () => expect(await getCitationEdit(URL)).toBeNull());
  });

  it('copies a quote with its citation in the chosen style', async () => {
    stub();
    const writeText = stubClipboard();
    render(<App />);
    fireEvent.click(await screen.findByTestId('copy-quote'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]![0]).toBe(
      `“The resolution addresses the issues of security of citizens,” Orozobek Kayikov told Trend (Veliyev, 2014). ${URL}#:~:text=The%20resolution%20addresses%20the%20issues%20of%20security%20of%20citizens`,
    );
  });

  it('downloads the export through a Blob URL', async () => {
    stub();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:sourcelight/1');
    vi.stubGlobal('URL', Object.assign(globalThis.URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    render(<App />);
    fireEvent.change(await screen.findByTestId('export-format'), { target: { value: 'csv' } });
    fireEvent.click(screen.getByTestId('export-quotes'));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]!.download).toBe('sourcelight-quotes-itu-advocates-for-global-initiative-to.csv');
    const blob = createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toMatch(/^number,speaker,title,anonymous,kind,quote,link\r\n1,Orozobek Kayikov,,false,direct,/);
  });
});
