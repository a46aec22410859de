/** The page's schema.org article object from JSON-LD, read defensively (pages ship broken JSON). */

export interface JsonLdArticle {
  headline?: string;
  authors: { name: string; isOrganization: boolean }[];
  datePublished?: string;
  dateModified?: string;
  publisherName?: string;
  section?: string;
  keywords: string[];
  inLanguage?: string;
}

/** schema.org types that describe a story (https://schema.org/Article and its subtypes we meet). */
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|SocialMediaPosting|WebPage)$/;

/**
 * The page's JSON-LD describes it as one story (an Article type other than the generic WebPage):
 * a section front says CollectionPage or ItemList (readability/nytimes-5, whose og:type is
 * "article" all the same), a story says NewsArticle even when its body is a two-paragraph brief
 * (scrapinghub/e372e42c0a3d) or a paywall's lead (scrapinghub/042bb7b5feda).
 */
export function jsonLdDescribesStory(scripts: Iterable<Element>): boolean {
  for (const node of jsonLdNodes(scripts)) {
    if (asArray(node['@type']).some((t) => typeof t === 'string' && t !== 'WebPage' && ARTICLE_TYPES.test(t))) return true;
  }
  return false;
}

/** `scripts`: the page's `<script>` elements (lib/dom/page-elements.ts). */
export function readJsonLdArticle(scripts: readonly Element[]): JsonLdArticle | null {
  let best: Record<string, unknown> | null = null;
  for (const node of jsonLdNodes(scripts)) {
    const types = asArray(node['@type']).filter((t): t is string => typeof t === 'string');
    if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
    // A WebPage is only a fallback: a NewsArticle on the same page wins.
    if (!best || (types.some((t) => t !== 'WebPage') && asArray(best['@type']).includes('WebPage'))) best = node;
  }
  if (!best) return null;
  return {
    headline: text(best.headline) ?? text(best.name),
    authors: asArray(best.author).flatMap(readAuthor),
    datePublished: text(best.datePublished),
    dateModified: text(best.dateModified),
    publisherName: text(objectField(best.publisher, 'name')),
    section: text(asArray(best.articleSection)[0]),
    keywords: readKeywords(best.keywords),
    inLanguage: text(best.inLanguage),
  };
}

/** Every object of the page's JSON-LD blocks, `@graph` members included; a block that does not parse is skipped. */
function* jsonLdNodes(scripts: Iterable<Element>): Generator<Record<string, unknown>> {
  for (const script of scripts) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    yield* flatten(data);
  }
}

function flatten(data: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => flatten(d, depth + 1));
  const node = data as Record<string, unknown>;
  const graph = node['@graph'];
  return graph ? [node, ...flatten(graph, depth + 1)] : [node];
}

function readAuthor(value: unknown): { name: string; isOrganization: boolean }[] {
  if (typeof value === 'string') return value.trim() ? [{ name: value.trim(), isOrganization: false }] : [];
  if (!value || typeof value !== 'object') return [];
  const node = value as Record<string, unknown>;
  const name = text(node.name);
  if (!name) return [];
  const isOrganization = asArray(node['@type']).some((t) => t === 'Organization' || t === 'NewsMediaOrganization');
  return [{ name, isOrganization }];
}

function readKeywords(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((k) => k.trim()).filter(Boolean);
  return asArray(value).filter((k): k is string => typeof k === 'string').map((k) => k.trim()).filter(Boolean);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function objectField(value: unknown, key: string): unknown {
  const first = asArray(value)[0];
  return first && typeof first === 'object' ? (first as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
