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
  /** Highlight colours in the page, `#rrggbb`; the content script adds its own transparency. */
  highlightColors: HighlightColors;
}

/** The three kinds of mark in the page (entrypoints/content/highlights.css). */
export interface HighlightColors {
  /** Direct quotes (solid underline). */
  quote: string;
  /** Reported speech (dashed underline). */
  reported: string;
  /** Speakers and officials (dotted underline). */
  person: string;
}

/**
 * The colours highlights.css paints with, without their alpha: rgba(255, 200, 0, …) for quotes
 * and reported speech, rgba(60, 140, 255, …) for people.
 */
export function defaultHighlightColors(): HighlightColors {
  return { quote: '#ffc800', reported: '#ffc800', person: '#3c8cff' };
}

/** `#rrggbb` (what `<input type="color">` gives), lower-cased; `#rgb` is widened. */
const HEX_COLOR = /^#(?:[0-9a-f]{6}|[0-9a-f]{3})$/i;

export function normalizeHexColor(value: unknown): string | undefined {
  if (typeof value !== 'string' || !HEX_COLOR.test(value.trim())) return undefined;
  const hex = value.trim().toLowerCase();
  return hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
}

/** Each colour on its own: one damaged entry falls back to its default, the others are kept. */
function validateHighlightColors(value: unknown): HighlightColors | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const stored = value as Record<string, unknown>;
  const colors = defaultHighlightColors();
  for (const kind of Object.keys(colors) as (keyof HighlightColors)[]) {
    colors[kind] = normalizeHexColor(stored[kind]) ?? colors[kind];
  }
  return colors;
}

/** A fresh copy of the defaults each call, so no caller can change them for everyone else. */
export function defaultSettings(): Settings {
  return { highlightsEnabled: true, disabledSites: [], citationStyle: 'apa', highlightColors: defaultHighlightColors() };
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

/**
 * A storage item defined on first use. Defining a WXT item reads storage at once (its value and
 * version), and the content script loads this module on every page, most of which never read a
 * setting: a module-level definition cost every page five storage reads.
 */
function lazyItem(key: StorageItemKey): () => WxtStorageItem<unknown, {}> {
  let item: WxtStorageItem<unknown, {}> | undefined;
  return () => (item ??= storage.defineItem<unknown>(key, { fallback: null, version: 1 }));
}

function setting<T>(key: StorageItemKey, validate: (value: unknown) => T | undefined): SettingDefinition<T> {
  const item = lazyItem(key);
  return {
    get item() {
      return item();
    },
    validate,
  };
}

const SETTINGS: { [K in keyof Settings]: SettingDefinition<Settings[K]> } = {
  highlightsEnabled: setting('local:highlightsEnabled', (v) => (typeof v === 'boolean' ? v : undefined)),
  disabledSites: setting('local:disabledSites', (v) =>
    // Keep the usable entries of a partly damaged list rather than re-enabling every site.
    Array.isArray(v) ? uniqueHosts(v.filter((h): h is string => typeof h === 'string')) : undefined,
  ),
  citationStyle: setting('local:citationStyle', (v) => (isCitationStyle(v) ? v : undefined)),
  highlightColors: setting('local:highlightColors', validateHighlightColors),
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
  const [highlightsEnabled, disabledSites, citationStyle, highlightColors] = await Promise.all([
    readSetting('highlightsEnabled'),
    readSetting('disabledSites'),
    readSetting('citationStyle'),
    readSetting('highlightColors'),
  ]);
  return { highlightsEnabled, disabledSites, citationStyle, highlightColors };
}

export async function setHighlightsEnabled(enabled: boolean): Promise<void> {
  await SETTINGS.highlightsEnabled.item.setValue(enabled);
}

/** Flips the global switch (the keyboard command); resolves to the new state. */
export async function toggleHighlightsEnabled(): Promise<boolean> {
  const enabled = !(await readSetting('highlightsEnabled'));
  await setHighlightsEnabled(enabled);
  return enabled;
}

/** Sets one or more highlight colours; each must be `#rgb` or `#rrggbb`. */
export async function setHighlightColors(colors: Partial<HighlightColors>): Promise<HighlightColors> {
  const next = await readSetting('highlightColors');
  for (const [kind, value] of Object.entries(colors) as [keyof HighlightColors, unknown][]) {
    if (!(kind in next)) throw new TypeError(`Unknown highlight kind: ${kind}`);
    const hex = normalizeHexColor(value);
    if (!hex) throw new TypeError(`Not a #rrggbb colour: ${String(value)}`);
    next[kind] = hex;
  }
  await SETTINGS.highlightColors.item.setValue(next);
  return next;
}

export async function resetHighlightColors(): Promise<void> {
  await SETTINGS.highlightColors.item.setValue(defaultHighlightColors());
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

/**
 * Citation fields the reader corrected in the card, remembered per article URL (automatic
 * metadata is sometimes wrong: a title with its " | Site" suffix, the publisher as author).
 * Strings as the form shows them; `components/citation-fields.ts` turns them into CSL.
 */
export interface CitationFields {
  title: string;
  /** One entry per author: "Family, Given" for a person, a name without a comma for an organisation. */
  authors: string[];
  site: string;
  /** "2014-12-18", "2014-12" or "2014"; "" for no date. */
  date: string;
  url: string;
}

/** How many articles' edits are kept: the least recently edited are dropped first. */
export const CITATION_EDITS_LIMIT = 200;
// Longer than any real title or URL; keeps a corrupt or hostile stored value from bloating the popup.
const FIELD_MAX_CHARS = 2000;
const AUTHORS_MAX = 50;

interface CitationEditEntry {
  url: string;
  fields: CitationFields;
}

const citationEditsItem = lazyItem('local:citationEdits');

const isField = (v: unknown): v is string => typeof v === 'string' && v.length <= FIELD_MAX_CHARS;

export function validateCitationFields(value: unknown): CitationFields | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const f = value as Record<string, unknown>;
  if (!isField(f.title) || !isField(f.site) || !isField(f.date) || !isField(f.url)) return undefined;
  if (!Array.isArray(f.authors) || f.authors.length > AUTHORS_MAX || !f.authors.every(isField)) return undefined;
  return { title: f.title, authors: [...f.authors], site: f.site, date: f.date, url: f.url };
}

/** The usable entries of the stored list (a damaged entry is dropped, not the whole list). */
async function readCitationEdits(): Promise<CitationEditEntry[]> {
  let stored: unknown;
  try {
    stored = await citationEditsItem().getValue();
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  const entries: CitationEditEntry[] = [];
  for (const entry of stored as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { url, fields } = entry as Record<string, unknown>;
    const valid = validateCitationFields(fields);
    if (typeof url === 'string' && url && valid) entries.push({ url, fields: valid });
  }
  return entries.slice(-CITATION_EDITS_LIMIT);
}

/** The key an article's edits are stored under: its URL without the fragment. */
export function citationEditKey(url: string): string {
  return url.trim().replace(/#[\s\S]*$/, '');
}

// Edits are read-modify-write on one list: chain them so two quick edits cannot drop each other.
let editQueue: Promise<unknown> = Promise.resolve();
function queueEdit<T>(task: () => Promise<T>): Promise<T> {
  const run = editQueue.then(task, task);
  editQueue = run.catch(() => undefined);
  return run;
}

/** The reader's corrections for the article at `url`, or null when there are none. */
export async function getCitationEdit(url: string): Promise<CitationFields | null> {
  await editQueue;
  const key = citationEditKey(url);
  return (await readCitationEdits()).find((entry) => entry.url === key)?.fields ?? null;
}

/** Remembers corrections for `url`; it becomes the most recent entry, the oldest beyond the limit go. */
export function setCitationEdit(url: string, fields: CitationFields): Promise<void> {
  const valid = validateCitationFields(fields);
  if (!valid) return Promise.reject(new TypeError('Citation fields must be short strings'));
  const key = citationEditKey(url);
  if (!key) return Promise.reject(new TypeError('A citation edit needs a URL'));
  return queueEdit(async () => {
    const others = (await readCitationEdits()).filter((entry) => entry.url !== key);
    await citationEditsItem().setValue([...others, { url: key, fields: valid }].slice(-CITATION_EDITS_LIMIT));
  });
}

/** "Reset to page's data": forgets the corrections for `url`. */
export function clearCitationEdit(url: string): Promise<void> {
  const key = citationEditKey(url);
  return queueEdit(async () => {
    const entries = await readCitationEdits();
    const kept = entries.filter((entry) => entry.url !== key);
    if (kept.length !== entries.length) await citationEditsItem().setValue(kept);
  });
}
