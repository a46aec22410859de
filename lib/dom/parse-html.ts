/**
 * Parses saved HTML into a Document outside the browser (CLI, tests, benchmark) with happy-dom,
 * with every kind of loading and script execution turned off: a saved page never runs code
 * and never makes a network request here.
 */
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  /** Frees happy-dom's resources; call when done with the document. */
  close(): void;
}

/**
 * Blink's HTML parser never nests elements deeper than this (kMaximumHTMLParserDOMTreeDepth in
 * html_construction_site.cc): what would go deeper is added as a sibling at this depth instead.
 * happy-dom has no such limit, and its querySelectorAll recurses once per level, so 4,000 nested
 * `<div>`s overflow the stack. Parsing with Chromium's limit keeps the CLI from breaking and gives
 * it the tree the content script would see in Chrome.
 */
export const MAX_TREE_DEPTH = 512;

export function parseHtml(html: string, url = 'https://localhost/'): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(withoutRawTextInSvg(html), 'text/html') as unknown as Document;
  // Fewer tags than the limit cannot nest that deep: skip the walk.
  if (countTags(html, MAX_TREE_DEPTH) >= MAX_TREE_DEPTH) limitTreeDepth(document, MAX_TREE_DEPTH);
  return {
    document,
    close: () => void window.happyDOM.close(),
  };
}

const SVG_START = /<svg\b/gi;
const SVG_END = /<\/svg\s*>/gi;
const RAW_TEXT_ELEMENT = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const RAW_TEXT_START = /<(?:style|script)\b/i;

/**
 * happy-dom drops a `<style>` or `<script>` inside an inline `<svg>`, and with it everything after
 * it in the document (capricorn86/happy-dom#2231, open in 21.0.4): the icon sprite at the top of
 * readability/cnet took the whole story with it, so the CLI called the page "not an article".
 * Neither element holds text a reader sees, so each is cut from every `<svg>…</svg>` before
 * parsing. One pass over the HTML: each `<svg` is looked at once, up to its first `</svg>`.
 */
export function withoutRawTextInSvg(html: string): string {
  let out = '';
  let copied = 0;
  for (SVG_START.lastIndex = 0; SVG_START.exec(html); ) {
    const start = SVG_START.lastIndex - 4;
    SVG_END.lastIndex = start;
    if (!SVG_END.exec(html)) break;
    const end = SVG_END.lastIndex;
    const svg = html.slice(start, end);
    if (RAW_TEXT_START.test(svg)) {
      out += html.slice(copied, start) + svg.replace(RAW_TEXT_ELEMENT, '');
      copied = end;
    }
    SVG_START.lastIndex = end;
  }
  return copied === 0 ? html : out + html.slice(copied);
}

/** How many "<" the HTML holds, counting no further than `stop`. */
function countTags(html: string, stop: number): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1 && count < stop; at = html.indexOf('<', at + 1)) count++;
  return count;
}

/**
 * As Blink builds the tree: an element at depth `max` (the root element is depth 1) holds no
 * children; its descendants follow it as siblings, in document order. Iterative, so a tree of any
 * depth is walked without recursion.
 */
export function limitTreeDepth(document: Document, max: number): void {
  const root = document.documentElement;
  if (!root) return;
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth >= max && node.firstChild) {
      flattenInto(node);
      continue;
    }
    // childNodes by index: happy-dom's nextSibling/previousSibling search the parent's list, so a
    // sibling walk over 100,000 children would be quadratic.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
}

/**
 * Moves every descendant of `node` after it, as siblings, in document order. The subtree is taken
 * out whole, then apart from the bottom up: happy-dom walks a removed node's whole subtree, so
 * taking a 5,000-deep chain apart from the top would cost seconds.
 */
function flattenInto(node: Node): void {
  const parent = node.parentNode;
  const document = node.ownerDocument;
  if (!parent || !document) return;
  const inOrder: Node[] = [];
  const pending: Node[] = [];
  while (node.lastChild) pending.push(node.removeChild(node.lastChild));
  while (pending.length > 0) {
    const next = pending.pop()!;
    inOrder.push(next);
    const children = next.childNodes;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
  // Last first, each node is a leaf by the time it is removed.
  for (let i = inOrder.length - 1; i >= 0; i--) inOrder[i]!.parentNode?.removeChild(inOrder[i]!);
  const siblings = document.createDocumentFragment();
  for (const descendant of inOrder) siblings.appendChild(descendant);
  parent.insertBefore(siblings, node.nextSibling);
}
