/**
 * Every user setting in storage: read, written and watched here, validated by ./settings-schema.ts
 * (types, defaults, validation). Stored in `local:` extension storage, one item per setting, each
 * versioned so a later schema change can add a migration.
 */
import { storage } from 'wxt/utils/storage';
import type { StorageItemKey, WxtStorageItem } from 'wxt/utils/storage';
import { isCitationStyle } from '../lib/cite';
import type { CitationStyle } from '../lib/cite';
import {
  CITATION_EDITS_LIMIT,
  defaultHighlightColors,
  defaultSettings,
  normalizeHexColor,
  validateCitationFields,
  withSiteEnabled,
  citationEditKey,
  SETTING_VALIDATORS,
  type CitationFields,
  type HighlightColors,
  type Settings,
} from './settings-schema';

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
 * version), and the content script's article script loads this module on every article page,
 * whose first settings come from the background: a module-level definition cost every page five
 * storage reads.
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
  highlightsEnabled: setting('local:highlightsEnabled', SETTING_VALIDATORS.highlightsEnabled),
  disabledSites: setting('local:disabledSites', SETTING_VALIDATORS.disabledSites),
  citationStyle: setting('local:citationStyle', SETTING_VALIDATORS.citationStyle),
  highlightColors: setting('local:highlightColors', SETTING_VALIDATORS.highlightColors),
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

interface CitationEditEntry {
  url: string;
  fields: CitationFields;
}

const citationEditsItem = lazyItem('local:citationEdits');

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
