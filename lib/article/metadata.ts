/**
 * Article metadata as explicit fallback chains, best source first
 * (order from ../shared/guides/citations.md). Every candidate passes the same guards.
 */
import { classifyName, splitByline, type SplitAuthors } from './authors';
import { normalizeMachineDate, parseHumanDate } from './dates';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld';
import { DATELINE_LINE, OUTLET_CITY_LINE } from './body';
import { INLINE_DATELINE, INLINE_DATELINE_MIXED } from './dateline';
import type { Article } from '../types';
import { outletForUrl } from './outlets';
import { machineTime, visibleBylines, visibleDateElements } from './marked-elements';
import { attr } from '../dom/attributes';
import { inPageChrome } from './visibility';
import { pageElements, type PageElements } from '../dom/page-elements';

/** Everything in `Article` that comes from the page's metadata rather than its body. */
export type Metadata = Omit<Article, 'isArticle' | 'text' | 'wordCount'>;

/** Query parameters that only track the reader (utm_*, click ids, share sources). */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|smid|s_cid|ref|ref_src|__twitter_impression|_ga)$/i;

export function readMetadata(
  doc: Document,
  pageUrl: string | null,
  headerLines: string[],
  leadParagraphs: readonly string[],
  roots: readonly Element[] = [],
  isArticle = true,
  elements: PageElements = pageElements(doc),
): Metadata {
  const ld = readJsonLdArticle(elements.SCRIPT);
  const meta = metaReader(elements.META);

  const url = readUrl(elements.LINK, meta, pageUrl);
  const siteName =
    outletForUrl(url ?? pageUrl) ??
    cleanSiteName(meta('og:site_name')) ??
    cleanSiteName(ld?.publisherName) ??
    cleanSiteName(meta('application-name')) ??
    hostName(url ?? pageUrl);
  const publisher = ld?.publisherName ?? meta('og:site_name') ?? null;
  const outletNames = [siteName, publisher].filter((n): n is string => !!n);

  const identity = {
    title: readTitle(doc, elements.H1, ld, meta, siteName, roots),
    siteName,
    publisher,
    section: meta('article:section') ?? ld?.section ?? null,
    lang: readLang(doc, ld, meta),
    url,
  };
  // A page that failed the article pre-check gets what its "not an article" card shows, and no
  // more: the byline and visible-date searches walk the whole page, which is the exit's budget.
  if (!isArticle) return { ...identity, authors: [], organizationAuthors: [], published: null, modified: null, dateline: null, keywords: [] };
  return {
    ...identity,
    ...readAuthors(doc, elements, ld, meta, headerLines, outletNames, roots),
    published: preferUrlDay(readPublished(doc, elements, ld, meta, headerLines), url ?? pageUrl),
    modified: normalizeMachineDate(ld?.dateModified ?? meta('article:modified_time') ?? meta('og:updated_time')),
    dateline: readDateline(headerLines, leadParagraphs),
    keywords: readKeywords(doc, ld, meta),
  };
}

/** `meta(key)`: the first non-empty value of a `<meta>` name, property or itemprop (lower-cased
 * key); `meta.all(key)`: every value, for repeated keys (`article:tag`, `citation_author`). */
interface MetaReader {
  (name: string): string | null;
  all(name: string): string[];
}

/** One pass over `<meta>`: name, property and itemprop keys. */
function metaReader(metaElements: readonly Element[]): MetaReader {
  const values = new Map<string, string[]>();
  for (const el of metaElements) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const key of [el.getAttribute('name'), el.getAttribute('property'), el.getAttribute('itemprop')]) {
      if (!key) continue;
      const list = values.get(key.toLowerCase());
      if (list) list.push(content);
      else values.set(key.toLowerCase(), [content]);
    }
  }
  const reader = (name: string): string | null => values.get(name.toLowerCase())?.[0] ?? null;
  reader.all = (name: string): string[] => values.get(name.toLowerCase()) ?? [];
  return reader;
}

function readTitle(doc: Document, h1s: readonly Element[], ld: JsonLdArticle | null, meta: MetaReader, siteName: string | null, roots: readonly Element[]): string | null {
  const clean = (value: string | null | undefined): string | null => {
    const folded = value?.replace(/\s+/g, ' ').trim();
    return folded ? stripSiteSuffix(folded, siteName) : null;
  };
  const declared = [ld?.headline, meta('citation_title'), meta('og:title'), meta('twitter:title'), doc.title]
    .map(clean)
    .filter((t): t is string => t !== null);
  const shown = displayedHeadline(h1s, roots, declared, siteName);
  return shown ?? declared[0] ?? null;
}

/** Headlines are short: a longer `<h1>` is a page that puts its lead or a caption in one. */
const MAX_HEADLINE_WORDS = 40;
/** Shared words, as shares of the shorter and of the longer headline, for two headlines to be
 * versions of one (a blog's name in its `<h1>` is all inside "Blog Name: Post title", but is a
 * small part of it). */
const SAME_HEADLINE_OF_SHORTER = 0.6;
const SAME_HEADLINE_OF_LONGER = 0.4;

/**
 * The headline as the reader sees it on the page, which is what a citation quotes. Declared
 * titles drift from it: the LA Times' JSON-LD `headline` is an SEO rewrite ("Disney+ glitches
 * blamed on heavy demand says executive Kevin Mayer" for the shown "‘We had some issues,’ exec
 * says on Disney+ glitches"), Yahoo's `og:title` is the site's own name, and the declared copy
 * loses the typography (straight quotes for “Burned Her Up”).
 *
 * The `<h1>` counts when it shares most words with a declared title, or when it heads the story:
 * inside the story's container before its text, or the nearest `<h1>` before the container.
 */
function displayedHeadline(h1s: readonly Element[], roots: readonly Element[], declared: readonly string[], siteName: string | null): string | null {
  const site = siteName?.toLowerCase() ?? '';
  const headings = h1s
    .filter((h) => !inPageChrome(h))
    .map((el) => ({ el, text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '' }))
    .filter(({ text }) => {
      const words = text.split(' ').length;
      return text.length > 0 && words <= MAX_HEADLINE_WORDS && text.toLowerCase() !== site;
    });
  const matching = headings.find(({ text }) => words(text).length >= 2 && declared.some((d) => sameHeadline(text, d)));
  if (matching) return matching.text;
  const root = roots[0];
  if (!root) return null;
  const heading = headings.find(({ el }) => root.contains(el)) ??
    headings.filter(({ el }) => el.compareDocumentPosition(root) & NODE_FOLLOWING).at(-1);
  return heading && words(heading.text).length >= 3 ? heading.text : null;
}

const NODE_FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without a global Node in the CLI

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function sameHeadline(a: string, b: string): boolean {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  const shorter = Math.min(wa.size, wb.size);
  if (shorter === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / shorter >= SAME_HEADLINE_OF_SHORTER && shared / Math.max(wa.size, wb.size) >= SAME_HEADLINE_OF_LONGER;
}

/**
 * "ITU advocates … - Trend.Az" → "ITU advocates …": drops a " | Site" / " - Site" / " :: Site"
 * suffix when it names the site or is a short tail after a long title.
 */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const match = /^(.*\S)\s+(?:[|–—·•»:]|-|::)\s+([^|–—·•»]+)$/.exec(title);
  if (!match) return title;
  const [, head, tail] = match;
  const site = siteName?.toLowerCase().replace(/^www\./, '') ?? '';
  const tailLower = tail!.toLowerCase();
  const namesSite = !!site && (tailLower.includes(site) || site.includes(tailLower.replace(/\.\w+$/, '')));
  const shortTail = tail!.split(/\s+/).length <= 3 && head!.split(/\s+/).length >= 4;
  return namesSite || shortTail ? head! : title;
}

function readAuthors(
  doc: Document,
  elements: PageElements,
  ld: JsonLdArticle | null,
  meta: MetaReader,
  headerLines: string[],
  outletNames: string[],
  roots: readonly Element[],
): { authors: string[]; organizationAuthors: string[] } {
  const result: SplitAuthors = { people: [], organizations: [] };
  // Each source in order; the first that yields a person wins.
  const sources: (() => void)[] = [
    () => ld?.authors.forEach((a) => (a.isOrganization ? classifyOrganization(a.name, outletNames, result) : addSplit(a.name))),
    () => meta.all('citation_author').forEach(addSplit),
    () => addSplit(meta('author') ?? ''),
    () => {
      const author = meta('article:author');
      if (author && !/^https?:/.test(author)) addSplit(author);
    },
    () => {
      const line = headerLines.find((l) => /^by\s/i.test(l));
      if (line) addSplit(line);
    },
    () => {
      for (const line of visibleBylines(elements, doc.body, storyRegion(roots))) {
        addSplit(line);
        if (result.people.length > 0) return;
      }
    },
  ];
  function addSplit(value: string): void {
    if (!value.trim()) return;
    const split = splitByline(value, outletNames);
    for (const p of split.people) if (!result.people.includes(p)) result.people.push(p);
    for (const o of split.organizations) if (!result.organizations.includes(o)) result.organizations.push(o);
  }
  for (const source of sources) {
    source();
    if (result.people.length > 0) break;
  }
  return { authors: result.people, organizationAuthors: result.people.length ? [] : result.organizations };
}

/** Levels above the story's container that still belong to the story (its header, byline bar). */
const STORY_REGION_LEVELS = 3;

/** Where a story's byline sits: its container's ancestor a few levels up, below `<body>`. */
function storyRegion(roots: readonly Element[]): Element | null {
  let region = roots[0] ?? null;
  for (let level = 0; region && level < STORY_REGION_LEVELS; level++) {
    const parent: Element | null = region.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    region = parent;
  }
  return region;
}

function classifyOrganization(name: string, outletNames: string[], into: SplitAuthors): void {
  const probe: SplitAuthors = { people: [], organizations: [] };
  classifyName(name, [], probe);
  if (probe.people.length || probe.organizations.length) {
    if (!into.organizations.includes(name) && !outletNames.includes(name)) into.organizations.push(name);
  }
}

function readPublished(doc: Document, elements: PageElements, ld: JsonLdArticle | null, meta: MetaReader, headerLines: string[]): string | null {
  const machine =
    ld?.datePublished ??
    meta('article:published_time') ??
    meta('citation_publication_date') ??
    meta('citation_date') ??
    meta('dc.date.issued') ??
    meta('dc.date') ??
    meta('date') ??
    meta('pubdate') ??
    machineTime(elements.TIME);
  const fromMachine = normalizeMachineDate(machine);
  if (fromMachine) return fromMachine;
  for (const line of headerLines) {
    const fromLine = parseHumanDate(line);
    if (fromLine) return fromLine;
  }
  // A visible date in the page's date elements: "Published 11:34 PM EST Nov 19, 2019".
  for (const el of visibleDateElements(elements, doc.body)) {
    const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length > 80 || /\bupdated\b/i.test(text)) continue;
    const fromText = parseHumanDate(text);
    if (fromText) return fromText;
  }
  return null;
}

/**
 * The dateline from the header lines ("Baku, Azerbaijan, Dec.18"), else from the story's opening:
 * the first paragraph in mixed case ("Indianapolis – …"), or in capitals within the first few
 * paragraphs ("HANOI, Vietnam (AP) —" after a photo gallery's "Image 1 of 8 / Back to Gallery").
 */
function readDateline(headerLines: string[], leadParagraphs: readonly string[]): string | null {
  for (const line of headerLines) {
    const outletCity = OUTLET_CITY_LINE.exec(line);
    if (outletCity) return outletCity[1]!.trim();
    if (/^by\s/i.test(line) || !line.includes(',')) continue;
    const match = DATELINE_LINE.exec(line);
    if (match) return match[1]!.trim();
  }
  const first = leadParagraphs[0] ?? '';
  const inline =
    INLINE_DATELINE.exec(first) ??
    INLINE_DATELINE_MIXED.exec(first) ??
    leadParagraphs.slice(1).map((p) => INLINE_DATELINE.exec(p)).find((m) => m !== null);
  return inline ? inline[1]!.trim() : null;
}

function readLang(doc: Document, ld: JsonLdArticle | null, meta: MetaReader): string | null {
  const raw = doc.documentElement.getAttribute('lang') ?? meta('og:locale') ?? ld?.inLanguage ?? meta('content-language');
  return raw ? raw.trim().replace('_', '-') || null : null;
}

/** `<link rel="canonical" href>`, by tag name (a `link[rel=…]` selector scans the whole page in happy-dom). */
function canonicalLink(links: readonly Element[]): string | null {
  for (const link of links) {
    if (attr(link, 'rel')?.trim().toLowerCase() === 'canonical') return attr(link, 'href');
  }
  return null;
}

function readUrl(links: readonly Element[], meta: MetaReader, pageUrl: string | null): string | null {
  const canonical = canonicalLink(links) ?? meta('og:url');
  for (const candidate of [canonical, pageUrl]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, pageUrl ?? undefined);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
      url.hash = '';
      return url.toString();
    } catch {
      // A relative canonical without a page URL, or garbage: try the next source.
    }
  }
  return null;
}

function readKeywords(doc: Document, ld: JsonLdArticle | null, meta: MetaReader): string[] {
  const found: string[] = [];
  const add = (k: string): void => {
    const clean = k.trim();
    // CMS templates print empty fields as "null" or "undefined".
    if (/^(?:null|undefined|none)$/i.test(clean)) return;
    if (clean && clean.length < 60 && !found.some((f) => f.toLowerCase() === clean.toLowerCase())) found.push(clean);
  };
  meta.all('article:tag').forEach(add);
  ld?.keywords.forEach(add);
  for (const key of ['news_keywords', 'keywords']) (meta(key) ?? '').split(',').forEach(add);
  return found;
}

/** Site names that are not names: CMS placeholders ("Hosted", "article") and taglines
 * ("Yahoo News - Latest News & Headlines" → "Yahoo News"). */
function cleanSiteName(value: string | null | undefined): string | null {
  if (!value) return null;
  const name = value.split(/\s+[-|–—:]\s+/)[0]!.trim();
  if (!name || /^(?:hosted|home|article|news|website|site|blog|null|undefined)$/i.test(name)) return null;
  return name;
}

/** A date in the URL's path: /2015/03/18/ or /2019-11-19/. */
const URL_DAY = /\/((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=[/-]|$)/;

/**
 * The page's own calendar day when the machine date is in UTC: an article published at
 * 2019-11-19T07:03Z is dated 18 November in its URL (/2019/11/18/) and on its page, the newsroom's
 * local day. Also the only date some pages give (washingtonpost.com: "March 18 at 3:57 PM").
 */
function preferUrlDay(published: string | null, url: string | null): string | null {
  const m = url ? URL_DAY.exec(new URL(url, 'http://x').pathname) : null;
  if (!m) return published;
  const urlDay = `${m[1]}-${m[2]}-${m[3]}`;
  if (!published) return urlDay;
  const utc = /(?:Z|[+-]00:?00)$/.test(published);
  const apart = Math.abs(Date.parse(published.slice(0, 10)) - Date.parse(urlDay)) / 86400000;
  return utc && apart === 1 ? urlDay : published;
}

function hostName(pageUrl: string | null): string | null {
  if (!pageUrl) return null;
  try {
    const host = new URL(pageUrl).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}
