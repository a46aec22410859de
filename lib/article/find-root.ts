/**
 * Finds the element(s) holding the story in a live page, without changing the page.
 *
 * Scoring follows Readability's idea (paragraph text, commas, class names, link density),
 * computed in one read-only walk: every paragraph-like element gives points to its parent,
 * grandparent and great-grandparent; the best-scoring container wins, and sibling containers
 * that score close to it (a body split by an ad or a "related" box) join it.
 */
import { NEGATIVE_NAMES, POSITIVE_NAMES } from './boilerplate';
import { attr } from '../dom/attributes';
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

export function findArticleRoot(doc: Document): RootResult | null {
  const body = doc.body;
  if (!body) return null;

  const preferred = preferredRoot(doc);
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
  // Link density costs a walk of the element: only the best raw candidates pay it.
  let top: Element | null = null;
  let topScore = 0;
  const best = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  for (const [el, raw] of best) {
    const score = raw * (1 - linkDensity(el));
    scores.set(el, score);
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  if (!top || topScore < MIN_ROOT_SCORE) return null;
  top = climbWhileSameText(top);
  return { roots: withSiblings(top, topScore, scores, byName), score: topScore, byName };
}

/**
 * Containers the page itself marks as the story body (schema.org `articleBody`, or a single
 * `<article>`), taken when they hold real paragraphs.
 */
function preferredRoot(doc: Document): Element | null {
  // `[itemprop]` then the token by hand: happy-dom matches `[itemprop~="articleBody"]` at half the speed.
  const marked = [...doc.querySelectorAll('[itemprop]')].filter((el) => (attr(el, 'itemprop') ?? '').split(/\s+/).includes('articleBody'));
  if (marked.length === 1 && paragraphChars(marked[0]!) > 400 && !isFurniture(marked[0]!)) return marked[0]!;
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
    if (PARAGRAPH_TAGS.has(child.tagName) || (child.tagName === 'DIV' && hasDirectText(child))) {
      const text = (child.textContent ?? '').trim();
      if (text.length >= MIN_PARAGRAPH_CHARS) {
        const points = 1 + countCommas(text) + Math.min(Math.floor(text.length / 100), 3);
        let ancestor = child.parentElement;
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

/** A DIV with a direct text child of real length: text separated by `<br>` rather than `<p>`. */
function hasDirectText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim().length >= MIN_PARAGRAPH_CHARS) return true;
  }
  return false;
}

/** Commas in Latin, CJK and Arabic scripts: more clauses, more likely prose. */
function countCommas(text: string): number {
  let count = 0;
  for (const ch of text) if (ch === ',' || ch === '，' || ch === '、' || ch === '،') count++;
  return count;
}

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

/** Share of an element's text that sits inside links: high for menus and lists of headlines. */
export function linkDensity(el: Element): number {
  const { total, linked } = textLengths(el, false);
  return total === 0 ? 0 : Math.min(1, linked / total);
}

/** Characters of text under `el`, and how many of them sit inside links: one walk over the
 * subtree, without building the strings `textContent` would. */
function textLengths(el: Element, inLink: boolean): { total: number; linked: number } {
  let total = 0;
  let linked = 0;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const length = node.nodeValue?.length ?? 0;
      total += length;
      if (inLink) linked += length;
    } else if (node.nodeType === 1) {
      const inner = textLengths(node as Element, inLink || (node as Element).tagName === 'A');
      total += inner.total;
      linked += inner.linked;
    }
  }
  return { total, linked };
}

/** Wrappers that add nothing (`<div><div class="content">…</div></div>`) climb to the outer one,
 * which may hold sibling parts of the body split by an ad. */
function climbWhileSameText(el: Element): Element {
  let current = el;
  const length = (el.textContent ?? '').length;
  // A few levels at most: each step reads a subtree's text (deeply nested pages made this quadratic).
  for (let level = 0; level < MAX_CLIMB && current.parentElement && current.parentElement.tagName !== 'BODY'; level++) {
    const parent = current.parentElement;
    if ((parent.textContent ?? '').length > length * 1.05) break;
    current = parent;
  }
  return current;
}

/** The top candidate plus siblings that score close to it (a body split in parts). */
function withSiblings(top: Element, topScore: number, scores: Map<Element, number>, byName: boolean): Element[] {
  const parent = top.parentElement;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * SIBLING_SHARE);
  const roots: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === top) roots.push(sibling);
    else if (!isFurniture(sibling, byName) && (scores.get(sibling) ?? 0) >= threshold) roots.push(sibling);
  }
  return roots;
}
