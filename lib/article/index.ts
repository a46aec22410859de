import type { Article } from '../types';
import type { TextMap } from '../text/text-map';
import { extractBody } from './body';
import { findArticleRoot } from './find-root';
import { readMetadata } from './metadata';
import { looksLikeArticle } from './readerable';

export { looksLikeArticle } from './readerable';

/** Below this the "story" is a teaser or a list of links, not an article. */
const MIN_ARTICLE_WORDS = 80;
/** Paragraphs searched for a dateline: a gallery's labels may come before the story's first line. */
const LEAD_PARAGRAPHS = 5;

export interface ReadArticleResult {
  article: Article;
  /** Map from `article.text` offsets to DOM ranges (null when no body was found). */
  map: TextMap | null;
}

/** Finds the story in `doc` and reads its metadata. Reads the document, never changes it. */
export function readArticle(doc: Document, pageUrl: string | null): ReadArticleResult {
  const readable = looksLikeArticle(doc);
  const found = readable ? findArticleRoot(doc) : null;
  const body = found ? extractBody(found.roots, found.byName) : null;
  const text = body?.map.text ?? '';
  const leadParagraphs = (body?.map.blocks ?? []).slice(0, LEAD_PARAGRAPHS).map((b) => text.slice(b.start, b.end));
  const meta = readMetadata(doc, pageUrl, body?.headerLines ?? [], leadParagraphs, found?.roots ?? [], readable);
  const wordCount = countWords(text);
  return {
    article: { isArticle: wordCount >= MIN_ARTICLE_WORDS, ...meta, text, wordCount },
    map: body?.map ?? null,
  };
}

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu);
  return matches ? matches.length : 0;
}
