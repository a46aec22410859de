/** The popup adapter (entrypoints/popup) against the fake browser, with tabs messaging stubbed. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/App';
import { copyToClipboard, findTargetTab, requestAnalysis } from '../../entrypoints/popup/tab';
import type { Analysis } from '../../lib/types';
import { getSettings } from '../../utils/settings';
import { seedArticle } from './helpers/seed-article';

const TAB_ID = 7;
const PAGE_URL = 'https://en.trend.az/business/it/2345678.html';

function analysis(): Analysis {
  return {
    schema: 1,
    article: seedArticle({ dateline: 'Baku, Azerbaijan', section: 'Business', url: PAGE_URL, wordCount: 380 }),
    quotes: [
      {
        id: 'q4',
        kind: 'direct',
        text: 'The resolution addresses the issues of security of citizens',
        start: 0,
        end: 10,
        cue: 'said',
        speaker: { name: 'Orozobek Kayikov', title: null, anonymous: false, personId: 'p1', start: 0, end: 7, resolution: 'surname' },
      },
    ],
    people: [{ id: 'p1', name: 'Orozobek Kayikov', titles: [], official: true, quoteCount: 1, mentions: [] }],
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
        URL: PAGE_URL,
      },
      apa: 'Veliyev, H. (2014, December 18). ITU advocates for global initiative to fight cybercrime. Trend. https://en.trend.az/business/it/2345678.html',
    },
  };
}

function stubTab(url = PAGE_URL) {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: TAB_ID, url, active: true } as Browser.tabs.Tab] as never);
  vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: TAB_ID, url } as Browser.tabs.Tab as never);
}

function stubSendMessage(impl: (tabId: number, message: unknown) => Promise<unknown>) {
  return vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(impl as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(cleanup);

describe('findTargetTab', () => {
  it('uses ?tabId= from the popup URL first', async () => {
    stubTab();
    expect(await findTargetTab('?tabId=42')).toEqual({ id: 42, host: 'en.trend.az' });
    expect(browser.tabs.get).toHaveBeenCalledWith(42);
    expect(browser.tabs.query).not.toHaveBeenCalled();
  });

  it('else the active tab of the current window', async () => {
    stubTab();
    expect(await findTargetTab('')).toEqual({ id: TAB_ID, host: 'en.trend.az' });
    expect(browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('has no host on browser pages', async () => {
    stubTab('chrome://extensions/');
    expect(await findTargetTab('')).toEqual({ id: TAB_ID, host: null });
  });
});

describe('requestAnalysis', () => {
  it('asks the content script once when it answers', async () => {
    const send = stubSendMessage(async () => ({ status: 'not-article', analysis: null }));
    expect(await requestAnalysis(TAB_ID)).toEqual({ status: 'not-article', analysis: null });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(TAB_ID, { source: 'sourcelight', type: 'get-analysis' });
  });

  it('retries once after a rejection', async () => {
    let calls = 0;
    stubSendMessage(async () => {
      calls += 1;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { status: 'ok', analysis: analysis(), highlighted: true };
    });
    expect(await requestAnalysis(TAB_ID)).toMatchObject({ status: 'ok' });
    expect(calls).toBe(2);
  });

  it('gives up after the second rejection', async () => {
    const send = stubSendMessage(async () => {
      throw new Error('Receiving end does not exist.');
    });
    expect(await requestAnalysis(TAB_ID)).toBeUndefined();
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('copyToClipboard', () => {
  it('writes plain text and HTML flavours', async () => {
    const write = vi.fn(async (_items: ClipboardItem[]) => {});
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { write, writeText } });
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(public items: Record<string, Blob>) {}
      },
    );
    try {
      await copyToClipboard('plain', '<i>rich</i>');
      expect(writeText).not.toHaveBeenCalled();
      const item = write.mock.calls[0]![0][0] as unknown as { items: Record<string, Blob> };
      expect(await item.items['text/plain']!.text()).toBe('plain');
      expect(await item.items['text/html']!.text()).toBe('<i>rich</i>');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to plain text when rich copy throws', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { write: vi.fn(async () => Promise.reject(new Error('NotAllowed'))), writeText },
    });
    try {
      await copyToClipboard('plain', '<i>rich</i>');
      expect(writeText).toHaveBeenCalledWith('plain');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('App', () => {
  it('renders the card from the content script and scrolls to a chosen quote', async () => {
    stubTab();
    const send = stubSendMessage(async (_tabId, message) =>
      (message as { type: string }).type === 'get-analysis' ? { status: 'ok', analysis: analysis(), highlighted: true } : undefined,
    );
    render(<App />);
    await screen.findByTestId('card-title');
    expect(screen.getByTestId('card-date').textContent).toBe('18 December 2014');
    fireEvent.click(screen.getByTestId('quote-button'));
    expect(send).toHaveBeenLastCalledWith(TAB_ID, { source: 'sourcelight', type: 'scroll-to-quote', quoteId: 'q4' });
  });

  it("shows the can't-read state when no content script answers", async () => {
    stubTab('chrome://newtab/');
    const send = stubSendMessage(async () => {
      throw new Error('Receiving end does not exist.');
    });
    render(<App />);
    await screen.findByTestId('state-cannot-read');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('writes the switches and the citation style to settings', async () => {
    stubTab();
    stubSendMessage(async () => ({ status: 'ok', analysis: analysis(), highlighted: true }));
    render(<App />);
    const site = (await screen.findByTestId('toggle-site')) as HTMLInputElement;
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['en.trend.az']));
    expect(site.checked).toBe(false);

    fireEvent.click(screen.getByTestId('toggle-global'));
    await waitFor(async () => expect((await getSettings()).highlightsEnabled).toBe(false));

    fireEvent.change(screen.getByTestId('style-picker'), { target: { value: 'mla' } });
    await waitFor(async () => expect((await getSettings()).citationStyle).toBe('mla'));
    expect((screen.getByTestId('style-picker') as HTMLSelectElement).value).toBe('mla');
  });

  it('copies the citation in the chosen style', async () => {
    stubTab();
    stubSendMessage(async () => ({ status: 'ok', analysis: analysis(), highlighted: true }));
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { write: vi.fn(() => Promise.reject(new Error('no'))), writeText } });
    try {
      render(<App />);
      fireEvent.click(await screen.findByRole('button', { name: 'Copy citation' }));
      await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toBe('Copied'));
      expect(writeText).toHaveBeenCalledWith(analysis().citation.apa);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
