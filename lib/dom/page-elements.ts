/**
 * The page's elements of the few tags the article stage looks up, from one pass over the page.
 *
 * Each `getElementsByTagName` walks the whole tree in happy-dom (the CLI and the tests), and the
 * pre-check and the metadata ask for ten tags between them: one walk over `*`, read with `for…of`
 * (indexing happy-dom's collections re-runs their query per index), costs about what the walk for
 * `p` alone did. The lists keep document order, as `getElementsByTagName` gives them.
 */

/** The tags kept: the pre-check's paragraphs, and the metadata's sources. */
const INDEXED_TAGS = ['P', 'PRE', 'ARTICLE', 'BR', 'DIV', 'META', 'LINK', 'SCRIPT', 'H1', 'TIME'] as const;
export type IndexedTag = (typeof INDEXED_TAGS)[number];

export interface PageElements extends Readonly<Record<IndexedTag, readonly Element[]>> {
  /** Every element of the page. */
  all: readonly Element[];
}

/** A snapshot: read it at once, a page that changes needs a new one. */
export function pageElements(doc: Document): PageElements {
  const all: Element[] = [];
  const lists = { all } as Record<IndexedTag, Element[]> & { all: Element[] };
  for (const tag of INDEXED_TAGS) lists[tag] = [];
  const byTag = lists as unknown as Record<string, Element[] | undefined>;
  for (const el of doc.getElementsByTagName('*')) {
    all.push(el);
    byTag[el.tagName]?.push(el);
  }
  return lists;
}

/** The elements inside `root` (not itself), in document order: the run of `all` that follows it,
 * up to the first element after its subtree (no second walk of the subtree). */
export function elementsUnder(elements: PageElements, root: Element): readonly Element[] {
  const { all } = elements;
  const start = all.indexOf(root);
  if (start < 0) return [...root.getElementsByTagName('*')];
  let after: Element | null = null;
  for (let el: Element | null = root; el && !after; el = el.parentElement) after = el.nextElementSibling;
  const end = after ? all.indexOf(after, start + 1) : -1;
  return all.slice(start + 1, end < 0 ? all.length : end);
}
