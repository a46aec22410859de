/**
 * The seam between the article stage and the text stages. The article stage reads the DOM; the
 * text stages (people, then quotes: lib/analyze.ts `findInText`) need only `article.text` and its
 * paragraph offsets, and return plain JSON data. So the content script reads the article in the
 * page and has the background find people and quotes, whose large patterns stay compiled there
 * between pages; `joinFindings` puts the two back together into the Analysis.
 */
import type { Analysis, Article } from './types';
import { cslFromArticle, formatCitation } from './cite/index';
import { buildTags } from './tags/build-tags';
import { defineLazyFields } from './lazy-fields';

/** What the text stages find in an article's text. `partial`: see `Analysis.partial`. */
export type TextFindings = Pick<Analysis, 'quotes' | 'people' | 'organizations' | 'places'> & { partial: boolean };

/** Paragraph offsets into the text: the quote stage's paragraph breaks. */
export type TextBlock = { start: number; end: number };

/**
 * The Analysis of an article and what its text stages found. With `lazy`, the tags and the
 * citation are computed when first read (only the card reads them).
 */
export function joinFindings(article: Article, findings: TextFindings, now: Date, lazy = false): Analysis {
  const forCard = (): Pick<Analysis, 'tags' | 'citation'> => {
    const csl = cslFromArticle(article, now);
    return { tags: buildTags(article, findings.organizations, findings.places), citation: { csl, apa: formatCitation(csl, 'apa').text } };
  };
  const { partial, ...found } = findings;
  const analysis = { schema: 1 as const, article, ...found };
  if (lazy) return defineLazyFields<Analysis, 'tags' | 'citation'>({ ...analysis, partial }, ['tags', 'citation'], forCard);
  return { ...analysis, ...forCard(), partial };
}

/** The findings of a text nobody read (or of an empty one): nothing. */
export function noFindings(): TextFindings {
  return { quotes: [], people: [], organizations: [], places: [], partial: false };
}
