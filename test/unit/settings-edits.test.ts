/** Settings added for the card and options page: highlight colours, the command's toggle, citation edits per URL. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearCitationEdit,
  getCitationEdit,
  getSettings,
  resetHighlightColors,
  setCitationEdit,
  setHighlightColors,
  toggleHighlightsEnabled,
} from '../../utils/settings';
import {
  CITATION_EDITS_LIMIT,
  defaultHighlightColors,
  defaultSettings,
  normalizeHexColor,
} from '../../utils/settings-schema';
import type { CitationFields } from '../../utils/settings-schema';

const URL_A = 'https://en.trend.az/business/it/2345678.html';

function fields(title: string): CitationFields {
  return { title, authors: ['Veliyev, Huseyn'], site: 'Trend', date: '2014-12-18', url: URL_A };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('highlight colours', () => {
  it('default to the colours of highlights.css', () => {
    expect(defaultSettings().highlightColors).toEqual({ quote: '#ffc800', reported: '#ffc800', person: '#3c8cff' });
  });

  it.each([
    ['#AABBCC', '#aabbcc'],
    [' #abc ', '#aabbcc'],
    ['#3c8cff', '#3c8cff'],
    ['3c8cff', undefined],
    ['#3c8cf', undefined],
    ['#3c8cffaa', undefined],
    ['red', undefined],
    ['rgb(1,2,3)', undefined],
    [42, undefined],
    [null, undefined],
  ])('normalises %j to %j', (value, expected) => {
    expect(normalizeHexColor(value)).toBe(expected);
  });

  it('stores a colour and reads it back, leaving the others', async () => {
    await setHighlightColors({ person: '#00FF00' });
    expect((await getSettings()).highlightColors).toEqual({ ...defaultHighlightColors(), person: '#00ff00' });
    expect(await fakeBrowser.storage.local.get('highlightColors')).toEqual({
      highlightColors: { quote: '#ffc800', reported: '#ffc800', person: '#00ff00' },
    });
  });

  it('refuses a colour that is not hex, and an unknown kind', async () => {
    await expect(setHighlightColors({ quote: 'yellow' })).rejects.toThrow(TypeError);
    await expect(setHighlightColors({ ['focus' as 'quote']: '#000000' })).rejects.toThrow(TypeError);
    expect((await getSettings()).highlightColors).toEqual(defaultHighlightColors());
  });

  it.each([
    ['a string', '#ff0000'],
    ['an array', ['#ff0000']],
    ['null', null],
    ['a number', 7],
  ])('falls back to the defaults when the stored value is %s', async (_label, corrupt) => {
    await fakeBrowser.storage.local.set({ highlightColors: corrupt });
    expect((await getSettings()).highlightColors).toEqual(defaultHighlightColors());
  });

  it('keeps the good colours of a partly damaged value', async () => {
    await fakeBrowser.storage.local.set({ highlightColors: { quote: '#112233', reported: 'javascript:alert(1)', person: 5 } });
    expect((await getSettings()).highlightColors).toEqual({ quote: '#112233', reported: '#ffc800', person: '#3c8cff' });
  });

  it('resets to the defaults', async () => {
    await setHighlightColors({ quote: '#000000' });
    await resetHighlightColors();
    expect((await getSettings()).highlightColors).toEqual(defaultHighlightColors());
  });
});

describe('toggleHighlightsEnabled (the keyboard command)', () => {
  it('flips the global switch and reports the new state', async () => {
    expect(await toggleHighlightsEnabled()).toBe(false);
    expect((await getSettings()).highlightsEnabled).toBe(false);
    expect(await toggleHighlightsEnabled()).toBe(true);
    expect((await getSettings()).highlightsEnabled).toBe(true);
  });

  it('reads a corrupt stored value as on, so the first press turns highlights off', async () => {
    await fakeBrowser.storage.local.set({ highlightsEnabled: 'yes' });
    expect(await toggleHighlightsEnabled()).toBe(false);
  });
});

describe('citation edits per URL', () => {
  it('has none until the reader edits', async () => {
    expect(await getCitationEdit(URL_A)).toBeNull();
  });

  it('remembers an edit for its URL only, ignoring the fragment', async () => {
    await setCitationEdit(URL_A, fields('Corrected'));
    expect(await getCitationEdit(URL_A)).toEqual(fields('Corrected'));
    expect(await getCitationEdit(`${URL_A}#comments`)).toEqual(fields('Corrected'));
    expect(await getCitationEdit('https://example.com/other')).toBeNull();
  });

  it('replaces an earlier edit of the same URL', async () => {
    await setCitationEdit(URL_A, fields('First'));
    await setCitationEdit(URL_A, fields('Second'));
    expect(await getCitationEdit(URL_A)).toEqual(fields('Second'));
    const stored = (await fakeBrowser.storage.local.get('citationEdits')).citationEdits as unknown[];
    expect(stored).toHaveLength(1);
  });

  it('keeps two quick edits of different pages (writes are serialised)', async () => {
    await Promise.all([setCitationEdit(URL_A, fields('A')), setCitationEdit('https://example.com/b', fields('B'))]);
    expect((await getCitationEdit(URL_A))?.title).toBe('A');
    expect((await getCitationEdit('https://example.com/b'))?.title).toBe('B');
  });

  it(`keeps the ${CITATION_EDITS_LIMIT} most recently edited URLs`, async () => {
    const entries = Array.from({ length: CITATION_EDITS_LIMIT }, (_, i) => ({ url: `https://example.com/${i}`, fields: fields(`T${i}`) }));
    await fakeBrowser.storage.local.set({ citationEdits: entries });
    // Editing an old one makes it the newest; a new one then pushes out the oldest (0 → 1).
    await setCitationEdit('https://example.com/0', fields('again'));
    await setCitationEdit(URL_A, fields('new'));
    const stored = (await fakeBrowser.storage.local.get('citationEdits')).citationEdits as { url: string }[];
    expect(stored).toHaveLength(CITATION_EDITS_LIMIT);
    expect(await getCitationEdit('https://example.com/1')).toBeNull();
    expect((await getCitationEdit('https://example.com/0'))?.title).toBe('again');
    expect(stored.at(-1)!.url).toBe(URL_A);
  });

  it('forgets an edit on reset, leaving the others', async () => {
    await setCitationEdit(URL_A, fields('A'));
    await setCitationEdit('https://example.com/b', fields('B'));
    await clearCitationEdit(URL_A);
    expect(await getCitationEdit(URL_A)).toBeNull();
    expect((await getCitationEdit('https://example.com/b'))?.title).toBe('B');
  });

  it('drops damaged entries and reads a damaged list as empty', async () => {
    await fakeBrowser.storage.local.set({
      citationEdits: [
        null,
        { url: URL_A, fields: { title: 1 } },
        { url: '', fields: fields('no url') },
        { url: 'https://example.com/ok', fields: fields('ok') },
        { url: 'https://example.com/long', fields: { ...fields('x'), title: 'x'.repeat(5000) } },
        { url: 'https://example.com/authors', fields: { ...fields('x'), authors: 'Veliyev' } },
      ],
    });
    expect(await getCitationEdit(URL_A)).toBeNull();
    expect((await getCitationEdit('https://example.com/ok'))?.title).toBe('ok');
    expect(await getCitationEdit('https://example.com/long')).toBeNull();
    expect(await getCitationEdit('https://example.com/authors')).toBeNull();
    await fakeBrowser.storage.local.set({ citationEdits: { [URL_A]: fields('object, not list') } });
    expect(await getCitationEdit(URL_A)).toBeNull();
  });

  it('refuses fields that are not strings, and an empty URL', async () => {
    await expect(setCitationEdit(URL_A, { ...fields('x'), authors: [7 as unknown as string] })).rejects.toThrow(TypeError);
    await expect(setCitationEdit('  ', fields('x'))).rejects.toThrow(TypeError);
    expect(await getCitationEdit(URL_A)).toBeNull();
  });

  it('is not part of the watched settings', async () => {
    await setCitationEdit(URL_A, fields('A'));
    expect(Object.keys(await getSettings()).sort()).toEqual(['citationStyle', 'disabledSites', 'highlightColors', 'highlightsEnabled']);
  });
});
