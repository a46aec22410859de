/**
 * Visible bylines and date elements, found in one pass over the page's elements by their
 * attributes. (The same lookups as CSS selectors — `[class*="byline"]`, `.author-name, …` — cost
 * happy-dom 1–8 ms each per page; the pass costs under one.)
 */
import { namesOf } from './visibility';
import { attr, hasNoAttributes } from '../dom/attributes';
import { elementsUnder, type PageElements } from '../dom/page-elements';

/** Author-name classes, the most specific byline markup after schema.org and rel=author. */
const AUTHOR_NAME_CLASSES = new Set(['author-name', 'author__name', 'byline__name', 'byline-name', 'byline__author', 'contributor-name']);

/**
 * How specific an element's byline markup is, lower first; null when it has none:
 * 0 `[itemprop~=author] [itemprop~=name]`, 1 `[itemprop~=author]` (`~`: itemprop holds a list,
 * "author creator" on nytimes.com), 2 `[rel=author]`, 3 an author-name class, 4 `.author`,
 * 5 `.byline`, 6 a class containing "byline", 7 a class containing "author".
 */
function bylineRank(el: Element): number | null {
  if (hasNoAttributes(el)) return null;
  const itemprop = attr(el, 'itemprop');
  if (itemprop) {
    const props = itemprop.split(/\s+/);
    if (props.includes('name') && el.parentElement?.closest('[itemprop~="author"]')) return 0;
    if (props.includes('author')) return 1;
  }
  if (attr(el, 'rel') === 'author') return 2;
  const cls = attr(el, 'class');
  if (!cls) return null;
  const lower = cls.toLowerCase();
  if (!lower.includes('author') && !lower.includes('byline') && !lower.includes('contributor')) return null;
  const tokens = lower.split(/\s+/);
  if (tokens.some((t) => AUTHOR_NAME_CLASSES.has(t))) return 3;
  if (tokens.includes('author')) return 4;
  if (tokens.includes('byline')) return 5;
  if (lower.includes('byline')) return 6;
  return lower.includes('author') ? 7 : null;
}

/** Visible bylines, most specific markup first, then in page order: schema.org markup,
 * rel=author, author-name classes, then whole byline blocks ("By Erin Cunningham", "Tom Davies
 * Associated Press Published …"). Bylines of other stories (related lists, sidebars) are skipped.
 * `elements`: the page's (lib/dom/page-elements.ts). */
export function* visibleBylines(elements: PageElements, body: Element | null, region: Element | null): Generator<string> {
  let inRegion = false;
  const scope = region ?? body;
  for (const line of bylinesIn(scope ? elementsUnder(elements, scope) : [])) {
    inRegion = true;
    yield line;
  }
  // No byline markup in the story's region: a byline placed apart from the story (a page-wide
  // header bar). When the region has bylines that name no person ("Reuters"), the story has none.
  if (region && body && !inRegion) yield* bylinesIn(elementsUnder(elements, body), region);
}

/** Bylines among `candidates` (in page order), skipping the subtree `except` (already searched). */
function* bylinesIn(candidates: readonly Element[], except?: Element): Generator<string> {
  const ranked: { el: Element; rank: number; order: number }[] = [];
  for (let order = 0; order < candidates.length; order++) {
    const el = candidates[order]!;
    const rank = bylineRank(el);
    if (rank !== null && !except?.contains(el)) ranked.push({ el, rank, order });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const { el } of ranked) {
    // An author name in a related-stories list or a sidebar is another story's
    // ("Telegraph View" on readability/telegraph).
    if (inOtherStories(el)) continue;
    const text = el.textContent?.replace(/\s+/g, ' ').trim();
    if (text && text.length < 120) yield text;
  }
}

/** Elements that may show the publication date on pages with no machine-readable one, in page
 * order: `<time>`, `[itemprop=datePublished]`, classes naming a date, a publication or a byline
 * ("By GILLIAN MOHNEY March 11, 2015 3:46 PM"). */
export function* visibleDateElements(elements: PageElements, body: Element | null): Generator<Element> {
  for (const el of body ? elementsUnder(elements, body) : []) {
    if (el.tagName === 'TIME' || attr(el, 'itemprop') === 'datePublished' || DATE_CLASS.test(attr(el, 'class') ?? '')) yield el;
  }
}

const DATE_CLASS = /publish|date|timestamp|byline/i;

/** The first `<time datetime>` of `times` (the page's, in order), preferring one inside an `<article>`. */
export function machineTime(times: readonly Element[]): string | null {
  let first: string | null = null;
  for (const time of times) {
    const value = time.getAttribute('datetime');
    if (!value) continue;
    if (time.closest('article')) return value;
    first ??= value;
  }
  return first;
}

/** Containers of other stories' bylines: related lists, sidebars, recommendations, comments. */
const OTHER_STORIES = /related|sidebar|recommend|more-?stories|also-?read|popular|trending|latest|promo|outbrain|taboola|widget|footer|comment|teaser/i;

function inOtherStories(el: Element): boolean {
  for (let a = el.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
    if (a.tagName === 'ASIDE' || a.tagName === 'FOOTER' || a.tagName === 'NAV' || OTHER_STORIES.test(namesOf(a))) return true;
  }
  return false;
}
