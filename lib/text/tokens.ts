/**
 * Words and sentences of `article.text`, with offsets. Shared by the people and quote stages.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter ("Kayikov", "ITU", "O'Brien"). */
  capitalized: boolean;
}

/** A reference mark as encyclopedias set them after a sentence: "[20]". */
export const CITATION_MARK = '\\[\\d{1,3}\\]';

/**
 * Words: letters and digits with inner apostrophes, hyphens and dots ("O'Brien", "Jean-Luc",
 * "D-Mass.", "U.S."); an initial or abbreviation keeps its final dot ("J.", "Sen.", "Lt.").
 * A possessive "'s" is left out of the word ("Kayikov's" → "Kayikov").
 */
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-.][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:]\p{N}+)*/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let word = m[0];
    // A final dot belongs to the word only for initials and known abbreviations.
    if (word.endsWith('.') && !isAbbreviation(word)) word = word.slice(0, -1);
    const possessive = /['’]s$/i.exec(word);
    if (possessive && word.length > 3) word = word.slice(0, -2);
    tokens.push({ text: word, start: m.index, end: m.index + word.length, capitalized: /^\p{Lu}/u.test(word) });
  }
  return tokens;
}

/** Abbreviations that end in a dot without ending the sentence (AP style titles, initials). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr sen rep gov lt col gen maj capt sgt adm cmdr st jr sr prof rev hon pres supt insp det atty no vs etc inc corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec mass calif fla ill wis tex penn ariz okla minn'.split(' '),
);

export function isAbbreviation(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  // A single capital ("J.") or dotted initials ("U.S.", "D.C.").
  if (/^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

export interface Sentence {
  start: number;
  end: number;
}

/** A sentence break. Citation marks after the stop go with the sentence: "… isn't “perfect”.[20]
 * An employee …" (readability/wikipedia). Global: splitSentences sets its lastIndex before use. */
const SENTENCE_BREAK = new RegExp(`[.!?]+["”’»)]*(?:${CITATION_MARK})*\\s+(?=["“‘«(]?[\\p{Lu}\\p{N}])`, 'gu');

/**
 * Sentences inside one block: a break after ". ", "! ", "? " (optionally after a closing
 * quotation mark) followed by a capital, a digit or an opening mark, except after an
 * abbreviation or an initial ("Sen. Warren", "J. Smith", "Dec. 17").
 */
export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = from;
  // Search [from, to) only (see findDirectSpans: searching on past `to` is quadratic).
  const block = text.slice(0, to);
  SENTENCE_BREAK.lastIndex = from;
  for (let m = SENTENCE_BREAK.exec(block); m; m = SENTENCE_BREAK.exec(block)) {
    const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, m.index - 12), m.index + 1));
    if (before && text[m.index] === '.' && isAbbreviation(before[0])) continue;
    const end = m.index + m[0].trimEnd().length;
    sentences.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < to) sentences.push({ start, end: to });
  return sentences;
}
