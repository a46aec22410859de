import { EMBEDDED_POST_NAMES, LIKELY_NAMES, SKIPPED_ROLES, SKIPPED_TAGS, UNLIKELY_NAMES } from './boilerplate';
import { attr, hasAttr, hasNoAttributes } from '../dom/attributes';
import { linkDensity } from '../dom/link-density';

/** The part of UNLIKELY_NAMES that may name the story's own continuation. */
const READ_MORE_NAME = /^read-?more$/i;
/** A "read more" container with more of its text in links than this is a list of other stories. */
const READ_MORE_MAX_LINK_DENSITY = 0.5;

/** `class` and `id` of an element, joined, for the name patterns. */
export function namesOf(el: Element): string {
  const cls = attr(el, 'class') ?? '';
  return el.id ? `${cls} ${el.id}` : cls;
}

/** Hidden by markup alone (no layout needed, so it is cheap in the page and in happy-dom). */
export function isHiddenByMarkup(el: Element): boolean {
  if (hasAttr(el, 'hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Inside the page's chrome: navigation, a sidebar or footer (by tag or `role=navigation`), or
 * markup-hidden. Paragraphs there are no evidence of a story (the pre-check) and an `<h1>` there is
 * not its headline (the title). `orListItem`: an `<li>` counts too (the pre-check's teaser rule),
 * checked in the same walk up the ancestors.
 */
export function inPageChrome(el: Element, orListItem = false): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const tag = a.tagName;
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || (orListItem && tag === 'LI')) return true;
    if (hasNoAttributes(a)) continue;
    if (attr(a, 'role') === 'navigation' || hasAttr(a, 'hidden') || attr(a, 'aria-hidden') === 'true') return true;
  }
  return false;
}

/**
 * True when an element and everything inside it is page furniture: by tag (nav, aside,
 * forms…), by ARIA role, hidden, or by a class/id that says so ("sidebar", "related",
 * "share") unless the name also says it holds the story ("article-body sidebar-aware").
 */
export function isFurniture(el: Element, byName = true): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  // Most elements carry no attributes, and every test below reads one: stop at once.
  if (hasNoAttributes(el)) return false;
  const role = attr(el, 'role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  if (isHiddenByMarkup(el)) return true;
  if (!byName) return false;
  const names = namesOf(el);
  if (!names) return false;
  if (el.tagName === 'BODY' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return false;
  const unlikely = UNLIKELY_NAMES.exec(names);
  if (!unlikely || LIKELY_NAMES.test(names) || EMBEDDED_POST_NAMES.test(names)) return false;
  // "read more" names both a box of links to other stories and a story's own collapsed remainder
  // behind a "Read more" button: `<div id="read-more">` holds the last twelve paragraphs of
  // readability/herald-sun-1. Only the box of links is furniture.
  return !READ_MORE_NAME.test(unlikely[0]) || linkDensity(el) > READ_MORE_MAX_LINK_DENSITY;
}
