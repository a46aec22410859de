/**
 * Finds the element(s) holding the story in a live page, without changing the page.
 *
 * Scoring follows Readability's idea (paragraph text, commas, class names, link density),
 * computed in one read-only walk: every paragraph-like element gives points to its parent,
 * grandparent and great-grandparent; the best-scoring container wins, and sibling containers
 * that score close to it (a body split by an ad or a "related" box) join it.
 */
import { NEGATIVE_NAMES, POSITIVE_NAMES } from './boilerplate';
import { attr, hasNoAttributes } from '../dom/attributes';
import { linkDensity } from '../dom/link-density';
import { isFurniture, namesOf } from './visibility';

/** A paragraph shorter than this is a label, not story text. */
const MIN_PARAGRAPH_CHARS = 25;
/** A best container scoring less than this holds a few sentences at most: not a story. */
const MIN_ROOT_SCORE = 5;
/** A best container below this may be page furniture that won because the story was filtered out. */
const WEAK_ROOT_SCORE = 30;
/** How many wrapper levels the chosen container may climb. */
const MAX_CLIMB = 8;
/** How many of the best-scoring containers are weighed by link density (Readability uses 5). */
const TOP_CANDIDATES = 5;
/** A sibling joins the top candidate when it scores at least this share of it. */
const SIBLING_SHARE = 0.2;

/** Elements whose own text is a paragraph of the story. DIVs count when they hold text directly
 * (pages that separate paragraphs with `<br>` instead of `<p>`). */
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE', 'LI', 'H2', 'H3']);

export interface RootResult {
  /** The story's containers in document order (usually one). */
  roots: Element[];
  /** Score of the best container; small scores mean "probably not an article". */
  score: number;
  /** Whether class and id names were trusted to skip furniture (false on the second look). */
  byName: boolean;
}

/** `paragraphs`: the page's `<p>` elements, when the caller has them (lib/dom/page-elements.ts). */
export function findArticleRoot(doc: Document, paragraphs?: readonly Element[]): RootResult | null {
  const body = doc.body;
  if (!body) return null;

  const preferred = preferredRoot(paragraphs ?? body.getElementsByTagName('p'));
  if (preferred) return { roots: [preferred], score: 100, byName: true };

  // Class names filter furniture cheaply, but some sites name the whole page wrapper like an ad
  // slot ("Page-ad-margins", scrapinghub/098bb3e96c0a): when that leaves nothing, look again
  // trusting tags and roles only (Readability retries the same way).
  const strict = bestCandidate(body, true);
  if (strict && strict.score >= WEAK_ROOT_SCORE) return strict;
  const lax = bestCandidate(body, false);
  // The story hidden by a name ("theiaStickySidebar", scrapinghub/0e014df693f1) outscores what
  // the strict look found (a cookie banner).
  return lax && (!strict || lax.score > strict.score * 2) ? lax : strict;
}

function bestCandidate(body: HTMLElement, byName: boolean): RootResult | null {
  const scores = new Map<Element, number>();
  scoreParagraphs(body, scores, byName);
  // Link density costs a walk of the element: only the best raw candidates pay it, and of those
  // only the ones that could still win (weighting never raises a score). The others are weighed
  // when they come up as siblings of the winner.
  let top: Element | null = null;
  let topScore = 0;
  const best = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  const unweighed = new Set<Element>();
  for (const [el, raw] of best) {
    if (raw <= topScore) {
      unweighed.add(el);
      continue;
    }
    const score = raw * (1 - linkDensity(el));
    scores.set(el, score);
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  if (!top || topScore < MIN_ROOT_SCORE) return null;
  top = climbWhileSameText(top);
  const score = (el: Element): number => {
    const raw = scores.get(el) ?? 0;
    return unweighed.has(el) ? raw * (1 - linkDensity(el)) : raw;
  };
  return { roots: withSiblings(top, topScore, score, byName), score: topScore, byName };
}

/**
 * Containers the page itself marks as the story body (schema.org `articleBody`), taken when there is
 * one and it holds real paragraphs.
 *
 * Only a container of `<p>`s can pass, so the marked containers are looked for among the
 * paragraphs' ancestors (each visited once), not with a `[itemprop]` selector over the page: that
 * costs happy-dom a walk of every element (a tenth of the whole article stage). A marked element
 * with no paragraph in it is no candidate, and no rival to one that has them.
 */
function preferredRoot(paragraphs: Iterable<Element>): Element | null {
  const visited = new Set<Element>();
  let marked: Element | null = null;
  for (const p of paragraphs) {
    for (let el = p.parentElement; el && !visited.has(el); el = el.parentElement) {
      visited.add(el);
      if (hasNoAttributes(el)) continue;
      const itemprop = attr(el, 'itemprop');
      if (itemprop === null || !itemprop.split(/\s+/).includes('articleBody')) continue;
      if (marked) return null;
      marked = el;
    }
  }
  if (marked && paragraphChars(marked) > 400 && !isFurniture(marked)) return marked;
  return null;
}

function paragraphChars(el: Element): number {
  let total = 0;
  for (const p of el.getElementsByTagName('p')) total += (p.textContent ?? '').trim().length;
  return total;
}

/** Walks visible, non-furniture elements; each paragraph adds its score to its ancestors. */
function scoreParagraphs(root: Element, scores: Map<Element, number>, byName: boolean): void {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (isFurniture(child, byName)) continue;
    // A list item or cell that holds blocks is a container, not a paragraph (Readability scores no
    // <li> at all): on readability/yahoo-3 each teaser of the "Good Morning America" stream is an
    // <li> holding a <div><p>, and as paragraphs they gave their <ul> more points than the story.
    if ((PARAGRAPH_TAGS.has(child.tagName) && !hasBlockChild(child)) || (child.tagName === 'DIV' && hasDirectText(child))) {
      const text = (child.textContent ?? '').trim();
      if (text.length >= MIN_PARAGRAPH_CHARS) {
        const points = 1 + countCommas(text) + Math.min(Math.floor(text.length / 100), 3);
        // Text straight in a <div> that also holds blocks is that div's own paragraph, so the div
        // is the first to score (Readability wraps such text in a <p> inside the div): on
        // scrapinghub/f6ac15a4d985 the story is a text run after the title <p> and the images of
        // `div.col-md-9`, whose parent row also holds a long sidebar of archive links.
        let ancestor = child.tagName === 'DIV' && hasBlockChild(child) ? child : child.parentElement;
        for (let level = 1; ancestor && level <= 3; level++, ancestor = ancestor.parentElement) {
          if (ancestor.tagName === 'HTML') break;
          if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor));
          scores.set(ancestor, scores.get(ancestor)! + points / level);
        }
      }
      if (child.tagName !== 'DIV') continue;
    }
    scoreParagraphs(child, scores, byName);
  }
}

/** Children that make their parent a container of blocks rather than a paragraph. */
const CONTAINER_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'DL', 'TABLE', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE']);

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (CONTAINER_TAGS.has(c.tagName)) return true;
  return false;
}

/** A DIV with a direct text child of real length: text separated by `<br>` rather than `<p>`. */
function hasDirectText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim().length >= MIN_PARAGRAPH_CHARS) return true;
  }
  return false;
}

/** Commas in Latin, CJK and Arabic scripts: more clauses, more likely prose. */
function countCommas(text: string): number {
  // indexOf per mark rather than a loop over every character: native, so as fast in a fresh tab
  // (where the loop would run in the interpreter) as later.
  let count = 0;
  for (const mark of COMMAS) for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) count++;
  return count;
}
const COMMAS = [',', '\uff0c', '\u3001', '\u060c'];

function initialScore(el: Element): number {
  let score = 0;
  switch (el.tagName) {
    case 'ARTICLE':
      score += 10;
      break;
    case 'DIV':
    case 'SECTION':
    case 'MAIN':
      score += 5;
      break;
    case 'PRE':
    case 'TD':
    case 'BLOCKQUOTE':
      score += 3;
      break;
    case 'OL':
    case 'UL':
    case 'DL':
    case 'FORM':
    case 'LI':
      score -= 3;
      break;
    default:
      break;
  }
  const names = namesOf(el);
  if (names) {
    if (NEGATIVE_NAMES.test(names)) score -= 25;
    if (POSITIVE_NAMES.test(names)) score += 25;
  }
  return score;
}

/** Wrappers that add nothing (`<div><div class="content">…</div></div>`) climb to the outer one,
 * which may hold sibling parts of the body split by an ad. */
function climbWhileSameText(el: Element): Element {
  let current = el;
  // The whole text's length: `textContent` builds it natively, faster than counting node by node
  // (wikipedia-2's 0.5 MB of text: 2–3 ms against 5–16 in Chromium, 10 against 16 in happy-dom).
  let length = el.textContent?.length ?? 0;
  const limit = length * 1.05;
  // A parent's text is its child's plus the child's siblings': only the siblings are read, and only
  // until they pass the limit (reading each parent's whole text made deep pages quadratic).
  for (let level = 0; level < MAX_CLIMB && current.parentElement && current.parentElement.tagName !== 'BODY'; level++) {
    const parent = current.parentElement;
    let total = length;
    for (let node = parent.firstChild; node && total <= limit; node = node.nextSibling) {
      if (node !== current) total += textLength(node, limit - total);
    }
    if (total > limit) break;
    length = total;
    current = parent;
  }
  return current;
}

/** The length of a node's `textContent`, counted without building it; the count stops once it
 * passes `cap` (the caller only needs to know that it did). */
function textLength(node: Node, cap: number): number {
  if (node.nodeType === 3 || node.nodeType === 4) return node.nodeValue?.length ?? 0;
  if (node.nodeType !== 1) return 0;
  let total = 0;
  for (let child = node.firstChild; child && total <= cap; child = child.nextSibling) total += textLength(child, cap - total);
  return total;
}

/** Prose paragraphs beside the top candidate: they join it (Readability's sibling test). On
 * readability/herald-sun-1 the story's first three paragraphs sit straight in `div.story-body`
 * and the other twelve in `#read-more > #read-more-content`, which wins: without its sibling
 * paragraphs the body began at the fifth. */
const PROSE_SIBLING_MIN_CHARS = 80;
const PROSE_SIBLING_MAX_LINK_DENSITY = 0.25;
const SENTENCE_END = /\.( |$)/;

function isProseParagraph(el: Element): boolean {
  if (el.tagName !== 'P') return false;
  const length = (el.textContent ?? '').trim().length;
  const density = linkDensity(el);
  // A short one counts when it has no link and ends a sentence.
  return (length > PROSE_SIBLING_MIN_CHARS && density < PROSE_SIBLING_MAX_LINK_DENSITY) || (length > 0 && density === 0 && SENTENCE_END.test(el.textContent ?? ''));
}

/** The top candidate plus siblings that score close to it (a body split in parts), and prose
 * paragraphs beside it. */
function withSiblings(top: Element, topScore: number, score: (el: Element) => number, byName: boolean): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * SIBLING_SHARE);
  const roots: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === top) roots.push(sibling);
    else if (!isFurniture(sibling, byName) && (score(sibling) >= threshold || isProseParagraph(sibling))) roots.push(sibling);
  }
  return roots;
}
