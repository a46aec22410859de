/**
 * Posts the story embeds from social networks. Twitter's embed (a `blockquote.twitter-tweet`, as
 * news sites paste it) reads in the article text as the post's words, then a credit paragraph:
 *
 *   I can’t thank this man enough. … pic.twitter.com/dUO6AJlMxR
 *
 *   — Dele (@dele_official) November 19, 2019
 *
 * (scrapinghub/921019755f4a; 16 such posts on 8 of the 93 Scrapinghub pages outside the dev set.)
 * The words are the account's, quoted directly. Sites that keep only the words keep no credit,
 * and nothing is found.
 */
import type { Span } from '../types';
import type { ResolvedSpeaker } from './speakers';

/** A credit paragraph: a dash, the display name, the handle, the date ("November 19, 2019" or "19 November 2019"). Group 1 the display name. */
const CREDIT = /^[—–-]\s*(\S.{0,79}?)\s+\(@\w{1,15}\)\s+(?:\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})$/u;
/** Links the embed ends the words with: a picture's short link, a t.co link. */
const TRAILING_LINKS = /(?:\s*(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+))+\s*$/;

export interface EmbeddedPost {
  /** Index of the block holding the post's words. */
  block: number;
  /** The words, without the links the embed ends them with. */
  words: Span;
  /** The display name in the credit paragraph. */
  author: Span;
}

export function embeddedPosts(text: string, blocks: readonly Span[]): EmbeddedPost[] {
  const posts: EmbeddedPost[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const credit = blocks[i]!;
    // Cheap test first: a credit opens with a dash and holds "(@".
    if (!/^[—–-]/.test(text.slice(credit.start, credit.start + 1)) || !text.slice(credit.start, credit.end).includes('(@')) continue;
    const creditText = text.slice(credit.start, credit.end);
    const line = creditText.trim();
    const m = CREDIT.exec(line);
    if (!m) continue;
    const wordsBlock = blocks[i - 1]!;
    const raw = text.slice(wordsBlock.start, wordsBlock.end);
    const kept = raw.replace(TRAILING_LINKS, '').trimEnd();
    const lead = raw.length - raw.trimStart().length;
    if (kept.length <= lead) continue;
    const authorAt = credit.start + (creditText.length - creditText.trimStart().length) + m[0].indexOf(m[1]!);
    // Emoji after a display name are no part of it: "Dianna E. Anderson 🏳️‍🌈" (scrapinghub/3f65af7b6b98).
    const author = m[1]!.replace(/[^\p{L}\p{N}.)]+$/u, '');
    posts.push({ block: i - 1, words: { start: wordsBlock.start + lead, end: wordsBlock.start + kept.length }, author: { start: authorAt, end: authorAt + author.length } });
  }
  return posts;
}

/**
 * The author of a post, from its credit and the speaker the roster resolved it to. A credit names
 * its author however it likes ("tall glass of coquito"): a person of the roster only when the
 * credit is their name, or ends in it and the name has two words or more ("Governor Kristi Noem",
 * "Dele"); "PFF CLE Browns" is no person "Browns Greedy Williams" (scrapinghub/6a72de37e8f9).
 * Otherwise the credit's name as written.
 */
export function postAuthor(text: string, credit: Span, resolved: ResolvedSpeaker | null): ResolvedSpeaker {
  if (resolved?.person && resolved.end === credit.end && (resolved.start === credit.start || /\s/.test(text.slice(resolved.start, resolved.end)))) return resolved;
  return { name: text.slice(credit.start, credit.end), title: null, anonymous: false, person: null, ...credit, resolution: 'named' };
}
