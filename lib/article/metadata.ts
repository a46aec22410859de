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
import { namesOf } from './visibility';

/** Everything in `Article` that comes from the page's metadata rather than its body. */
export type Metadata = Omit<Article, 'isArticle' | 'text' | 'wordCount'>;

/** Query parameters that only track the reader (utm_*, click ids, share sources). */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ocid|cmpid|smid|s_cid|ref|ref_src|__twitter_impression|_ga)$/i;

export function readMetadata(doc: Document, pageUrl: string | null, headerLines: string[], firstParagraph: string): Metadata {
  const ld = readJsonLdArticle(doc);
  const meta = metaReader(doc);

  const url = readUrl(doc, meta, pageUrl);
  const siteName =
    outletForUrl(url ?? pageUrl) ??
    cleanSiteName(meta('og:site_name')) ??
    cleanSiteName(ld?.publisherName) ??
    cleanSiteName(meta('application-name')) ??
    hostName(url ?? pageUrl);
  const publisher = ld?.publisherName ?? meta('og:site_name') ?? null;
  const outletNames = [siteName, publisher].filter((n): n is string => !!n);

  return {
    title: readTitle(doc, ld, meta, siteName),
    ...readAuthors(doc, ld, meta, headerLines, outletNames),
    siteName,
    publisher,
    published: preferUrlDay(readPublished(doc, ld, meta, headerLines), url ?? pageUrl),
    modified: normalizeMachineDate(ld?.dateModified ?? meta('article:modified_time') ?? meta('og:updated_time')),
    dateline: readDateline(headerLines, firstParagraph),
    section: meta('article:section') ?? ld?.section ?? null,
    lang: readLang(doc, ld, meta),
    url,
    keywords: readKeywords(doc, ld, meta),
  };
}

type MetaReader = (name: string) => string | null;

/** One pass over `<meta>`: name, property and itemprop keys, first non-empty value wins. */
function metaReader(doc: Document): MetaReader {
  const values = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const key of [el.getAttribute('name'), el.getAttribute('property'), el.getAttribute('itemprop')]) {
      if (key && !values.has(key.toLowerCase())) values.set(key.toLowerCase(), content);
    }
  }
  return (name) => values.get(name.toLowerCase()) ?? null;
}

function readTitle(doc: Document, ld: JsonLdArticle | null, meta: MetaReader, siteName: string | null): string | null {
  const h1 = doc.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();
  const raw = ld?.headline ?? meta('citation_title') ?? meta('og:title') ?? meta('twitter:title') ?? h1 ?? doc.title;
  return raw ? stripSiteSuffix(raw.replace(/\s+/g, ' ').trim(), siteName) : null;
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
  ld: JsonLdArticle | null,
  meta: MetaReader,
  headerLines: string[],
  outletNames: string[],
): { authors: string[]; organizationAuthors: string[] } {
  const result: SplitAuthors = { people: [], organizations: [] };
  // Each source in order; the first that yields a person wins.
  const sources: (() => void)[] = [
    () => ld?.authors.forEach((a) => (a.isOrganization ? classifyOrganization(a.name, outletNames, result) : addSplit(a.name))),
    () => doc.querySelectorAll('meta[name="citation_author"]').forEach((m) => addSplit(m.getAttribute('content') ?? '')),
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
      for (const line of visibleBylines(doc)) {
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

function classifyOrganization(name: string, outletNames: string[], into: SplitAuthors): void {
  const probe: SplitAuthors = { people: [], organizations: [] };
  classifyName(name, [], probe);
  if (probe.people.length || probe.organizations.length) {
    if (!into.organizations.includes(name) && !outletNames.includes(name)) into.organizations.push(name);
  }
}

/** Visible bylines, most specific first: schema.org markup, rel=author, author-name classes,
 * then whole byline blocks ("By Erin Cunningham", "Tom Davies Associated Press Published …"). */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '.author-name, .author__name, .byline__name, .byline-name, .byline__author, .contributor-name',
  '.author',
  '.byline',
  '[class*="byline"]',
  '[class*="author"]',
];

function* visibleBylines(doc: Document): Generator<string> {
  for (const selector of BYLINE_SELECTORS) {
    for (const el of doc.querySelectorAll(selector)) {
      // An author name in a related-stories list or a sidebar is another story's
      // ("Telegraph View" on readability/telegraph).
      if (inFurniture(el)) continue;
      const text = el.textContent?.replace(/\s+/g, ' ').trim();
      if (text && text.length < 120) yield text;
    }
  }
}

/** Containers of other stories' bylines: related lists, sidebars, recommendations, comments. */
const OTHER_STORIES = /related|sidebar|recommend|more-?stories|also-?read|popular|trending|latest|promo|outbrain|taboola|widget|footer|comment|teaser/i;

function inFurniture(el: Element): boolean {
  for (let a = el.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
    if (a.tagName === 'ASIDE' || a.tagName === 'FOOTER' || a.tagName === 'NAV' || OTHER_STORIES.test(namesOf(a))) return true;
  }
  return false;
}

function readPublished(doc: Document, ld: JsonLdArticle | null, meta: MetaReader, headerLines: string[]): string | null {
  const machine =
    ld?.datePublished ??
    meta('article:published_time') ??
    meta('citation_publication_date') ??
    meta('citation_date') ??
    meta('dc.date.issued') ??
    meta('dc.date') ??
    meta('date') ??
    meta('pubdate') ??
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  const fromMachine = normalizeMachineDate(machine);
  if (fromMachine) return fromMachine;
  for (const line of headerLines) {
    const fromLine = parseHumanDate(line);
    if (fromLine) return fromLine;
  }
  // A visible date in the page's date elements: "Published 11:34 PM EST Nov 19, 2019".
  for (const el of doc.querySelectorAll(VISIBLE_DATE_SELECTOR)) {
    const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length > 80 || /\bupdated\b/i.test(text)) continue;
    const fromText = parseHumanDate(text);
    if (fromText) return fromText;
  }
  return null;
}

/** Elements that hold the visible publication date on pages with no machine-readable one. */
const VISIBLE_DATE_SELECTOR = 'time, [class*="publish"], [class*="date"], [class*="timestamp"], [itemprop="datePublished"]';

function readDateline(headerLines: string[], firstParagraph: string): string | null {
  for (const line of headerLines) {
    const outletCity = OUTLET_CITY_LINE.exec(line);
    if (outletCity) return outletCity[1]!.trim();
    if (/^by\s/i.test(line) || !line.includes(',')) continue;
    const match = DATELINE_LINE.exec(line);
    if (match) return match[1]!.trim();
  }
  const inline = INLINE_DATELINE.exec(firstParagraph) ?? INLINE_DATELINE_MIXED.exec(firstParagraph);
  return inline ? inline[1]!.trim() : null;
}

function readLang(doc: Document, ld: JsonLdArticle | null, meta: MetaReader): string | null {
  const raw = doc.documentElement.getAttribute('lang') ?? meta('og:locale') ?? ld?.inLanguage ?? meta('content-language');
  return raw ? raw.trim().replace('_', '-') || null : null;
}

function readUrl(doc: Document, meta: MetaReader, pageUrl: string | null): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url');
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
  doc.querySelectorAll('meta[property="article:tag"]').forEach((m) => add(m.getAttribute('content') ?? ''));
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
