/** The background (keyboard command, context menus, badge) and the content script's copy handler. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, {
  MENU_COPY_CITATION,
  MENU_COPY_QUOTE,
  TOGGLE_HIGHLIGHTS_COMMAND,
  createContextMenus,
  handleCommand,
  handleMenuClick,
} from '../../entrypoints/background';
import { handleCopyRequest, quoteFromSelection } from '../../entrypoints/content/copy-request';
import { formatCitation } from '../../lib/cite';
import type { Analysis, Speaker } from '../../lib/types';
import { isCopyRequest } from '../../utils/messages';
import { getSettings, setCitationEdit, setCitationStyle, setHighlightsEnabled } from '../../utils/settings';
import { seedArticle } from './helpers/seed-article';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('keyboard command', () => {
  it('toggle-highlights flips the global switch each time', async () => {
    await handleCommand(TOGGLE_HIGHLIGHTS_COMMAND);
    expect((await getSettings()).highlightsEnabled).toBe(false);
    await handleCommand(TOGGLE_HIGHLIGHTS_COMMAND);
    expect((await getSettings()).highlightsEnabled).toBe(true);
  });

  it('ignores other commands', async () => {
    await setHighlightsEnabled(false);
    await handleCommand('_execute_action');
    expect((await getSettings()).highlightsEnabled).toBe(false);
  });

  it('is registered when the background starts, with the context menu listener', async () => {
    const onCommand = vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(() => {});
    const onClicked = vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
    vi.spyOn(browser.contextMenus, 'create').mockReturnValue(1 as never);
    background.main();
    expect(onCommand).toHaveBeenCalledTimes(1);
    expect(onClicked).toHaveBeenCalledTimes(1);
    const listener = onCommand.mock.calls[0]![0] as (command: string) => Promise<void>;
    await listener(TOGGLE_HIGHLIGHTS_COMMAND);
    expect((await getSettings()).highlightsEnabled).toBe(false);
  });
});

describe('context menus', () => {
  it('creates "Copy citation" on pages and "Copy quote with citation" on selections', async () => {
    const removeAll = vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined as never);
    const create = vi.spyOn(browser.contextMenus, 'create').mockReturnValue(1 as never);
    await createContextMenus();
    expect(removeAll).toHaveBeenCalled();
    expect(create.mock.calls.map(([p]) => [p.id, p.title, p.contexts])).toEqual([
      [MENU_COPY_CITATION, 'Copy citation', ['page']],
      [MENU_COPY_QUOTE, 'Copy quote with citation', ['selection']],
    ]);
  });

  it('asks the clicked frame of the tab to copy the citation or the selection', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const tab = { id: 5 } as Browser.tabs.Tab;
    await handleMenuClick({ menuItemId: MENU_COPY_CITATION, frameId: 0 } as Browser.contextMenus.OnClickData, tab);
    await handleMenuClick({ menuItemId: MENU_COPY_QUOTE, frameId: 0, selectionText: 'the whole world' } as Browser.contextMenus.OnClickData, tab);
    expect(send.mock.calls).toEqual([
      [5, { source: 'sourcelight', type: 'copy-request', what: 'citation' }, { frameId: 0 }],
      [5, { source: 'sourcelight', type: 'copy-request', what: 'quote', selectionText: 'the whole world' }, { frameId: 0 }],
    ]);
    expect(send.mock.calls.every(([, message]) => isCopyRequest(message))).toBe(true);
  });

  it('does nothing without a tab or for another menu, and survives a tab without a content script', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await handleMenuClick({ menuItemId: MENU_COPY_CITATION } as Browser.contextMenus.OnClickData, undefined);
    await handleMenuClick({ menuItemId: 'other' } as Browser.contextMenus.OnClickData, { id: 5 } as Browser.tabs.Tab);
    expect(send).not.toHaveBeenCalled();
    await expect(handleMenuClick({ menuItemId: MENU_COPY_CITATION } as Browser.contextMenus.OnClickData, { id: 5 } as Browser.tabs.Tab)).resolves.toBeUndefined();
  });
});

describe('isCopyRequest', () => {
  it.each([
    [{ source: 'sourcelight', type: 'copy-request', what: 'citation' }, true],
    [{ source: 'sourcelight', type: 'copy-request', what: 'quote', selectionText: 'x' }, true],
    [{ source: 'sourcelight', type: 'copy-request', what: 'everything' }, false],
    [{ source: 'other', type: 'copy-request', what: 'citation' }, false],
    [{ source: 'sourcelight', type: 'copy-request', what: 'quote', selectionText: 5 }, false],
    [null, false],
  ])('%j → %s', (message, expected) => {
    expect(isCopyRequest(message)).toBe(expected);
  });
});

// ---- the content script's side ----

const URL = 'https://en.trend.az/business/it/2345678.html';
const KAYIKOV: Speaker = { name: 'Orozobek Kayikov', title: null, anonymous: false, personId: 'p1', start: 0, end: 7, resolution: 'surname' };
const QUOTE = 'The resolution addresses the issues of security of citizens, regions, countries and the whole world';
const TEXT = `Kayikov said the Union acts.\n\n“${QUOTE},” Kayikov said.\n\nThe meeting   ended at noon.`;

function analysis(): Analysis {
  const start = TEXT.indexOf(QUOTE);
  return {
    schema: 1,
    article: seedArticle({ url: URL, text: TEXT, wordCount: 20 }),
    quotes: [{ id: 'q4', kind: 'direct', text: QUOTE, start, end: start + QUOTE.length, cue: 'said', speaker: KAYIKOV }],
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
        URL,
      },
      apa: '',
    },
  };
}

describe('quoteFromSelection', () => {
  it('takes the speaker of the quote the selection lies in', () => {
    const quote = quoteFromSelection(analysis(), 'security of citizens,\n regions');
    expect(quote).toMatchObject({ id: 'q4', text: 'security of citizens, regions', speaker: KAYIKOV });
    expect(TEXT.slice(quote!.start, quote!.end)).toBe('security of citizens, regions');
  });

  it('drops the quotation marks around a whole selected quote', () => {
    expect(quoteFromSelection(analysis(), `“${QUOTE},”`)!.text).toBe(`${QUOTE},`);
  });

  it('cites a selection outside any quote without a speaker, and matches across collapsed spaces', () => {
    const quote = quoteFromSelection(analysis(), 'The meeting ended at noon');
    expect(quote!.speaker).toBeNull();
    expect(TEXT.slice(quote!.start, quote!.end)).toBe('The meeting   ended at noon');
  });

  it('gives null for an empty selection', () => {
    expect(quoteFromSelection(analysis(), '  “ ” ')).toBeNull();
  });
});

describe('handleCopyRequest', () => {
  it('copies the citation in the stored style, with the reader’s corrections', async () => {
    await setCitationStyle('mla');
    await setCitationEdit(URL, { title: 'A corrected title', authors: ['Veliyev, Huseyn'], site: 'Trend', date: '2014-12-18', url: URL });
    const write = vi.fn(async () => {});
    const answer = await handleCopyRequest({ source: 'sourcelight', type: 'copy-request', what: 'citation' }, analysis(), write);
    const expected = formatCitation({ ...analysis().citation.csl, title: 'A corrected title' }, 'mla');
    expect(answer).toEqual({ ok: true, text: expected.text });
    expect(write).toHaveBeenCalledWith(expected.text, expected.html);
    expect(expected.html).toContain('<i>Trend</i>');
  });

  it('copies the selected quote with its speaker and a text-fragment link', async () => {
    const write = vi.fn(async () => {});
    const answer = await handleCopyRequest(
      { source: 'sourcelight', type: 'copy-request', what: 'quote', selectionText: QUOTE },
      analysis(),
      write,
    );
    expect(answer.ok).toBe(true);
    const text = answer.ok ? answer.text : '';
    expect(text).toMatch(/^“The resolution addresses .* whole world,” Orozobek Kayikov told Trend \(Veliyev, 2014\)\. https:\/\/en\.trend\.az\/business\/it\/2345678\.html#:~:text=The%20resolution/);
  });

  it('refuses on a page that is not an article, or with nothing selected', async () => {
    const write = vi.fn(async () => {});
    const notArticle = analysis();
    notArticle.article.isArticle = false;
    expect((await handleCopyRequest({ source: 'sourcelight', type: 'copy-request', what: 'citation' }, notArticle, write)).ok).toBe(false);
    expect((await handleCopyRequest({ source: 'sourcelight', type: 'copy-request', what: 'citation' }, null, write)).ok).toBe(false);
    expect((await handleCopyRequest({ source: 'sourcelight', type: 'copy-request', what: 'quote', selectionText: ' ' }, analysis(), write)).ok).toBe(false);
    expect(write).not.toHaveBeenCalled();
  });

  it('reports a clipboard failure instead of throwing', async () => {
    const write = vi.fn(async () => Promise.reject(new Error('Document is not focused.')));
    expect(await handleCopyRequest({ source: 'sourcelight', type: 'copy-request', what: 'citation' }, analysis(), write)).toEqual({
      ok: false,
      reason: 'Document is not focused.',
    });
  });
});
