/**
 * Upgrades and damaged storage (issue 8): nothing the user set is lost on upgrade, and a stored
 * value that is corrupt, from an older or a newer version, or unreadable falls back per setting
 * instead of breaking the extension.
 *
 * The previous schema is the first release's (commit d66142c, utils/settings.ts): the same
 * `local:` keys, each written through a WXT storage item of version 1 (so with a `key$` meta
 * entry {v: 1}), and no highlight colours or citation edits yet. There has been no other layout,
 * so no migration exists; these tests pin that the current module reads that layout as it is.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getCitationEdit,
  getSettings,
  setCitationEdit,
  setHighlightColors,
  setSiteEnabled,
  toggleHighlightsEnabled,
} from '../../utils/settings';
import { defaultHighlightColors, defaultSettings } from '../../utils/settings-schema';

/** Style ids the first release offered (lib/cite CITATION_STYLES at d66142c). */
const FIRST_RELEASE_STYLES = [
  'apa',
  'mla',
  'chicago',
  'chicago-note',
  'chicago-author-date',
  'harvard',
  'ieee',
  'wikipedia',
  'bibtex',
  'biblatex',
  'ris',
  'csl-json',
] as const;

/** Exactly what the first release left in storage.local after a user changed every setting. */
function firstReleaseStorage(citationStyle: string = 'mla'): Record<string, unknown> {
  return {
    highlightsEnabled: false,
    highlightsEnabled$: { v: 1 },
    disabledSites: ['nytimes.com', 'en.trend.az'],
    disabledSites$: { v: 1 },
    citationStyle,
    citationStyle$: { v: 1 },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('upgrade from the first release', () => {
  it('keeps every setting the user made; settings added since read as their defaults', async () => {
    await fakeBrowser.storage.local.set(firstReleaseStorage());
    expect(await getSettings()).toEqual({
      highlightsEnabled: false,
      disabledSites: ['nytimes.com', 'en.trend.az'],
      citationStyle: 'mla',
      highlightColors: defaultHighlightColors(),
    });
    expect(await getCitationEdit('https://en.trend.az/business/it/2345678.html')).toBeNull();
  });

  it.each(FIRST_RELEASE_STYLES)('still reads the citation style %s', async (style) => {
    await fakeBrowser.storage.local.set(firstReleaseStorage(style));
    expect((await getSettings()).citationStyle).toBe(style);
  });

  it('changing a new setting after the upgrade leaves the old ones as they were', async () => {
    await fakeBrowser.storage.local.set(firstReleaseStorage());
    await setHighlightColors({ quote: '#ff0000' });
    await setSiteEnabled('bbc.co.uk', false);
    await setCitationEdit('https://example.com/a', { title: 'T', authors: [], site: '', date: '', url: 'https://example.com/a' });
    const settings = await getSettings();
    expect(settings.highlightsEnabled).toBe(false);
    expect(settings.citationStyle).toBe('mla');
    expect(settings.disabledSites).toEqual(['nytimes.com', 'en.trend.az', 'bbc.co.uk']);
    expect(settings.highlightColors.quote).toBe('#ff0000');
    // The stored layout is still the one a first-release build can read (a downgrade keeps working).
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toMatchObject({ highlightsEnabled: false, citationStyle: 'mla', highlightsEnabled$: { v: 1 } });
  });

  it('values stored without version metadata (hand-edited, or before WXT wrote it) are read', async () => {
    await fakeBrowser.storage.local.set({ highlightsEnabled: false, citationStyle: 'harvard', disabledSites: ['WWW.Example.com'] });
    expect(await getSettings()).toMatchObject({ highlightsEnabled: false, citationStyle: 'harvard', disabledSites: ['example.com'] });
  });

  it('values a newer version wrote (meta v: 2, then a downgrade) are still read where valid', async () => {
    await fakeBrowser.storage.local.set({
      highlightsEnabled: false,
      highlightsEnabled$: { v: 2 },
      citationStyle: 'ieee',
      citationStyle$: { v: 2 },
      highlightColors: { quote: '#123456', reported: '#abcdef', person: '#000000', focus: '#ffffff' },
      highlightColors$: { v: 2 },
    });
    expect(await getSettings()).toMatchObject({
      highlightsEnabled: false,
      citationStyle: 'ieee',
      highlightColors: { quote: '#123456', reported: '#abcdef', person: '#000000' },
    });
  });
});

describe('damaged storage', () => {
  it('one damaged setting falls back alone: the others keep what the user set', async () => {
    await fakeBrowser.storage.local.set({
      highlightsEnabled: false,
      disabledSites: 'nytimes.com',
      citationStyle: { id: 'mla' },
      highlightColors: { quote: 'red', reported: '#00ff00', person: 42 },
    });
    expect(await getSettings()).toEqual({
      highlightsEnabled: false,
      disabledSites: [],
      citationStyle: 'apa',
      highlightColors: { ...defaultHighlightColors(), reported: '#00ff00' },
    });
  });

  it.each([
    ['null', null],
    ['a number', 7],
    ['an array', []],
    ['a huge string', 'x'.repeat(1_000_000)],
    ['a nested object', { highlightsEnabled: { highlightsEnabled: false } }],
  ])('every setting holding %s reads as the defaults', async (_, value) => {
    await fakeBrowser.storage.local.set({ highlightsEnabled: value, disabledSites: value, citationStyle: value, highlightColors: value, citationEdits: value });
    expect(await getSettings()).toEqual(defaultSettings());
    expect(await getCitationEdit('https://example.com/a')).toBeNull();
  });

  it('storage that cannot be read at all: the defaults, no error', async () => {
    await fakeBrowser.storage.local.set(firstReleaseStorage());
    const read = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await getSettings()).toEqual(defaultSettings());
    expect(await getCitationEdit('https://example.com/a')).toBeNull();
    expect(read).toHaveBeenCalled();
  });

  it('the keyboard command still works on a damaged switch: it reads as on and turns off', async () => {
    await fakeBrowser.storage.local.set({ highlightsEnabled: 'off', highlightsEnabled$: { v: 1 } });
    expect(await toggleHighlightsEnabled()).toBe(false);
    expect((await getSettings()).highlightsEnabled).toBe(false);
  });
});
