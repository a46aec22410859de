/**
 * Tags for the card: the page's own keywords first (the editors chose them), then the
 * organisations and places the story names, then the section. De-duplicated case-insensitively
 * (an organisation and its acronym count once), at most ten.
 */
import type { Article, Organization, Place } from '../types';

const MAX_TAGS = 10;
/** Keywords that only name the outlet or say "news" carry nothing. */
const EMPTY_KEYWORD = /^(?:news|latest|breaking|home|article|story|world|video|photos?)$/i;

export function buildTags(article: Article, organizations: Organization[], places: Place[]): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  const add = (tag: string, aliases: string[] = []): void => {
    const keys = [tag, ...aliases].map((t) => t.toLowerCase());
    if (keys.some((k) => seen.has(k))) return;
    keys.forEach((k) => seen.add(k));
    tags.push(tag);
  };
  const outlet = [article.siteName, article.publisher].filter(Boolean).map((s) => s!.toLowerCase());
  for (const keyword of article.keywords) {
    if (!EMPTY_KEYWORD.test(keyword) && !outlet.includes(keyword.toLowerCase())) add(keyword);
  }
  // An organisation shows by its acronym when it has one (readers know "ITU" better).
  for (const org of organizations) add(org.aliases[0] ?? org.name, [org.name, ...org.aliases]);
  for (const place of places) add(place.name);
  if (article.section) add(article.section);
  return tags.slice(0, MAX_TAGS);
}
