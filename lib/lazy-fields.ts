/**
 * Fields computed on first read. The content script paints highlights from the text, quotes and
 * people alone; the article's metadata, tags and citation are for the card, so there they are
 * computed when something first reads one of them (the popup asking, a copy), not before the
 * first paint. The getters are enumerable, so JSON and structured clones carry the values.
 */
export function defineLazyFields<T extends object, K extends keyof T>(target: Omit<T, K>, keys: readonly K[], compute: () => Pick<T, K>): T {
  let values: Pick<T, K> | null = null;
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => (values ??= compute())[key],
    });
  }
  return target as T;
}
