import type { Article } from '../types';
import type { TextMap } from '../text/text-map';
import { extractBody } from './body';
import { findArticleRoot } from './find-root';
import { defineLazyFields } from '../lazy-fields';
import { readMetadata, type Metadata } from './metadata';
import { looksLikeArticle } from './readerable';
import { pageElements, type PageElements } from '../dom/page-elements';
import { jsonLdDescribesStory } from './json-ld';
import { LazyPattern } from '../text/lazy-pattern';

export { looksLikeArticle } from './readerable';

/** Below this the "story" is a teaser or a list of links, not an article. */
const MIN_ARTICLE_WORDS = 80;
/**
 * A page whose markup says it is one story (schema.org JSON-LD, or an element marked
 * `itemprop="articleBody"`) is an article from this many words: news briefs and paywalled leads
 * run 50–80 words (scrapinghub/e372e42c0a3d, 64 words with its "Kan reported"; 042bb7b5feda).
 */
const MIN_DECLARED_STORY_WORDS = 40;
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
/** Read lazily, with the metadata: the word count too. */
const LAZY_KEYS: (keyof Metadata | 'wordCount')[] = [...METADATA_KEYS, 'wordCount'];

export interface ReadArticleOptions {
  /** Read the metadata when one of its fields is first read, not now (see lib/lazy-fields.ts). */
  lazyMetadata?: boolean;
  /** The caller has just run `looksLikeArticle(doc)` and it said yes: not run again. */
  passedPrecheck?: boolean;
}

/** Finds the story in `doc` and reads its metadata. Reads the document, never changes it. */
export function readArticle(doc: Document, pageUrl: string | null, options: ReadArticleOptions = {}): ReadArticleResult {
  // One pass over the page for the pre-check and the metadata read now; a lazy read, later, looks
  // at the page as it is then.
  const elements = options.lazyMetadata ? null : pageElements(doc);
  const readable = options.passedPrecheck === true || looksLikeArticle(doc, elements ?? undefined);
  const found = readable ? findArticleRoot(doc, elements?.P) : null;
  const body = found ? extractBody(found.roots, found.byName) : null;
  const text = body?.map.text ?? '';
  const leadParagraphs = (body?.map.blocks ?? []).slice(0, LEAD_PARAGRAPHS).map((b) => text.slice(b.start, b.end));
  const metadata = (): Metadata => readMetadata(doc, pageUrl, body?.headerLines ?? [], leadParagraphs, found?.roots ?? [], readable, elements ?? undefined);
  // The verdict needs the first MIN_ARTICLE_WORDS words only; the count is for the card (a
  // story of 10,000 words took a new tab over a millisecond to count, before its first paint).
  const isArticle = hasWords(text, MIN_ARTICLE_WORDS) || (hasWords(text, MIN_DECLARED_STORY_WORDS) && declaresStory(doc, elements));
  const article: Article =
    options.lazyMetadata
      ? defineLazyFields<Article, keyof Metadata | 'wordCount'>({ isArticle, text }, LAZY_KEYS, () => ({ ...metadata(), wordCount: countWords(text) }))
      : { isArticle, ...metadata(), text, wordCount: countWords(text) };
  return { article, map: body?.map ?? null };
}

/** The page's own markup says it is one story (see MIN_DECLARED_STORY_WORDS). */
function declaresStory(doc: Document, elements: PageElements | null): boolean {
  return doc.querySelector('[itemprop~="articleBody"]') !== null || jsonLdDescribesStory(elements?.SCRIPT ?? doc.getElementsByTagName('script'));
}

/** Words: letter/digit runs ("don't" is one), and each Chinese or Japanese character, since
 * those scripts do not separate words by spaces (a qq.com story is hundreds of "words", not the
 * dozen runs between its punctuation): the matches of CJK_OR_WORD. Most pages have no character
 * of those scripts, and most English ones none beyond ASCII but curly quotes and dashes: there a
 * smaller pattern finds the same words, and the script classes (costly to create and compile on
 * a page's first read in a fresh tab) are never created. */
export function countWords(text: string): number {
  // One `match` call (its loop is native) rather than a loop over the characters.
  return text.match(wordPattern(text))?.length ?? 0;
}

/**
 * Whether `text` has at least `n` words as countWords counts them, reading no further than the n-th.
 * The first n words are counted by the ASCII pattern: where the text up to the n-th has no
 * character beyond ASCII prose, every pattern finds the same n words there (a letter beyond
 * ASCII after them can only lengthen the n-th), so the verdict is countWords' own without the
 * Unicode letter classes, whose compile cost a new tab 1.5 ms (median first `exec`, fresh tabs)
 * on the pages with one "é" or "£" anywhere in the story.
 */
export function hasWords(text: string, n: number): boolean {
  ASCII_WORD.lastIndex = 0;
  let ascii = 0;
  while (ascii < n && ASCII_WORD.exec(text)) ascii++;
  const end = ASCII_WORD.lastIndex;
  ASCII_WORD.lastIndex = 0;
  if (ascii >= n && !BEYOND_ASCII_PROSE.test(text.slice(0, end))) return true;
  const word = wordPattern(text);
  word.lastIndex = 0;
  let found = 0;
  while (found < n && word.exec(text)) found++;
  word.lastIndex = 0;
  return found >= n;
}

/** The words pattern for `text` (global: callers reset `lastIndex`). */
function wordPattern(text: string): RegExp {
  return !BEYOND_ASCII_PROSE.test(text) ? ASCII_WORD : !FROM_FIRST_KANA_OR_HAN.test(text) ? LETTER_WORD.regex : CJK_OR_WORD.regex;
}

/** A character other than ASCII, no-break space and General Punctuation (curly quotes, dashes,
 * ellipsis: none a letter or digit). */
const BEYOND_ASCII_PROSE = /[^\x00-\x7f\u00a0\u2000-\u206f]/;
/** The words of such a text: LETTER_WORD with its classes reduced to ASCII. */
const ASCII_WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;
/** A UTF-16 unit at or above U+2E80, where the three scripts begin (a surrogate too: the pairs
 * encode code points above it). */
const FROM_FIRST_KANA_OR_HAN = /[\u2e80-\uffff]/;
/** The words of a text with no character of the three scripts: CJK_OR_WORD's last branch. */
const LETTER_WORD = new LazyPattern(() => /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu);
/** Each Chinese or Japanese character, or a run of other letters and digits. */
const CJK_OR_WORD = new LazyPattern(() => /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|(?:(?!\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana})[\p{L}\p{N}])+(?:['’]\p{L}+)*/gu);
