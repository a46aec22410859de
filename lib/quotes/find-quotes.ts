/**
 * Who said what: direct quotes (in quotation marks), reported speech and mixed quotes, each with
 * its cue and the speaker resolved against the story's roster.
 *
 * Order matters: reported speech is read sentence by sentence first, so a partial quote inside it
 * ("He said the plan was “dead on arrival” and …") makes one mixed quote rather than a direct one;
 * then quotation marks are attributed by the cue after or before them; a quotation with no cue of
 * its own is kept only where news style continues the previous speaker (an interrupted quote, a
 * quote paragraph after an attributed one). Anything else in quotation marks — titles of laws and
 * works, scare quotes — is not a quote.
 */
import type { QuoteKind, Span } from '../types';
import type { PersonEntry } from '../people/find-people';
import { INLINE_DATELINE, INLINE_DATELINE_MIXED } from '../article/dateline';
import { splitSentences } from '../text/tokens';
import { DIRECT_ONLY_CUES, LISTENER_VERBS } from './cues';
import { findDirectSpans, type DirectSpan } from './direct-spans';
import {
  ACCORDING_TO_LEADING,
  ACCORDING_TO_TRAILING,
  CUE_AFTER_QUOTE,
  CUE_BEFORE_QUOTE,
  LEADING_ATTRIBUTION,
  MEDIAL_ATTRIBUTION,
  PARTICIPLE_ATTRIBUTION,
  TRAILING_ATTRIBUTION,
} from './patterns';
import { resolveSpeaker, type ResolvedSpeaker, type SpeakerContext } from './speakers';

export interface FoundQuote {
  kind: QuoteKind;
  start: number;
  end: number;
  cue: string | null;
  speaker: ResolvedSpeaker | null;
}

/** A cue right before an opening mark: `he said, "`, `she told reporters: "`. */
const OWN_CUE_BEFORE = /\b(?:said|says|told\s+[\p{L}]+|asked|added|wrote|recalled)\s*[,:]\s*$/u;
/** A reported clause shorter than this is a fragment ("he said so"), not a quote. */
const MIN_REPORTED_WORDS = 4;
/** A quotation this short with no cue is a term or a scare quote. */
const MIN_CONTINUED_WORDS = 4;
/** …unless it follows an attributed quotation in the same paragraph. */
const MIN_SAME_PARAGRAPH_WORDS = 2;
/** How far after a closing mark, and before an opening one, the cue may sit (characters). */
const CUE_WINDOW = 160;

/** A pending attribution: the subject phrase is resolved later, in text order. */
interface Candidate {
  kind: QuoteKind;
  start: number;
  end: number;
  cue: string | null;
  subject: Span | null;
  /** For quotes with no cue: the quote whose speaker it continues. */
  continues: Candidate | null;
  /** Other readings of the same sentence, tried in order when this one's subject is nobody. */
  alternatives?: Reading[];
  block: number;
}

export function findQuotes(text: string, blocks: Span[], people: PersonEntry[]): FoundQuote[] {
  const spans = findDirectSpans(text, blocks);
  const spansByBlock = new Map<number, DirectSpan[]>();
  for (const span of spans) {
    const list = spansByBlock.get(span.block);
    if (list) list.push(span);
    else spansByBlock.set(span.block, [span]);
  }
  const candidates: Candidate[] = [];
  const claimed = new Set<DirectSpan>();

  blocks.forEach((block, blockIndex) => {
    const blockSpans = spansByBlock.get(blockIndex) ?? [];
    for (const sentence of splitSentences(text, block.start, block.end)) {
      if (blockSpans.some((s) => s.start <= sentence.start && sentence.start < s.end)) continue;
      const [reported, ...alternatives] = readReported(text, sentence.start, sentence.end);
      if (!reported) continue;
      const inside = blockSpans.filter((s) => s.openAt >= reported.start && s.closeAt <= reported.end);
      // Mostly quoted: a direct quote with its attribution, handled below. Likewise a quotation
      // right after its own cue inside the clause ("…recalled that he said, "I'll put a bullet…,"
      // the office said": the words are his, scrapinghub/7a457a4f7173).
      if (quotedShare(inside, reported) > 0.6) continue;
      if (inside.some((span) => span.openAt > reported.start && OWN_CUE_BEFORE.test(text.slice(Math.max(reported.start, span.openAt - 40), span.openAt)))) continue;
      inside.forEach((s) => claimed.add(s));
      candidates.push({ ...reported, alternatives, kind: inside.length ? 'mixed' : 'indirect', continues: null, block: blockIndex });
    }
  });

  const attributed = new Set<DirectSpan>();
  for (const span of spans) {
    if (claimed.has(span)) continue;
    const found = attributeDirect(text, span, blocks[span.block]!);
    if (!found) continue;
    attributed.add(span);
    candidates.push({ kind: 'direct', start: span.start, end: span.end, ...found, continues: null, block: span.block });
  }
  candidates.sort((a, b) => a.start - b.start);

  // Quotations with no cue of their own that continue the previous speaker, found in one walk
  // through the spans and the attributed quotes in text order.
  const all: Candidate[] = [];
  let next = 0;
  let previous: Candidate | null = null;
  for (const span of spans) {
    while (next < candidates.length && candidates[next]!.start < span.start) {
      const candidate = candidates[next++]!;
      all.push(candidate);
      if (candidate.end <= span.start) previous = candidate;
    }
    if (claimed.has(span) || attributed.has(span)) continue;
    if (previous && continuesSpeaker(text, span, previous, blocks)) {
      const continued: Candidate = { kind: 'direct', start: span.start, end: span.end, cue: null, subject: null, continues: previous, block: span.block };
      all.push(continued);
      previous = continued;
    }
  }
  while (next < candidates.length) all.push(candidates[next++]!);

  return resolveInOrder(text, all, people);
}

function quotedShare(inside: DirectSpan[], clause: Span): number {
  const quoted = inside.reduce((sum, s) => sum + (s.end - s.start), 0);
  return quoted / Math.max(1, clause.end - clause.start);
}

/** One reading of a reported sentence: its clause, cue and subject phrase. */
type Reading = Pick<Candidate, 'start' | 'end' | 'cue' | 'subject'>;

/**
 * Reported speech in one sentence: `according to X`, trailing (`…, X said.`) and leading
 * (`X said that …`), every reading that matches, best first. The speaker stage keeps the first
 * whose subject is a speaker: in "Orozobek Kayikov, the head of the office, said the plan would
 * work" the trailing reading's subject ("the plan would work") is nobody, the leading one's is
 * Kayikov.
 */
function readReported(text: string, from: number, to: number): Reading[] {
  const sentence = text.slice(from, to);
  const readings: (Reading | null)[] = [];
  let m = ACCORDING_TO_LEADING.exec(sentence);
  if (m) readings.push(clause(text, from + m[0].length, to, 'according to', from + m[0].indexOf(m[1]!, 12), m[1]!.length));
  m = ACCORDING_TO_TRAILING.exec(sentence);
  if (m) readings.push(clause(text, from, from + m.index, 'according to', from + m.index + m[0].indexOf(m[1]!), m[1]!.length));
  m = MEDIAL_ATTRIBUTION.exec(sentence);
  if (m) {
    // The whole sentence is what was said, the attribution inside it included (as annotators and
    // readers take "X, Benioff said, Y").
    const subject = m[1] ?? m[4]!;
    const cue = m[2] ?? m[3]!;
    const subjectAt = from + m.index + m[0].indexOf(subject, m[1] ? 0 : m[0].indexOf(cue) + cue.length);
    readings.push(clause(text, from, to, normalizeCue(cue), subjectAt, subject.length));
  }
  m = TRAILING_ATTRIBUTION.exec(sentence);
  if (m) {
    const subject = m[1] ?? m[4]!;
    const cue = m[2] ?? m[3]!;
    const subjectAt = from + m.index + m[0].indexOf(subject, m[1] ? 0 : m[0].indexOf(cue) + cue.length);
    readings.push(clause(text, from, from + m.index, normalizeCue(cue), subjectAt, subject.length));
  }
  m = LEADING_ATTRIBUTION.exec(sentence);
  if (m) readings.push(leadingReading(text, from, to, m));
  m = PARTICIPLE_ATTRIBUTION.exec(sentence);
  if (m) readings.push(clause(text, from + m[0].length, to, m[3]!.toLowerCase(), from + m[1]!.length, m[2]!.length));
  return readings.filter((r): r is Reading => r !== null);
}

/** Auxiliaries and modals: after one, the "cue" was a noun ("The full cost estimates will be
 * published" — estimates is not speech). */
const AUXILIARY_START = /^(?:will|would|can|could|should|may|might|must|shall|is|are|was|were|be|been|has|have|had|do|does|did)\b/i;

function leadingReading(text: string, from: number, to: number, m: RegExpExecArray): Reading | null {
  const cue = m[3]!;
  let rest = from + m[0].length;
  // "X told Trend (that) …": skip the listener. "X said earlier that …": skip up to "that".
  const after = text.slice(rest, to);
  if (AUXILIARY_START.test(after.trimStart())) return null;
  // An infinitive is an action, not words: "WeWork agreed to a rescue", "vowed to return"; so is
  // "called for calm", "called on Congress".
  if (/^to\s/i.test(after.trimStart())) return null;
  if (/^called$/i.test(cue) && /^(?:for|on|off|in|up|back|out)\b/i.test(after.trimStart())) return null;
  const that = /^(?:\s+[^\s,"“”]+){0,8}?\s+that\s+/.exec(after);
  if (that) rest += that[0].length;
  else if (LISTENER_VERBS.test(cue)) {
    const listener = /^\s+(?:reporters|journalists|lawmakers|the\s+[\p{L}-]+|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*|him|her|them|us|me)\s+/u.exec(after);
    if (!listener) return null;
    rest += listener[0].length;
  } else if (/^\s*[:,]?\s*["“„«‘]/.test(after)) {
    return null; // `X said: "…"` is a direct quote.
  }
  return clause(text, rest, to, normalizeCue(cue), from + m[1]!.length, m[2]!.length);
}

/** The reported clause between `start` and `end`, trimmed of spaces and final punctuation. */
function clause(text: string, start: number, end: number, cue: string, subjectAt: number, subjectLength: number): Reading | null {
  if (DIRECT_ONLY_CUES.test(cue)) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  // "LONDON — After nearly 20 years …, officials said": the dateline is not part of what was said.
  const dateline = INLINE_DATELINE.exec(text.slice(start, end)) ?? INLINE_DATELINE_MIXED.exec(text.slice(start, end));
  if (dateline) start += dateline[0].length;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  if (/^["“„«‘]/.test(text.slice(start, end))) return null;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
  if (words < MIN_REPORTED_WORDS) return null;
  return { start, end, cue, subject: { start: subjectAt, end: subjectAt + subjectLength } };
}

function normalizeCue(cue: string): string {
  return cue.replace(/\s+/g, ' ').toLowerCase();
}

/** The cue after the closing mark (`…," said Kayikov`) or before the opening one (`He said: "…`). */
function attributeDirect(text: string, span: DirectSpan, block: Span): { cue: string; subject: Span } | null {
  const afterStart = span.closeAt + 1;
  const after = text.slice(afterStart, Math.min(block.end, afterStart + CUE_WINDOW));
  let m = CUE_AFTER_QUOTE.exec(after);
  if (m) {
    const cue = m[1] ?? m[4]!;
    const subject = m[2] ?? m[3]!;
    const at = afterStart + m[0].indexOf(subject, m[2] ? m[0].indexOf(cue) + cue.length : 0);
    return { cue: normalizeCue(cue), subject: { start: at, end: at + subject.length } };
  }
  const beforeStart = Math.max(block.start, span.openAt - CUE_WINDOW);
  let before = text.slice(beforeStart, span.openAt);
  // Only the sentence the quote opens in: cut at the last sentence end before the mark.
  const lastBreak = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('" '), before.lastIndexOf('” '));
  const offset = lastBreak >= 0 ? lastBreak + 2 : 0;
  before = before.slice(offset);
  m = CUE_BEFORE_QUOTE.exec(before);
  if (m) {
    const subject = m[1] ?? m[4]!;
    const cue = m[2] ?? m[3]!;
    const at = beforeStart + offset + m.index + m[0].indexOf(subject, m[1] ? 0 : m[0].indexOf(cue) + cue.length);
    return { cue: normalizeCue(cue), subject: { start: at, end: at + subject.length } };
  }
  return null;
}

/**
 * A quotation with no cue continues the previous speaker when news style says so:
 * - the second part of an interrupted quote in the same paragraph, opening a new sentence
 *   (`"A," said Kayikov. "B."`);
 * - a paragraph that opens with a quotation right after a paragraph with a quote;
 * - the next paragraph of a quote that runs over several paragraphs.
 */
function continuesSpeaker(text: string, span: DirectSpan, previous: Candidate, blocks: Span[]): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
  // In the paragraph of an attributed quote, a short second sentence is still the speaker's
  // (`"…," said Senator Mark Warner. "There's collective amnesia."`); elsewhere it may be a term.
  const samePara = previous.block === span.block && previous.kind !== 'indirect';
  if (words < (samePara ? MIN_SAME_PARAGRAPH_WORDS : MIN_CONTINUED_WORDS)) return false;
  // The next paragraph of a quote left open, when the open part was itself a quote.
  if (span.continuesPrevious) return previous.kind === 'direct' && span.block - previous.block === 1;
  const before = text.slice(blocks[span.block]!.start, span.openAt);
  const opensSentence = before.trim() === '' || /[.!?]["”’]?\s*$/.test(before);
  if (!opensSentence) return false;
  if (samePara) return true;
  return span.opensBlock && span.block - previous.block === 1;
}

/** Resolves speakers in text order, so pronouns and "they" see the speakers before them. */
function resolveInOrder(text: string, candidates: Candidate[], people: PersonEntry[]): FoundQuote[] {
  const mentions = people
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start);
  const ctx: SpeakerContext = { people, mentions, quoted: [], lastSpeaker: null };
  const found: FoundQuote[] = [];
  const resolved = new Map<Candidate, ResolvedSpeaker | null>();
  for (const candidate of candidates) {
    let c = candidate;
    let speaker: ResolvedSpeaker | null = null;
    if (c.subject) {
      speaker = resolveSpeaker(text, c.subject.start, c.subject.end, ctx);
      for (const reading of c.alternatives ?? []) {
        if (speaker) break;
        speaker = reading.subject ? resolveSpeaker(text, reading.subject.start, reading.subject.end, ctx) : null;
        if (speaker) c = { ...c, ...reading };
      }
    } else if (c.continues) {
      const previous = resolved.get(c.continues) ?? null;
      speaker = previous ? { ...previous, resolution: 'continued' } : null;
    }
    // A reported "quote" whose subject is not a speaker at all ("The question was raised…") is dropped.
    if (!speaker && c.kind !== 'direct') continue;
    resolved.set(candidate, speaker);
    if (c.kind === 'direct') ctx.quoted.push({ start: c.start, end: c.end });
    if (speaker) ctx.lastSpeaker = speaker;
    found.push({ kind: c.kind, start: c.start, end: c.end, cue: c.cue, speaker });
  }
  return found;
}
