/**
 * Every user setting, its default and its validation, in one place. Stored in `local:` extension
 * storage, one item per setting, each versioned so a later schema change can add a migration.
 *
 * A stored value that does not validate (hand-edited storage, a bug in an older version, another
 * extension) reads as the default: a bad value never breaks the popup or the content script.
 */
import { storage } from 'wxt/utils/storage';
import type { StorageItemKey, WxtStorageItem } from 'wxt/utils/storage';
import { isCitationStyle } from '../lib/cite';
import type { CitationStyle } from '../lib/cite';

export interface Settings {
  /** Highlights everywhere: the global switch. */
  highlightsEnabled: boolean;
  /** Hostnames where highlights are off (normalised by `normalizeHost`). */
  disabledSites: string[];
  citationStyle: CitationStyle;
}

/** A fresh copy of the defaults each call, so no caller can change them for everyone else. */
export function defaultSettings(): Settings {
  return { highlightsEnabled: true, disabledSites: [], citationStyle: 'apa' };
}

/**
 * One setting: its storage item plus the check a stored value must pass. To change a setting's
 * shape, bump `version` and add `migrations: { 2: (old) => … }` to its `defineItem` call; the
 * validator still guards whatever the migration returns.
 */
interface SettingDefinition<T> {
  /** Stored as `unknown`: what comes back from storage is checked, never trusted. */
  item: WxtStorageItem<unknown, {}>;
  validate: (value: unknown) => T | undefined;
}

function setting<T>(key: StorageItemKey, validate: (value: unknown) => T | undefined): SettingDefinition<T> {
  return { item: storage.defineItem<unknown>(key, { fallback: null, version: 1 }), validate };
}

const SETTINGS: { [K in keyof Settings]: SettingDefinition<Settings[K]> } = {
  highlightsEnabled: setting('local:highlightsEnabled', (v) => (typeof v === 'boolean' ? v : undefined)),
  disabledSites: setting('local:disabledSites', (v) =>
    // Keep the usable entries of a partly damaged list rather than re-enabling every site.
    Array.isArray(v) ? uniqueHosts(v.filter((h): h is string => typeof h === 'string')) : undefined,
  ),
  citationStyle: setting('local:citationStyle', (v) => (isCitationStyle(v) ? v : undefined)),
};

async function readSetting<K extends keyof Settings>(name: K): Promise<Settings[K]> {
  const definition: SettingDefinition<Settings[K]> = SETTINGS[name];
  try {
    return definition.validate(await definition.item.getValue()) ?? defaultSettings()[name];
  } catch {
    // Storage unavailable or a failed migration: run on defaults rather than not at all.
    return defaultSettings()[name];
  }
}

export async function getSettings(): Promise<Settings> {
  const [highlightsEnabled, disabledSites, citationStyle] = await Promise.all([
    readSetting('highlightsEnabled'),
    readSetting('disabledSites'),
    readSetting('citationStyle'),
  ]);
  return { highlightsEnabled, disabledSites, citationStyle };
}

export async function setHighlightsEnabled(enabled: boolean): Promise<void> {
  await SETTINGS.highlightsEnabled.item.setValue(enabled);
}

export async function setCitationStyle(style: CitationStyle): Promise<void> {
  if (!isCitationStyle(style)) throw new TypeError(`Unknown citation style: ${String(style)}`);
  await SETTINGS.citationStyle.item.setValue(style);
}

/** Turn highlights on or off for one site (a hostname such as "www.nytimes.com"). */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const disabledSites = await readSetting('disabledSites');
  await SETTINGS.disabledSites.item.setValue(withSiteEnabled({ disabledSites }, host, enabled).disabledSites);
}

/** The settings with one site switched on or off (pure: the popup shows the change at once). */
export function withSiteEnabled<T extends Pick<Settings, 'disabledSites'>>(settings: T, host: string, enabled: boolean): T {
  const site = normalizeHost(host);
  if (!site) return settings;
  const others = settings.disabledSites.filter((h) => h !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}

/** Whether highlights should show on `host`: the global switch is on and the site is not disabled. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  return settings.highlightsEnabled && isSiteAllowed(settings, host);
}

/** Whether the site itself is not in the disabled list, whatever the global switch says. */
export function isSiteAllowed(settings: Settings, host: string): boolean {
  return !settings.disabledSites.includes(normalizeHost(host));
}

/**
 * Calls `onChange` with the full, validated settings whenever any of them changes (in any
 * extension context). Returns the function that stops watching.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  // Each change re-reads all settings; a read that finishes after a newer one is dropped, so a
  // quick on/off/on never ends on "off".
  let latest = 0;
  let stopped = false;
  const reread = () => {
    const ticket = ++latest;
    void getSettings().then((settings) => {
      if (!stopped && ticket === latest) onChange(settings);
    });
  };
  const unwatchers = Object.values(SETTINGS).map((definition) => definition.item.watch(reread));
  return () => {
    stopped = true;
    for (const unwatch of unwatchers) unwatch();
  };
}

/**
 * "WWW.Example.com." and "example.com" are the same site to a reader: lower-case, drop a trailing
 * dot and a leading "www.".
 */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

function uniqueHosts(hosts: string[]): string[] {
  return [...new Set(hosts.map(normalizeHost).filter((h) => h !== ''))];
}
