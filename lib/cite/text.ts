/** Rich-text plumbing shared by the templates: italics markers, escaping, punctuation, title case. */

import type { FormattedCitation } from './types';
import { LazyPattern } from '../text/lazy-pattern';

// Templates mark italics with two control characters; `finish` turns them into <i>…</i> or drops them.
const OPEN = '\u0001';
const SHUT = '\u0002';

export const italic = (s: string | undefined): string => (s ? OPEN + s + SHUT : '');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** `block`: machine formats keep their lines in rich paste (<pre>); prose breaks lines with <br>. */
export function finish(rich: string, block = false): FormattedCitation {
  const text = rich.replace(/[\u0001\u0002]/g, '');
  const html = escapeHtml(rich)
    .replace(/\u0001([^\u0001\u0002]*)\u0002/g, '<i>$1</i>')
    .replace(/[\u0001\u0002]/g, '');
  return { text, html: block ? `<pre>${html}</pre>` : html.replace(/\n/g, '<br>') };
}

/** Ends an element with `mark` unless it already ends a sentence: “Who Pays?” not “Who Pays?.” */
export function close(s: string, mark: '.' | ','): string {
  return (mark === '.' ? /[.?!]\u0002?$/ : /[?!]\u0002?$/).test(s) ? s : s + mark;
}

/** Non-empty parts joined by a space. */
export const spaced = (...parts: (string | false | undefined)[]): string => parts.filter(Boolean).join(' ');

// Stay lower-case in MLA/Chicago title case (unless first, last or after a colon): articles,
// coordinating conjunctions, short prepositions and the infinitive "to" ("… Initiative to Fight …").
// Not "up"/"off": in headlines they are mostly adverbs ("Prices Go Up").
const MINOR_WORDS = new Set(
  'a an the and but or nor for as at by in of on onto per to via vs with from into over upon than'.split(' '),
);
// Created on first use (the content script's article script loads this module on every article
// page, most of which never format a citation; see LazyPattern).
const WORD = new LazyPattern(() => /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu);

/** "ITU advocates for global initiative to fight cybercrime" → "ITU Advocates for Global Initiative to Fight Cybercrime" */
export function titleCase(title: string): string {
  const words = WORD.regex;
  const starts = [...title.matchAll(words)].map((m) => m.index);
  const first = starts[0];
  const last = starts[starts.length - 1];
  return title.replace(words, (word: string, at: number) => {
    // Capitals after the first letter mean an acronym or a brand: ITU, iPhone, McDonald.
    if (/\p{Lu}/u.test(word.slice(1))) return word;
    const lower = word.toLowerCase();
    const edge = at === first || at === last || /[:?!—]\s*["“‘']?$/.test(title.slice(0, at));
    if (!edge && MINOR_WORDS.has(lower)) return lower;
    return word.charAt(0).toUpperCase() + word.slice(1);
  });
}
