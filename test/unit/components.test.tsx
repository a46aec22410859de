import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitationControls } from '../../components/CitationControls';
import { HighlightToggles } from '../../components/HighlightToggles';
import { PopupView } from '../../components/PopupView';
import type { PopupViewProps } from '../../components/PopupView';
import { popupStateFromResponse } from '../../components/popup-state';
import type { PopupState } from '../../components/popup-state';
import { SummaryCard } from '../../components/SummaryCard';
import {
  countQuotes,
  formatCalendarDate,
  listOfficials,
  listQuotedSpeakers,
  quotePreview,
} from '../../components/summary';
import { CITATION_STYLES } from '../../lib/cite';
import type { Analysis, Person, Quote, Speaker } from '../../lib/types';
import { seedArticle } from './helpers/seed-article';

afterEach(cleanup);

const KAYIKOV_TITLE = 'head of the zonal office of the CIS International Telecommunication Union (ITU)';
const ABBASOV_TITLE = 'Minister of Communications and High Technologies';

function speaker(name: string, personId: string, title: string): Speaker {
  return { name, title, anonymous: false, personId, start: 0, end: name.length, resolution: 'named' };
}

function quote(id: string, kind: Quote['kind'], text: string, who: Speaker | null): Quote {
  return { id, kind, text, start: 0, end: text.length, cue: 'said', speaker: who };
}

function person(id: string, name: string, titles: string[], quoteCount: number, official = true): Person {
  return { id, name, titles, official, quoteCount, mentions: [] };
}

/** The seed story (shared/seeds/trend-itu-cybercrime.txt), built by hand. */
function seedAnalysis(overrides: { published?: string; quotes?: Quote[] } = {}): Analysis {
  const kayikov = speaker('Orozobek Kayikov', 'p1', KAYIKOV_TITLE);
  const abbasov = speaker('Ali Abbasov', 'p3', ABBASOV_TITLE);
  const quotes = overrides.quotes ?? [
    quote('q1', 'indirect', 'The International Telecommunication Union (ITU) advocates for a global initiative to fight cybercrime', kayikov),
    quote('q2', 'indirect', 'This is one of the key questions, and it remains relevant', kayikov),
    quote('q3', 'indirect', 'It marked the decisions of the ITU bodies', kayikov),
    quote('q4', 'direct', 'The resolution addresses the issues of security of citizens, regions, countries and the whole world', kayikov),
    quote('q5', 'indirect', "the document on cybersecurity of the European Union doesn't have wide coverage", abbasov),
  ];
  return {
    schema: 1,
    article: seedArticle({
      publisher: 'Trend News Agency',
      published: overrides.published ?? '2014-12-18T18:24:00+04:00',
      dateline: 'Baku, Azerbaijan',
      section: 'Business',
      keywords: ['ITU', 'Cybercrime', 'Azerbaijan', 'Cybersecurity'],
      text: '…',
      wordCount: 380,
    }),
    quotes,
    people: [
      person('p1', 'Orozobek Kayikov', [KAYIKOV_TITLE], 4),
      person('p2', 'Hamadoun Toure', ['ITU Secretary General'], 0),
      person('p3', 'Ali Abbasov', [ABBASOV_TITLE], 1),
    ],
    organizations: [{ name: 'International Telecommunication Union', aliases: ['ITU'] }],
    places: [{ name: 'Azerbaijan' }, { name: 'Baku' }],
    tags: ['ITU', 'Cybercrime', 'Azerbaijan', 'Cybersecurity'],
    citation: {
      csl: {
        type: 'article-newspaper',
        title: 'ITU advocates for global initiative to fight cybercrime',
        author: [{ family: 'Veliyev', given: 'Huseyn' }],
        'container-title': 'Trend',
        issued: { 'date-parts': [[2014, 12, 18]] },
        URL: 'https://en.trend.az/business/it/2345678.html',
      },
      apa: 'Veliyev, H. (2014, December 18). ITU advocates for global initiative to fight cybercrime. Trend. https://en.trend.az/business/it/2345678.html',
    },
  };
}

function renderCard(analysis = seedAnalysis(), props: Partial<Parameters<typeof SummaryCard>[0]> = {}) {
  const callbacks = {
    onCitationStyleChange: vi.fn(),
    onCopyCitation: vi.fn(async () => {}),
    onQuoteSelect: vi.fn(),
  };
  render(<SummaryCard analysis={analysis} citationStyle="apa" {...callbacks} {...props} />);
  return callbacks;
}

function renderPopup(state: PopupState, props: Partial<PopupViewProps> = {}) {
  render(
    <PopupView
      state={state}
      citationStyle="apa"
      toggles={{ host: 'en.trend.az', siteEnabled: true, globalEnabled: true, onSiteToggle: vi.fn(), onGlobalToggle: vi.fn() }}
      onCitationStyleChange={vi.fn()}
      onCopyCitation={vi.fn()}
      onQuoteSelect={vi.fn()}
      {...props}
    />,
  );
}

describe('formatCalendarDate', () => {
  it.each([
    ['2014-12-18T18:24:00+04:00', '18 December 2014'],
    // Half past midnight in Baku is still 17 December in UTC: the page's day wins.
    ['2014-12-18T00:30:00+04:00', '18 December 2014'],
    ['2014-12-18T23:30:00-08:00', '18 December 2014'],
    ['2014-12-18', '18 December 2014'],
    ['2021-03-01', '1 March 2021'],
    ['2014-12', 'December 2014'],
    ['2014', '2014'],
  ])('%s → %s', (iso, expected) => {
    expect(formatCalendarDate(iso)).toBe(expected);
  });

  it('gives null when there is no date to show', () => {
    expect(formatCalendarDate(null)).toBeNull();
    expect(formatCalendarDate('')).toBeNull();
    expect(formatCalendarDate('yesterday')).toBeNull();
  });
});

describe('card data', () => {
  it('counts quotes by kind', () => {
    expect(countQuotes(seedAnalysis().quotes)).toEqual({ total: 5, direct: 1, indirect: 4, mixed: 0, unattributed: 0 });
  });

  it('lists speakers most quoted first, with titles', () => {
    expect(listQuotedSpeakers(seedAnalysis())).toEqual([
      { key: 'p1', name: 'Orozobek Kayikov', title: KAYIKOV_TITLE, quoteCount: 4, anonymous: false, words: 47, share: 47 / 59 },
      { key: 'p3', name: 'Ali Abbasov', title: ABBASOV_TITLE, quoteCount: 1, anonymous: false, words: 12, share: 12 / 59 },
    ]);
  });

  it('groups anonymous sources last and leaves unattributed quotes out', () => {
    const anonymous: Speaker = { name: null, title: null, anonymous: true, personId: null, start: 0, end: 0, resolution: 'anonymous' };
    const analysis = seedAnalysis();
    analysis.quotes.push(
      quote('q6', 'direct', 'We were not told', anonymous),
      quote('q7', 'indirect', 'talks had stalled', { ...anonymous, title: 'a diplomat' }),
      quote('q8', 'direct', 'No one knows', null),
    );
    const speakers = listQuotedSpeakers(analysis);
    expect(speakers.map((s) => [s.name, s.quoteCount])).toEqual([
      ['Orozobek Kayikov', 4],
      ['Ali Abbasov', 1],
      ['Anonymous sources', 2],
    ]);
    expect(countQuotes(analysis.quotes).unattributed).toBe(1);
  });

  it('lists officials with their titles', () => {
    expect(listOfficials(seedAnalysis()).map((o) => [o.name, o.titles])).toEqual([
      ['Orozobek Kayikov', [KAYIKOV_TITLE]],
      ['Hamadoun Toure', ['ITU Secretary General']],
      ['Ali Abbasov', [ABBASOV_TITLE]],
    ]);
  });

  it('previews a quote by its first words', () => {
    expect(quotePreview('one two three', 8)).toBe('one two three');
    expect(quotePreview('The resolution addresses the issues of security of citizens', 4)).toBe('The resolution addresses the…');
  });
});

describe('SummaryCard', () => {
  it('shows the seed story: title, authors, outlet, date, dateline, section', () => {
    renderCard();
    expect(screen.getByTestId('card-title').textContent).toBe('ITU advocates for global initiative to fight cybercrime');
    expect(screen.getByTestId('card-authors').textContent).toBe('Huseyn Veliyev');
    expect(screen.getByTestId('card-outlet').textContent).toBe('Trend');
    expect(screen.getByTestId('card-date').textContent).toBe('18 December 2014');
    expect(screen.getByTestId('card-dateline').textContent).toBe('Baku, Azerbaijan');
    expect(screen.getByTestId('card-section').textContent).toBe('Business');
    expect(screen.getByTestId('card-quote-counts').textContent).toBe('5 quotes: 1 direct, 4 reported');
    expect(screen.queryByTestId('state-no-quotes')).toBeNull();
  });

  it("shows the page's own day for a time just after midnight", () => {
    renderCard(seedAnalysis({ published: '2014-12-18T00:30:00+04:00' }));
    expect(screen.getByTestId('card-date').textContent).toBe('18 December 2014');
    expect(screen.getByTestId('card-date').querySelector('time')?.getAttribute('datetime')).toBe('2014-12-18T00:30:00+04:00');
  });

  it('lists who is quoted, with titles and quote counts', () => {
    renderCard();
    const rows = screen.getAllByTestId('speaker-row');
    expect(rows).toHaveLength(2);
    const [kayikov, abbasov] = rows.map((row) => within(row));
    expect(kayikov!.getByTestId('speaker-name').textContent).toBe('Orozobek Kayikov');
    expect(kayikov!.getByTestId('speaker-title').textContent).toBe(KAYIKOV_TITLE);
    expect(kayikov!.getByTestId('speaker-count').textContent).toBe('4 quotes');
    expect(abbasov!.getByTestId('speaker-name').textContent).toBe('Ali Abbasov');
    expect(abbasov!.getByTestId('speaker-title').textContent).toBe(ABBASOV_TITLE);
    expect(abbasov!.getByTestId('speaker-count').textContent).toBe('1 quote');
  });

  it('lists the officials, including those not quoted', () => {
    renderCard();
    const officials = screen.getAllByTestId('official-row').map((row) => row.textContent);
    expect(officials).toContain('Hamadoun ToureITU Secretary General');
    expect(officials).toHaveLength(3);
  });

  it('shows the tags', () => {
    renderCard();
    expect(within(screen.getByTestId('card-tags')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'ITU',
      'Cybercrime',
      'Azerbaijan',
      'Cybersecurity',
    ]);
  });

  it('says so when the article has no attributed quotes, and keeps the metadata', () => {
    renderCard(seedAnalysis({ quotes: [] }));
    expect(screen.getByTestId('state-no-quotes').textContent).toBe('No attributed quotes found');
    expect(screen.getByTestId('card-title').textContent).toBe('ITU advocates for global initiative to fight cybercrime');
    expect(screen.getByTestId('card-date').textContent).toBe('18 December 2014');
    expect(screen.queryAllByTestId('speaker-row')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Copy citation' })).toBeTruthy();
  });

  it('falls back to organisation bylines when no person signed', () => {
    const analysis = seedAnalysis();
    analysis.article.authors = [];
    analysis.article.organizationAuthors = ['Trend News Agency Staff'];
    renderCard(analysis);
    expect(screen.getByTestId('card-authors').textContent).toBe('Trend News Agency Staff');
  });

  it('leaves out metadata rows it does not have', () => {
    const analysis = seedAnalysis();
    Object.assign(analysis.article, { authors: [], published: null, dateline: null, section: null, siteName: null });
    renderCard(analysis);
    for (const id of ['card-authors', 'card-date', 'card-dateline', 'card-section', 'card-outlet']) {
      expect(screen.queryByTestId(id)).toBeNull();
    }
  });

  it('lists every quote as a button that reports its id', () => {
    const { onQuoteSelect } = renderCard();
    const buttons = screen.getAllByTestId('quote-button');
    expect(buttons).toHaveLength(5);
    expect(buttons[3]!.textContent).toBe('Orozobek Kayikov (direct)“The resolution addresses the issues of security of…”');
    expect(buttons[3]!.tagName).toBe('BUTTON');
    fireEvent.click(buttons[3]!);
    expect(onQuoteSelect).toHaveBeenCalledWith('q4');
  });

  it('never renders page text as HTML', () => {
    const analysis = seedAnalysis();
    analysis.article.title = '<img src=x onerror=alert(1)>';
    renderCard(analysis);
    expect(screen.getByTestId('card-title').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('CitationControls', () => {
  it('offers every citation style and reports the choice', () => {
    const onStyleChange = vi.fn();
    render(<CitationControls style="apa" onStyleChange={onStyleChange} onCopy={vi.fn()} />);
    const picker = screen.getByTestId('style-picker') as HTMLSelectElement;
    expect(picker.tagName).toBe('SELECT');
    expect([...picker.options].map((o) => o.value)).toEqual(CITATION_STYLES.map((s) => s.id));
    expect(picker.value).toBe('apa');
    expect(screen.getByLabelText('Citation style')).toBe(picker);
    fireEvent.change(picker, { target: { value: 'mla' } });
    expect(onStyleChange).toHaveBeenCalledWith('mla');
  });

  it('copies in the chosen style and confirms it', async () => {
    const onCopy = vi.fn(async () => {});
    render(<CitationControls style="chicago" onStyleChange={vi.fn()} onCopy={onCopy} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(onCopy).toHaveBeenCalledWith('chicago');
    await waitFor(() => expect(status.textContent).toBe('Copied'));
  });

  it('says when copying failed', async () => {
    render(<CitationControls style="apa" onStyleChange={vi.fn()} onCopy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByTestId('copy-citation'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Couldn't copy"));
  });

  it('clears the confirmation after a while', async () => {
    vi.useFakeTimers();
    try {
      render(<CitationControls style="apa" onStyleChange={vi.fn()} onCopy={vi.fn()} />);
      fireEvent.click(screen.getByTestId('copy-citation'));
      await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
      await vi.advanceTimersByTimeAsync(3000);
      expect(screen.getByRole('status').textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('HighlightToggles', () => {
  it('reports each switch with its labels', () => {
    const onSiteToggle = vi.fn();
    const onGlobalToggle = vi.fn();
    render(
      <HighlightToggles host="en.trend.az" siteEnabled globalEnabled={false} onSiteToggle={onSiteToggle} onGlobalToggle={onGlobalToggle} />,
    );
    const site = screen.getByRole('switch', { name: /Highlights on this site/ }) as HTMLInputElement;
    const global = screen.getByRole('switch', { name: 'Highlights everywhere' }) as HTMLInputElement;
    expect(site).toBe(screen.getByTestId('toggle-site'));
    expect(global).toBe(screen.getByTestId('toggle-global'));
    expect(site.checked).toBe(true);
    expect(global.checked).toBe(false);
    expect(site.closest('label')?.textContent).toContain('en.trend.az');

    fireEvent.click(site);
    expect(onSiteToggle).toHaveBeenCalledWith(false);
    fireEvent.click(global);
    expect(onGlobalToggle).toHaveBeenCalledWith(true);
  });

  it('offers no site switch without a host', () => {
    render(<HighlightToggles host={null} siteEnabled globalEnabled onSiteToggle={vi.fn()} onGlobalToggle={vi.fn()} />);
    expect(screen.queryByTestId('toggle-site')).toBeNull();
    expect(screen.getByTestId('toggle-global')).toBeTruthy();
  });
});

describe('PopupView states', () => {
  it('loading', () => {
    renderPopup({ kind: 'loading' });
    expect(screen.getByTestId('state-loading')).toBeTruthy();
    expect(screen.queryByTestId('toggle-global')).toBeNull();
  });

  it('not an article', () => {
    renderPopup({ kind: 'not-article', analysis: null });
    expect(screen.getByTestId('state-not-article').textContent).toContain("This page doesn't look like a news article");
    expect(screen.queryByTestId('summary-card')).toBeNull();
    expect(screen.getByTestId('toggle-site')).toBeTruthy();
  });

  it("can't read the page", () => {
    renderPopup({ kind: 'cannot-read' });
    expect(screen.getByTestId('state-cannot-read').textContent).toContain("Sourcelight can't read this page");
    expect(screen.queryByTestId('toggle-site')).toBeNull();
    expect(screen.queryByTestId('toggle-global')).toBeNull();
  });

  it('error, with a retry', () => {
    const onRetry = vi.fn();
    renderPopup({ kind: 'error', message: 'Analysis timed out' }, { onRetry });
    const state = screen.getByTestId('state-error');
    expect(state.getAttribute('role')).toBe('alert');
    expect(state.textContent).toContain('Analysis timed out');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('article with quotes', () => {
    renderPopup({ kind: 'article', analysis: seedAnalysis(), highlighted: true });
    expect(screen.getByTestId('card-title')).toBeTruthy();
    expect(screen.getAllByTestId('speaker-row')).toHaveLength(2);
    expect(screen.getByTestId('toggle-site')).toBeTruthy();
    expect(screen.getByTestId('toggle-global')).toBeTruthy();
  });

  it('article without quotes', () => {
    renderPopup({ kind: 'article', analysis: seedAnalysis({ quotes: [] }), highlighted: false });
    expect(screen.getByTestId('state-no-quotes')).toBeTruthy();
    expect(screen.getByTestId('card-authors').textContent).toBe('Huseyn Veliyev');
  });

  it('hides the switches until settings are known', () => {
    renderPopup({ kind: 'article', analysis: seedAnalysis(), highlighted: true }, { toggles: null });
    expect(screen.queryByTestId('toggle-global')).toBeNull();
  });
});

describe('popupStateFromResponse', () => {
  it('maps each answer of the content script', () => {
    const analysis = seedAnalysis();
    expect(popupStateFromResponse({ status: 'ok', analysis, highlighted: true })).toEqual({ kind: 'article', analysis, highlighted: true });
    expect(popupStateFromResponse({ status: 'not-article', analysis: null })).toEqual({ kind: 'not-article', analysis: null });
    expect(popupStateFromResponse({ status: 'error', message: 'boom' })).toEqual({ kind: 'error', message: 'boom' });
  });

  it("treats no answer as a page it can't read", () => {
    expect(popupStateFromResponse(undefined)).toEqual({ kind: 'cannot-read' });
    expect(popupStateFromResponse({ hello: 1 })).toEqual({ kind: 'cannot-read' });
  });

  it('refuses an analysis in an unknown shape instead of crashing the card', () => {
    expect(popupStateFromResponse({ status: 'ok', analysis: { schema: 2 } }).kind).toBe('error');
  });
});
