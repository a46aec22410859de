/**
 * Direct quotes: the attribution of one quotation, by the cue after its closing mark ("…," said
 * Kayikov), before its opening mark (He told reporters: "…"), a participle ("…, saying “…”"),
 * "according to", a sign ("a sign reads “…”"), or a sentence that introduces it.
 */
import type { Span } from '../types';
import { isAbbreviation, splitSentences } from '../text/tokens';
import { DIRECT_ONLY_CUES, normalizeCue } from './cues';
import type { DirectSpan } from './direct-spans';
import {
  COORDINATED_ATTRIBUTION,
  CUE_AFTER_QUOTE,
  CUE_BEFORE_QUOTE,
  DOCUMENT_SOURCE,
  CUE_TAIL_TO_END,
  LEADING_ATTRIBUTION,
  OUTPUT_START,
  PARTICIPLE_BEFORE_QUOTE,
  QUOTE_PARTICIPLE_WORD,
  REPORTING_WORD,
  SUBJECT_PARTICIPLE_BEFORE_QUOTE,
  SUBJECT_THEN_CUE,
  VIEW_BEFORE_COLON,
} from './patterns';
import { signAttribution } from './signs';

/** Up to eight words and a colon or comma: what may stand between a cue and the opening mark. */
const SHORT_TAIL = /^(?:\s+[\p{L}\p{N}.'’@#-]+){0,8}\s*[:,]?\s*$/u;

/** How far after a closing mark, and before an opening one, the cue may sit (characters). */
const CUE_WINDOW = 160;

/** The cue after the closing mark (`…," said Kayikov`) or before the opening one (`He said: "…`). */
export function attributeDirect(text: string, span: DirectSpan, block: Span): { cue: string; subject: Span; sign?: boolean } | null {
  let afterStart = span.closeAt + 1;
  let after = text.slice(afterStart, Math.min(block.end, afterStart + CUE_WINDOW));
  // The cue patterns need a reporting word: a cheap test first (most windows have none).
  const cueIn = (window: string): boolean => REPORTING_WORD.test(window);
  let m = cueIn(after) ? CUE_AFTER_QUOTE.exec(after) : null;
  // An inverted "cue" whose subject is a time or place describes the quoted thing, the speaker
  // comes after it: "“… Bigger than just the little deal” announced in October, said Derek
  // Scissors, a China scholar …" (scrapinghub/39d5c43beb60).
  if (m?.[2] && /^(?:in|on|at|last|this|during|after|before|by|to|for|from|with)\s/i.test(m[2])) {
    const comma = after.indexOf(',', m[0].length);
    afterStart += comma + 1;
    after = comma >= 0 ? text.slice(afterStart, Math.min(block.end, afterStart + CUE_WINDOW)) : '';
    m = cueIn(after) ? CUE_AFTER_QUOTE.exec(after) : null;
  }
  // A quotation that ends on a full stop, then a capital: a new sentence begins, and it is the
  // attribution only if nothing follows its cue but a tail ("“We will win.” Smith said on
  // Tuesday."). In "… alert for the website being generally slow." Dependency-reliant rules usually
  // pertain to very stable parts of our system." (readability/google-sre-book-1) "rules" is a noun.
  if (m?.[3] && /\.\s*$/.test(text.slice(span.openAt + 1, span.closeAt)) && /^\s*\p{Lu}/u.test(after) && !CUE_TAIL_TO_END.test(after.slice(m[0].length))) m = null;
  if (m) {
    const cue = m[1] ?? m[4]!;
    let subject = m[2] ?? m[3]!;
    const at = afterStart + m[0].indexOf(subject, m[2] ? m[0].indexOf(cue) + cue.length : 0);
    // After an inverted cue the shortest noun phrase may stop short of its head: "…,” said a
    // WeWork spokesperson when contacted by Reuters" is "a WeWork spokesperson", not "a WeWork"
    // (scrapinghub/06e5123e4ef7). Take the words up to a stop or a word that starts a phrase.
    if (m[2] && /^(?:a|an|the|one|another)\s/i.test(subject)) subject += INVERTED_HEAD.exec(text.slice(at + subject.length, block.end))?.[0] ?? '';
    // …or of its source: "…,” said a report from Kotak Institutional Equities."
    if (m[2]) subject = DOCUMENT_SOURCE.exec(text.slice(at, block.end))?.[0] ?? subject;
    return { cue: normalizeCue(cue), subject: { start: at, end: at + subject.length } };
  }
  const beforeStart = Math.max(block.start, span.openAt - CUE_WINDOW);
  let before = text.slice(beforeStart, span.openAt);
  // Only the sentence the quote opens in: cut at the last sentence end before the mark.
  const lastBreak = Math.max(lastFullStop(before), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('" '), before.lastIndexOf('” '));
  const offset = lastBreak >= 0 ? lastBreak + 2 : 0;
  before = before.slice(offset);
  m = cueIn(before) ? CUE_BEFORE_QUOTE.exec(before) : null;
  // A prepositional phrase after a cue is where the words went, never who said them: in "Snopes
  // fact checker and staff writer David Emery posted to Twitter asking if there were “any
  // un-angry Trump supporters?”" (readability/breitbart) "posted to Twitter" is no inverted cue,
  // the speaker is the subject that opens the sentence.
  // Nor is what it put out: "Mitchell Baker, executive chairwoman of Mozilla Corporation, posted a
  // statement on the Mozilla blog: “…”" is Baker's (readability/wikipedia).
  if (m?.[4] && (PREPOSITION_START.test(m[4]) || OUTPUT_START.test(m[4]))) {
    const lead = LEADING_ATTRIBUTION.exec(before);
    if (lead) {
      const at = beforeStart + offset + lead[1]!.length;
      return { cue: normalizeCue(lead[3]!), subject: { start: at, end: at + lead[2]!.length } };
    }
    // …or the subject right before the cue, in a second clause: "Eich voluntarily stepped down on
    // April 3, 2014 and Mitchell Baker, executive chairwoman of Mozilla Corporation, posted a
    // statement on the Mozilla blog: “…”" (readability/wikipedia).
    const cueEnd = m.index + m[0].indexOf(m[3]!) + m[3]!.length;
    const near = SUBJECT_THEN_CUE.exec(before.slice(0, cueEnd));
    if (near) {
      const at = beforeStart + offset + near.index;
      return { cue: normalizeCue(near[2]!), subject: { start: at, end: at + near[1]!.length } };
    }
    m = null;
  }
  if (m) {
    const subject = m[1] ?? m[4]!;
    const cue = m[2] ?? m[3]!;
    // A gesture is no speech: "There was a momentary flicker across the president's face as if to
    // say “You think you got me?”" (readability/bbc-1).
    if (m[1] && IMAGINED.test(subject)) return null;
    // A passive cue's speaker is its agent after the quotation, "by …": "The recent spate of mass
    // strandings has been described as “heartbreaking” by the conservation department."; with no
    // agent the words are nobody's: "a mass stranding that was described as “unprecedented” left
    // the local Māori tribe scrambling" (readability/guardian-1).
    if (m[1] && PASSIVE.test(subject)) {
      const agent = AGENT.exec(text.slice(span.closeAt + 1, block.end));
      if (!agent) return null;
      const at = span.closeAt + 1 + agent[0].length - agent[1]!.length;
      return { cue: normalizeCue(cue), subject: { start: at, end: at + agent[1]!.length } };
    }
    const at = beforeStart + offset + m.index + m[0].indexOf(subject, m[1] ? 0 : m[0].indexOf(cue) + cue.length);
    return { cue: normalizeCue(cue), subject: { start: at, end: at + subject.length } };
  }
  // The cue in the subject's second verb phrase, a few words before the mark: "Uber stepped in and
  // tweeted this announcement: “We are all concerned with events in CBD.”" (readability/salon-1).
  m = / (?:and|but) /.test(before) && cueIn(before) ? COORDINATED_ATTRIBUTION.exec(before) : null;
  if (m && SHORT_TAIL.test(before.slice(m[0].length))) {
    const at = beforeStart + offset + m[1]!.length;
    return { cue: normalizeCue(m[3]!), subject: { start: at, end: at + m[2]!.length } };
  }
  // Both participle patterns need a participle: a cheap test first.
  const participle = QUOTE_PARTICIPLE_WORD.test(before);
  m = participle ? PARTICIPLE_BEFORE_QUOTE.exec(before) : null;
  if (m) {
    const at = beforeStart + offset + m[1]!.length;
    return { cue: participleCue(m[3]!), subject: { start: at, end: at + m[2]!.length } };
  }
  m = participle ? SUBJECT_PARTICIPLE_BEFORE_QUOTE.exec(before) : null;
  if (m) {
    const at = beforeStart + offset + m.index;
    return { cue: participleCue(m[2]!), subject: { start: at, end: at + m[1]!.length } };
  }
  // "according to X", set off by dashes or commas, right before the opening mark: "There would be
  // a code including — according to the explanatory notes of the British Bill — “provision to
  // protect the public interest in the confidentiality of journalistic sources”"
  // (readability/herald-sun-1).
  m = /according/i.test(before) ? ACCORDING_TO_BEFORE_QUOTE.exec(before) : null;
  if (m) {
    const at = beforeStart + offset + m.index + m[0].indexOf(m[1]!, 12);
    return { cue: 'according to', subject: { start: at, end: at + m[1]!.length } };
  }
  m = OWN_WORDS_BEFORE_QUOTE.exec(before);
  if (m) {
    const source = m[1] ?? m[3] ?? m[4]!;
    const at = beforeStart + offset + m.index + m[0].indexOf(source, 2);
    return { cue: m[2] ? normalizeCue(m[2].replace(/\s+/, ' ')) : 'in the words of', subject: { start: at, end: at + source.length } };
  }
  const sign = signAttribution(before, beforeStart + offset, after, text.slice(block.start, span.openAt), block.start);
  if (sign) return { ...sign, sign: true };
  return introducingSentence(text, span, block);
}

/** A phrase that opens with a preposition: "to Twitter", "on Facebook". */
const PREPOSITION_START = /^(?:to|on|in|at|for|with|from|into|onto|via|through)\s/i;

/** A subject phrase ending "as if to" / "seemed to": the cue after it imagines words. */
const IMAGINED = /\b(?:as\s+(?:if|though)|seem(?:s|ed)?)\s+to$/i;
/** A subject phrase ending in a form of "be": the cue after it is passive ("was described as"). */
const PASSIVE = /\b(?:is|are|was|were|be|been|being)$/i;
/** The agent of a passive cue, after the closing mark: "… by the conservation department". Group 1. */
const AGENT = /^[\s,]*by\s+([^,.;:!?"“”]{2,80}?)(?=[,.;:!?"“”]|$)/;

/** "according to X" and a dash, comma or colon before a quotation, X with an appositive too:
 * "According to his aunt, Jane Starner, “He was brilliant from the start …”"
 * (scrapinghub/851498a2b9f4). Group 1 the source. */
const ACCORDING_TO_BEFORE_QUOTE = /\baccording\s+to\s+([^—–,;:"“”()]{2,100}?(?:,\s+[^—–,;:"“”()]{2,60}?)?)\s*[—–,:]\s*$/i;

/** The speaker's own words announced: "As Gaiman put it, “…”" (scrapinghub/851498a2b9f4), "in the
 * words of the patient: “…”" (scrapinghub/a078b3656adc), "In Dr. Shadlen's words, “…”"
 * (readability/medicalnewstoday). Group 1 the source, group 2 the cue; or group 3 the source; or
 * group 4 the owner. */
const OWN_WORDS_BEFORE_QUOTE = /(?:\b[Aa]s\s+([^,;:"“”()]{2,80}?)\s+(put\s+it|puts\s+it|said|says|wrote|writes|noted|notes)|\b[Ii]n\s+the\s+words\s+of\s+([^,;:"“”()]{2,80}?)|\b[Ii]n\s+([^,;:"“”()]{2,60}?)['’]s?\s+(?:own\s+)?words)\s*[,:]\s*$/;

/** How far back an introducing sentence may start (characters). */
const INTRODUCING_WINDOW = 400;

/**
 * A sentence that opens on "SUBJECT CUE" and leads into the quotation after it, however long:
 * one ending with a colon ("Alverson summed up the journey from a wooden fishing boat in the
 * Bering Sea to … modern buying and selling: “It’s Seattle old school meets Seattle new school
 * with Amazon.”", readability/seattletimes), or one whose cue only ever introduces quoted words
 * ("Charles Schultze, chairman of the Council of Economic Advisers …, once summed up the danger
 * of deficits with a metaphor. “It’s not so much a question of the wolf at the door, but termites
 * in the woodwork.”", readability/nytimes-4).
 */
function introducingSentence(text: string, span: DirectSpan, block: Span): { cue: string; subject: Span } | null {
  const from = Math.max(block.start, span.openAt - INTRODUCING_WINDOW);
  const sentences = splitSentences(text, from, span.openAt);
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  const sentence = text.slice(last.start, last.end).trimEnd();
  if (/["“”„«»]/.test(sentence)) return null;
  const m = LEADING_ATTRIBUTION.exec(sentence) ?? (sentence.endsWith(':') ? VIEW_BEFORE_COLON.exec(sentence) : null);
  if (!m) return null;
  const cue = normalizeCue(m[3]!);
  // The quotation in this sentence after a colon, or opening the next after a describing cue.
  if (text.slice(last.end, span.openAt).trim() !== '') return null;
  if (!sentence.endsWith(':') && !(DIRECT_ONLY_CUES.test(cue) && sentence.endsWith('.'))) return null;
  const at = last.start + m[1]!.length;
  return { cue, subject: { start: at, end: at + m[2]!.length } };
}

/** The last ". " that ends a sentence, not an abbreviation: in "He urged Mr. Trump to make a
 * deal …, saying “…”" the sentence starts at "He" (scrapinghub/702d1da63b8e). */
function lastFullStop(before: string): number {
  for (let at = before.lastIndexOf('. '); at >= 0; at = before.lastIndexOf('. ', at - 1)) {
    const word = /[\p{L}.]+$/u.exec(before.slice(Math.max(0, at - 12), at + 1))?.[0] ?? '';
    if (!word || !isAbbreviation(word)) return at;
  }
  return -1;
}

/** The rest of a noun phrase after an inverted cue: words up to punctuation or a word that opens a
 * phrase or clause of its own ("when", "who", "in", "to" …). */
const INVERTED_HEAD = /^(?:\s+(?!(?:when|who|whom|which|as|after|before|in|on|at|during|while|with|to|from|for|about|and|but|told|said|says|adding)\b)[\p{L}\p{N}'’-]+){0,4}/u;

/** "telling Cook" → "telling". */
function participleCue(participle: string): string {
  return participle.split(/\s+/)[0]!.toLowerCase();
}
