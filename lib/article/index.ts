import type { Article } from '../types';
import type { TextMap } from '../text/text-map';
import { extractBody } from './body';
import { findArticleRoot } from './find-root';
import { defineLazyFields } from '../lazy-fields';
import { readMetadata, type Metadata } from './metadata';
import { looksLikeArticle } from './readerable';
import { pageElements } from '../dom/page-elements';

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
  // One pass over the page for the pre-check and the metadata read now; a lazy read, later, looks
  // at the page as it is then.
  const elements = options.lazyMetadata ? null : pageElements(doc);
  const readable = options.passedPrecheck === true || looksLikeArticle(doc, elements ?? undefined);
  const found = readable ? findArticleRoot(doc, elements?.P) : null;
  const body = found ? extractBody(found.roots, found.byName) : null;
  const text = body?.map.text ?? '';
  const leadParagraphs = (body?.map.blocks ?? []).slice(0, LEAD_PARAGRAPHS).map((b) => text.slice(b.start, b.end));
  const metadata = (): Metadata => readMetadata(doc, pageUrl, body?.headerLines ?? [], leadParagraphs, found?.roots ?? [], readable, elements ?? undefined);
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
 * dozen runs between its punctuation). The count of the matches of
 * `\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|(?:(?!those)[\p{L}\p{N}])+(?:['’]\p{L}+)*`,
 * counted by a smaller native regex when the text has no character of those scripts (most pages),
 * else by hand: ASCII is classified without a regex, and the script test (costly to compile on a
 * page's first read) runs only at or above U+2E80, where those three scripts begin. */
export function countWords(text: string): number {
  if (!BEYOND_ASCII_PROSE.test(text)) return countMatches(ASCII_WORD, text);
  // Below the first of the three scripts, a word is a run of the pattern's last branch alone.
  if (!FROM_FIRST_KANA_OR_HAN.test(text)) return countMatches(LETTER_WORD, text);
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const isWord = isKanaOrHanAt(text, i, cp) ? 'one character' : isLetterOrDigitAt(text, i, cp) ? 'run' : null;
    i += width(cp);
    if (isWord) count++;
    if (isWord !== 'run') continue;
    // The rest of the run of letters and digits.
    while (i < n) {
      const next = text.codePointAt(i)!;
      if (isKanaOrHanAt(text, i, next) || !isLetterOrDigitAt(text, i, next)) break;
      i += width(next);
    }
    // Apostrophe-joined letters: "don't", "rock'n'roll".
    while (i + 1 < n) {
      const mark = text.charCodeAt(i);
      if (mark !== 0x27 && mark !== 0x2019) break;
      let j = i + 1;
      const first = text.codePointAt(j)!;
      if (!isLetterAt(text, j, first)) break;
      j += width(first);
      while (j < n) {
        const next = text.codePointAt(j)!;
        if (!isLetterAt(text, j, next)) break;
        j += width(next);
      }
      i = j;
    }
  }
  return count;
}

/** A character other than ASCII, no-break space and General Punctuation (see isSpaceOrPunctuation). */
const BEYOND_ASCII_PROSE = /[^\x00-\x7f\u00a0\u2000-\u206f]/;
/** The words of such a text: what the loop of countWords finds there, with the classes reduced to
 * ASCII (no character of the text is a letter or digit beyond it). */
const ASCII_WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;

/** A UTF-16 unit at or above FIRST_KANA_OR_HAN (a surrogate too: the pairs encode code points above it). */
const FROM_FIRST_KANA_OR_HAN = /[\u2e80-\uffff]/;
/** The words of a text with no character of the three scripts. */
const LETTER_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;

/** Words counted by a native regex where one decides alone (an English story is all ASCII but for
 * curly quotes and dashes): in a fresh tab, where the loop of countWords still runs in the
 * interpreter, that costs a tenth of the loop. */
function countMatches(word: RegExp, text: string): number {
  // One `match` call (its loop is native) rather than a `test` call per word.
  return text.match(word)?.length ?? 0;
}

const KANA_OR_HAN_AT = /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/uy;
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const LETTER_AT = /\p{L}/uy;
/** First code point of the three scripts (CJK Radicals Supplement). */
const FIRST_KANA_OR_HAN = 0x2e80;

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

function isKanaOrHanAt(text: string, at: number, cp: number): boolean {
  return cp >= FIRST_KANA_OR_HAN && matchesAt(KANA_OR_HAN_AT, text, at);
}

/** No-break space and General Punctuation (curly quotes, dashes, ellipsis): the non-ASCII
 * characters of an English story, none a letter or digit. */
const isSpaceOrPunctuation = (cp: number): boolean => cp === 0xa0 || (cp >= 0x2000 && cp <= 0x206f);

function isLetterOrDigitAt(text: string, at: number, cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  return !isSpaceOrPunctuation(cp) && matchesAt(LETTER_OR_DIGIT_AT, text, at);
}

function isLetterAt(text: string, at: number, cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  return !isSpaceOrPunctuation(cp) && matchesAt(LETTER_AT, text, at);
}
