/**
 * The cheap pre-check run before any real work, so that on pages that are not articles (home
 * pages, search results, web apps) the content script gives up in a couple of milliseconds.
 * Readability's `isProbablyReaderable` idea: enough long paragraphs outside page furniture.
 */
import { inPageChrome } from './visibility';
import type { IndexedTag, PageElements } from '../dom/page-elements';

/** A paragraph this long counts towards the evidence (Readability's default minContentLength). */
const MIN_PARAGRAPH = 140;
/** Sum of sqrt(length - MIN_PARAGRAPH) needed (Readability's minScore). */
const MIN_SCORE = 20;
/** The page states it is an article: og:type=article or JSON-LD NewsArticle. */
const ARTICLE_MARKERS = 'meta[property="og:type"][content="article"], script[type="application/ld+json"], article, [itemprop~="articleBody"]';

/**
 * `elements`: the page's elements by tag, when the caller has them already (lib/dom/page-elements.ts,
 * one walk for the whole article stage in happy-dom). Without them each tag is looked up on its
 * own: in a browser that is native and cheap, and the pre-check is all a non-article page pays.
 */
export function looksLikeArticle(doc: Document, elements?: PageElements): boolean {
  const body = doc.body;
  if (!body) return false;
  const byTag = (tag: IndexedTag): Iterable<Element> => elements?.[tag] ?? body.getElementsByTagName(tag);
  let score = 0;
  // Paragraphs first (by tag name, and ancestors checked by hand: selector lists and closest()
  // cost happy-dom several times more); the sum is order-free, so the early exit is too.
  // Each candidate's length is looked at first: a short one scores nothing wherever it is, and
  // the walk up its ancestors (inPageChrome) is the costly part on a page of short paragraphs.
  for (const tag of ['P', 'PRE', 'ARTICLE'] as const) {
    for (const p of byTag(tag)) {
      score += evidence(p);
      if (score > MIN_SCORE) return true;
    }
  }
  for (const div of doc.body.querySelectorAll('[itemprop~="articleBody"] div')) {
    score += evidence(div);
    if (score > MIN_SCORE) return true;
  }
  // Text separated by <br> rather than <p> (blogs, older CMSs: scrapinghub/358cc4a08045): each
  // run of text between line breaks counts as a paragraph.
  for (const br of byTag('BR')) {
    const text = br.previousSibling?.nodeType === 3 ? (br.previousSibling.nodeValue ?? '').trim() : '';
    score += paragraphScore(text.length);
    if (score > MIN_SCORE) return true;
  }
  // Text straight inside <div>s, with no <p> or <br> (scrapinghub/fde930b01859).
  for (const div of byTag('DIV')) {
    for (let node = div.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) score += paragraphScore((node.nodeValue ?? '').trim().length);
    }
    if (score > MIN_SCORE) return true;
  }
  // Pages that state they are articles get a lower bar (short news items).
  return score > MIN_SCORE / 4 && doc.querySelector(ARTICLE_MARKERS) !== null;
}

/**
 * A paragraph's score, 0 when it is short, in the page's chrome, or inside a list item. The last is
 * Readability's own rule (`node.matches("li p")` in isProbablyReaderable), applied to `<article>`
 * too: the teasers of a home page or section front are list items, each an `<article>` with a
 * summary paragraph (readability/nytimes-5, a home page of 27 such teasers, passed, and was read
 * in full to be found no article: 12 ms of the page's thread in a warm tab). No story page of the
 * 257 in ../shared/data needed its list items to pass.
 */
function evidence(p: Element): number {
  const length = (p.textContent ?? '').trim().length;
  return length < MIN_PARAGRAPH || inPageChrome(p, true) ? 0 : paragraphScore(length);
}

function paragraphScore(length: number): number {
  return length < MIN_PARAGRAPH ? 0 : Math.sqrt(length - MIN_PARAGRAPH);
}
