/** Article metadata → CSL-JSON item. */

import type { Article, CslDate, CslItem, CslName } from '../types';

// Lower-case particles that belong to the family name: "Charles de Gaulle" → de Gaulle.
const NAME_PARTICLES = new Set('al bin da das de del della der di do dos du el ibn la le ten ter van von'.split(' '));
// Generational suffixes kept after the given name: "Martin Luther King Jr." → King, Martin Luther, Jr.
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** "Huseyn Veliyev" → {family: Veliyev, given: Huseyn}; "Veliyev, Huseyn" likewise; "Madonna" → family only. */
export function splitName(name: string): CslName {
  const words = name.trim().replace(/,?\s+/g, ' ').split(' ').filter(Boolean);
  const suffix = words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!) ? `, ${words.pop()}` : '';
  const comma = name.indexOf(',');
  // "Family, Given" (a bibliographic byline), unless the comma only introduces a suffix.
  if (comma > 0 && !suffix && !NAME_SUFFIX.test(name.slice(comma + 1).trim())) {
    return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim().replace(/\s+/g, ' ') };
  }
  let at = words.length - 1;
  while (at > 1 && NAME_PARTICLES.has(words[at - 1]!)) at--;
  if (at < 1) return { family: words.join(' ') };
  return { family: words.slice(at).join(' '), given: words.slice(0, at).join(' ') + suffix };
}

/** The page's own calendar day: "2014-12-18T00:30:00+04:00" is 18 December whatever the reader's zone. */
export function cslDateFromIso(iso: string | null): CslDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
  return { 'date-parts': [parts as [number, number?, number?]] };
}

/** "BAKU" → "Baku"; mixed case is kept. */
const placeCase = (place: string): string =>
  /\p{Ll}/u.test(place) ? place : place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

export function cslFromArticle(article: Article, accessed: Date): CslItem {
  const people = article.authors.map((a) => a.trim()).filter(Boolean);
  // Organisation bylines only when no person signed: cited whole, never split.
  const author: CslName[] = people.length
    ? people.map(splitName)
    : article.organizationAuthors.map((a) => a.trim()).filter(Boolean).map((literal) => ({ literal }));
  const place = article.dateline?.split(',')[0]?.trim();
  const item: CslItem = { type: article.siteName ? 'article-newspaper' : 'webpage' };
  if (article.title) item.title = article.title.trim();
  if (author.length) item.author = author;
  if (article.siteName) item['container-title'] = article.siteName;
  if (place) item['event-place'] = placeCase(place);
  const issued = cslDateFromIso(article.published);
  if (issued) item.issued = issued;
  item.accessed = { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] };
  if (article.url) item.URL = article.url;
  if (article.lang) item.language = article.lang;
  return item;
}
