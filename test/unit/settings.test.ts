import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  getSettings,
  setCitationStyle,
  setHighlightsEnabled,
  setSiteEnabled,
  watchSettings,
} from '../../utils/settings';
import { defaultSettings, isSiteEnabled, normalizeHost, validateSettings, withSiteEnabled } from '../../utils/settings-schema';
import type { CitationStyle } from '../../lib/cite';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual({
      highlightsEnabled: true,
      disabledSites: [],
      citationStyle: 'apa',
      highlightColors: { quote: '#ffc800', reported: '#ffc800', person: '#3c8cff' },
    });
    expect(defaultSettings()).toEqual(await getSettings());
  });

  it('hands out a fresh defaults object each time', () => {
    const first = defaultSettings();
    first.disabledSites.push('example.com');
    expect(defaultSettings().disabledSites).toEqual([]);
  });

  it.each([
    ['highlightsEnabled', 'yes'],
    ['highlightsEnabled', 0],
    ['disabledSites', 'example.com'],
    ['disabledSites', { 0: 'example.com' }],
    ['citationStyle', 'vancouver'],
    ['citationStyle', 42],
  ])('falls back to the default when %s holds %j', async (key, corrupt) => {
    await fakeBrowser.storage.local.set({ [key]: corrupt });
    expect(await getSettings()).toEqual(defaultSettings());
  });

  it('keeps the usable entries of a partly damaged site list', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['Example.com', 7, null, 'www.example.com', 'news.org'] });
    expect((await getSettings()).disabledSites).toEqual(['example.com', 'news.org']);
  });

  it('switches highlights off everywhere and back', async () => {
    await setHighlightsEnabled(false);
    const off = await getSettings();
    expect(off.highlightsEnabled).toBe(false);
    expect(isSiteEnabled(off, 'en.trend.az')).toBe(false);
    await setHighlightsEnabled(true);
    expect((await getSettings()).highlightsEnabled).toBe(true);
  });

  it('turns one site off without touching the others', async () => {
    await setSiteEnabled('www.nytimes.com', false);
    await setSiteEnabled('en.trend.az', false);
    let settings = await getSettings();
    expect(settings.disabledSites).toEqual(['nytimes.com', 'en.trend.az']);
    expect(isSiteEnabled(settings, 'nytimes.com')).toBe(false);
    expect(isSiteEnabled(settings, 'WWW.NYTIMES.COM')).toBe(false);
    expect(isSiteEnabled(settings, 'bbc.co.uk')).toBe(true);

    await setSiteEnabled('nytimes.com', true);
    settings = await getSettings();
    expect(settings.disabledSites).toEqual(['en.trend.az']);
    expect(isSiteEnabled(settings, 'www.nytimes.com')).toBe(true);
  });

  it('does not list a site twice', async () => {
    await setSiteEnabled('en.trend.az', false);
    await setSiteEnabled('en.trend.az', false);
    expect((await getSettings()).disabledSites).toEqual(['en.trend.az']);
  });

  it('stores in the local area under the setting name', async () => {
    await setSiteEnabled('en.trend.az', false);
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['en.trend.az'] });
  });

  it('persists the citation style', async () => {
    await setCitationStyle('chicago');
    expect((await getSettings()).citationStyle).toBe('chicago');
    expect(await fakeBrowser.storage.local.get('citationStyle')).toEqual({ citationStyle: 'chicago' });
  });

  it('refuses an unknown citation style', async () => {
    await expect(setCitationStyle('vancouver' as CitationStyle)).rejects.toThrow(TypeError);
    expect((await getSettings()).citationStyle).toBe('apa');
  });

  it('tells a watcher about every change, with the full settings', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await setSiteEnabled('en.trend.az', false);
    await vi.waitFor(() =>
      expect(seen).toHaveBeenLastCalledWith({ ...defaultSettings(), disabledSites: ['en.trend.az'] }),
    );
    await setCitationStyle('mla');
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(expect.objectContaining({ citationStyle: 'mla' })));

    unwatch();
    const calls = seen.mock.calls.length;
    await setHighlightsEnabled(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.mock.calls.length).toBe(calls);
  });

  it('gives a watcher validated values, not what was stored', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await fakeBrowser.storage.local.set({ citationStyle: 'not-a-style' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ citationStyle: 'apa' })));
    unwatch();
  });

  it('toggles a site in a settings object without storage', () => {
    const settings = { ...defaultSettings(), disabledSites: ['example.com'] };
    expect(withSiteEnabled(settings, 'www.Example.com', true).disabledSites).toEqual([]);
    expect(withSiteEnabled(settings, 'news.org', false).disabledSites).toEqual(['example.com', 'news.org']);
    expect(withSiteEnabled(settings, '', false)).toBe(settings);
    expect(settings.disabledSites).toEqual(['example.com']);
  });

  it('normalises host names', () => {
    expect(normalizeHost(' WWW.Example.COM. ')).toBe('example.com');
    expect(normalizeHost('en.trend.az')).toBe('en.trend.az');
  });
});

describe('validateSettings (the settings the background sends with its findings)', () => {
  it('keeps valid fields, puts the default in place of each damaged one, and refuses a non-object', () => {
    const sent = { highlightsEnabled: false, disabledSites: ['Example.com', 7], citationStyle: 'mla', highlightColors: { quote: '#00ff00', person: 'red' } };
    expect(validateSettings(sent)).toEqual({
      highlightsEnabled: false,
      disabledSites: ['example.com'],
      citationStyle: 'mla',
      highlightColors: { ...defaultSettings().highlightColors, quote: '#00ff00' },
    });
    expect(validateSettings({ highlightsEnabled: 'yes', citationStyle: 'fancy' })).toEqual(defaultSettings());
    for (const bad of [null, undefined, 'settings', 3, ['x']]) expect(validateSettings(bad)).toBeNull();
  });
});
