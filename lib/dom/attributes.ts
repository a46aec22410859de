/**
 * Attribute reads a page cannot break. A `<form>` exposes its controls as properties that shadow
 * the element's own methods (HTMLFormElement is [LegacyOverrideBuiltIns]): with
 * `<form><input name="getAttribute">…`, `form.getAttribute` is that input, in the content script's
 * world too, and ASP.NET pages wrap the whole page in one form. When the method is shadowed these
 * take it from the element's prototype chain instead.
 */
export function attr(el: Element, name: string): string | null {
  const own: unknown = el.getAttribute;
  return typeof own === 'function' ? (own as Element['getAttribute']).call(el, name) : protoMethod(el, 'getAttribute').call(el, name);
}

export function hasAttr(el: Element, name: string): boolean {
  const own: unknown = el.hasAttribute;
  return typeof own === 'function' ? (own as Element['hasAttribute']).call(el, name) : protoMethod(el, 'hasAttribute').call(el, name);
}

/** No attributes at all: most elements of a page, for which attribute tests can stop at once. */
export function hasNoAttributes(el: Element): boolean {
  const own: unknown = el.hasAttributes;
  return !(typeof own === 'function' ? (own as Element['hasAttributes']).call(el) : protoMethod(el, 'hasAttributes').call(el));
}

function protoMethod<K extends 'getAttribute' | 'hasAttribute' | 'hasAttributes'>(el: Element, key: K): Element[K] {
  for (let proto: object | null = Object.getPrototypeOf(el) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const method: unknown = Object.getOwnPropertyDescriptor(proto, key)?.value;
    if (typeof method === 'function') return method as Element[K];
  }
  throw new TypeError(`no ${key} on ${el.nodeName}`);
}
