import type { Article } from '../types';
import type { TextMap } from '../text/text-map';
import { extractBody } from './body';
import { findArticleRoot } from './find-root';
import { defineLazyFields } from '../lazy-fields';
import { readMetadata, type Metadata } from './metadata';
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

/** Every field of `Metadata`, for reading them lazily (a key missing here fails to compile). */
const METADATA_FIELDS: Record<keyof Metadata, true> = {
  title: true, authors: true, organizationAuthors: true, siteName: true, publisher: true, published: true,
  modified: true, dateline: true, section: true, lang: true, url: true, keywords: true,
};
const METADATA_KEYS = Object.keys(METADATA_FIELDS) as (keyof Metadata)[];

export interface ReadArticleOptions {
  /** Read the metadata when one of its fields is first read, not now (see lib/lazy-fields.ts). */
  lazyMetadata?: boolean;
  /** The caller has just run `looksLikeArticle(doc)` and it said yes: not run again. */
  passedPrecheck?: boolean;
}

/** Finds the story in `doc` and reads its metadata. Reads the document, never changes it. */
export function readArticle(doc: Document, pageUrl: string | null, options: ReadArticleOptions = {}): ReadArticleResult {
  const readable = options.passedPrecheck === true || looksLikeArticle(doc);
  const found = readable ? findArticleRoot(doc) : null;
  const body = found ? extractBody(found.roots, found.byName) : null;
  const text = body?.map.text ?? '';
  const leadParagraphs = (body?.map.blocks ?? []).slice(0, LEAD_PARAGRAPHS).map((b) => text.slice(b.start, b.end));
  const metadata = (): Metadata => readMetadata(doc, pageUrl, body?.headerLines ?? [], leadParagraphs, found?.roots ?? [], readable);
  const wordCount = countWords(text);
  const isArticle = wordCount >= MIN_ARTICLE_WORDS;
  const article: Article =
    options.lazyMetadata
      ? defineLazyFields<Article, keyof Metadata>({ isArticle, text, wordCount }, METADATA_KEYS, metadata)
      : { isArticle, ...metadata(), text, wordCount };
  return { article, map: body?.map ?? null };
}

/** Words: letter/digit runs ("don't" is one), and each Chinese or Japanese character, since
 * those scripts do not separate words by spaces (a qq.com story is hundreds of "words", not the
 * dozen runs between its punctuation). */
export function countWords(text: string): number {
  const matches = text.match(/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|(?:(?!\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana})[\p{L}\p{N}])+(?:['’][\p{L}]+)*/gu);
  return matches ? matches.length : 0;
}
