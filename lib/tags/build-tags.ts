/**
 * Tags for the card: the page's own keywords first (the editors chose them), then the
 * organisations and places the story names, then the section. De-duplicated case-insensitively
 * (an organisation and its acronym count once), at most ten.
 */
import type { Article, Organization, Place } from '../types';

const MAX_TAGS = 10;
/** Keywords that only name the outlet or say "news" carry nothing. */
const EMPTY_KEYWORD = /^(?:news|latest|breaking|home|article|story|world|video|photos?)$/i;
/** A content system's codes among the keywords, not words for readers: "Mark Esper
 * GOVERNMENT_FIGURE PERSON", "PERSON" (AP keywords on the Houston Chronicle, scrapinghub/db6b0816c612),
 * "channel_other", "type_news" (livescience.com). */
const MACHINE_KEYWORD = /_|^(?:PERSON|ORGANI[SZ]ATION|LOCATION|EVENT|TOPIC|SUBJECT)$/;

export function buildTags(article: Article, organizations: Organization[], places: Place[]): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  const add = (tag: string, aliases: string[] = []): void => {
    const keys = [tag, ...aliases].map((t) => t.toLowerCase());
    if (keys.some((k) => seen.has(k))) return;
    keys.forEach((k) => seen.add(k));
    tags.push(tag);
  };
  const namesOutlet = outletMatcher(article);
  for (const keyword of article.keywords) {
    if (!EMPTY_KEYWORD.test(keyword) && !MACHINE_KEYWORD.test(keyword) && !namesOutlet(keyword)) add(keyword);
  }
  // An organisation shows by its acronym when it has one (readers know "ITU" better); the outlet
  // itself ("Seattle Times" in a Seattle Times story) is no tag.
  for (const org of organizations) {
    if (!namesOutlet(org.name)) add(org.aliases[0] ?? org.name, [org.name, ...org.aliases]);
  }
  for (const place of places) add(place.name);
  if (article.section) add(article.section);
  return tags.slice(0, MAX_TAGS);
}

/**
 * Whether a name is the outlet's: "Seattle Times" for siteName "The Seattle Times" or the host
 * "seattletimes.com", "BBC News" for "BBC News". Compared on letters only, without "The".
 */
function outletMatcher(article: Article): (name: string) => boolean {
  const squash = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  let host = '';
  try {
    host = article.url ? new URL(article.url).hostname.replace(/^www\./, '').split('.')[0] ?? '' : '';
  } catch {
    host = '';
  }
  const outlets = [article.siteName, article.publisher, host].filter((s): s is string => !!s).map(squash).filter(Boolean);
  return (name) => {
    const key = squash(name);
    return key.length > 0 && outlets.some((o) => o === key || (o.length > 3 && key.startsWith(o)) || (key.length > 3 && o.startsWith(key)));
  };
}
