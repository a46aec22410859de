/**
 * Two addresses of the same page: equal but for the fragment. A reader following the story's own
 * "#section" or footnote links stays on the page, and nothing needs reading again. Its own file:
 * the page watcher, in the script injected into every page, needs it without the article reader.
 */
export function samePage(url: string, other: string): boolean {
  return withoutFragment(url) === withoutFragment(other);
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
