/** Share of an element's text that sits inside links: high for menus and lists of headlines. */
export function linkDensity(el: Element): number {
  const lengths = { total: 0, linked: 0 };
  addTextLengths(el, false, lengths);
  return lengths.total === 0 ? 0 : Math.min(1, lengths.linked / lengths.total);
}

/** Adds the characters of text under `el`, and how many of them sit inside links, to `into`: one
 * walk over the subtree, without building the strings `textContent` would. */
function addTextLengths(el: Element, inLink: boolean, into: { total: number; linked: number }): void {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const length = node.nodeValue?.length ?? 0;
      into.total += length;
      if (inLink) into.linked += length;
    } else if (node.nodeType === 1) {
      addTextLengths(node as Element, inLink || (node as Element).tagName === 'A', into);
    }
  }
}
