/**
 * What the settings are, without storage: their types, defaults and validation, and the pure
 * helpers over them (is a site on?). The storage side (read, write, watch) is ./settings.ts.
 * Kept apart so the content script can use these (checking the settings the background sends
 * with its findings) without loading the storage library until a page needs it.
 *
 * A stored value that does not validate (hand-edited storage, a bug in an older version, another
 * extension) reads as the default: a bad value never breaks the popup or the content script.
 */
import { isCitationStyle, type CitationStyle } from '../lib/cite';

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
export function validateHighlightColors(value: unknown): HighlightColors | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const stored = value as Record<string, unknown>;
  const colors = defaultHighlightColors();
  for (const kind of Object.keys(colors) as (keyof HighlightColors)[]) {
    colors[kind] = normalizeHexColor(stored[kind]) ?? colors[kind];
  }
  return colors;
}

/** Each setting's check: what a stored (or received) value must pass, else it reads as the default. */
export const SETTING_VALIDATORS: { [K in keyof Settings]: (value: unknown) => Settings[K] | undefined } = {
  highlightsEnabled: (v) => (typeof v === 'boolean' ? v : undefined),
  // Keep the usable entries of a partly damaged list rather than re-enabling every site.
  disabledSites: (v) => (Array.isArray(v) ? uniqueHosts(v.filter((h): h is string => typeof h === 'string')) : undefined),
  citationStyle: (v) => (isCitationStyle(v) ? v : undefined),
  highlightColors: validateHighlightColors,
};

/** Whole settings from another context (the background's answer): each field checked, null when not an object. */
export function validateSettings(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const received = value as Record<string, unknown>;
  const defaults = defaultSettings();
  return {
    highlightsEnabled: SETTING_VALIDATORS.highlightsEnabled(received.highlightsEnabled) ?? defaults.highlightsEnabled,
    disabledSites: SETTING_VALIDATORS.disabledSites(received.disabledSites) ?? defaults.disabledSites,
    citationStyle: SETTING_VALIDATORS.citationStyle(received.citationStyle) ?? defaults.citationStyle,
    highlightColors: SETTING_VALIDATORS.highlightColors(received.highlightColors) ?? defaults.highlightColors,
  };
}

/** A fresh copy of the defaults each call, so no caller can change them for everyone else. */
export function defaultSettings(): Settings {
  return { highlightsEnabled: true, disabledSites: [], citationStyle: 'apa', highlightColors: defaultHighlightColors() };
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
 * "WWW.Example.com." and "example.com" are the same site to a reader: lower-case, drop a trailing
 * dot and a leading "www.".
 */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** Hostnames normalised, blanks and repeats dropped. */
export function uniqueHosts(hosts: string[]): string[] {
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

const isField = (v: unknown): v is string => typeof v === 'string' && v.length <= FIELD_MAX_CHARS;

export function validateCitationFields(value: unknown): CitationFields | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const f = value as Record<string, unknown>;
  if (!isField(f.title) || !isField(f.site) || !isField(f.date) || !isField(f.url)) return undefined;
  if (!Array.isArray(f.authors) || f.authors.length > AUTHORS_MAX || !f.authors.every(isField)) return undefined;
  return { title: f.title, authors: [...f.authors], site: f.site, date: f.date, url: f.url };
}

/** The key an article's edits are stored under: its URL without the fragment. */
export function citationEditKey(url: string): string {
  return url.trim().replace(/#[\s\S]*$/, '');
}
