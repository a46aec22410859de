/**
 * Who said what: direct quotes (in quotation marks), reported speech and mixed quotes, each with
 * its cue and the speaker resolved against the story's roster.
 *
 * Order matters: reported speech is read sentence by sentence first (reported-speech.ts), so a partial quote inside it
 * ("He said the plan was “dead on arrival” and …") makes one mixed quote rather than a direct one;
 * then quotation marks are attributed by the cue after or before them (direct-attribution.ts); a
 * quotation with no cue of its own is kept only where news style continues the previous speaker
 * (continuation.ts: an interrupted quote, a quote paragraph after an attributed one). Anything else
 * in quotation marks — titles of laws and works, scare quotes — is not a quote.
 */
import type { QuoteKind, Span } from '../types';
import type { PersonEntry } from '../people/find-people';
import { splitSentences } from '../text/tokens';
import { normalizeCue } from './cues';
import { continuesSpeaker, followsNarration } from './continuation';
import { attributeDirect } from './direct-attribution';
import { findDirectSpans, type DirectSpan } from './direct-spans';
import { CUE_BEFORE_QUOTE } from './patterns';
import { embeddedPosts, postAuthor } from './embedded-posts';
import { pullQuoteBlocks } from './pull-quotes';
import { clause, readReported, relativeReading, SENTENCE_END, type Reading } from './reported-speech';
import { narratedSpeaker, resolveSpeaker, signSpeaker, type ResolvedSpeaker, type SpeakerContext } from './speakers';

export interface FoundQuote {
  kind: QuoteKind;
  start: number;
  end: number;
  cue: string | null;
  speaker: ResolvedSpeaker | null;
}

/** A cue right before an opening mark: `he said, "`, `she told reporters: "`. */
const OWN_CUE_BEFORE = /\b(?:said|says|told\s+[\p{L}]+|asked|added|wrote|recalled)\s*[,:]\s*$/u;
/** A sentence ends inside the text: a stop, then a space and more. */
const SENTENCE_BREAK = /[.!?]["”’]?\s+\S/;
/** A participle cue and a colon before a quotation, after a comma: ", warning: “". */
const OWN_CUE_AND_COLON = /,\s+\p{Ll}+ing(?:\s+[\p{L}'’-]+){0,3}\s*:\s*$/u;

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
  /** The subject is a sign ("a sign reads"), resolved to its holders or its shop. */
  sign?: boolean;
  /** For a quote paragraph with no cue after a paragraph about someone: that paragraph. */
  narrated?: Span;
  /** An embedded post (embedded-posts.ts): its author speaks as credited, whether or not the roster knows them. */
  post?: true;
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
  // A quotation the page repeats in a box of its own is read where the story has it (pull-quotes.ts).
  const pulled = pullQuoteBlocks(text, blocks, spans);
  // An embedded post is one quote, its author's, whatever it holds.
  const posts = embeddedPosts(text, blocks);
  const postBlocks = new Set(posts.map((post) => post.block));

  // The attribution a paragraph ends on with a colon, for the paragraphs it introduces.
  let intro: Intro | null = null;
  const introducedBy = new Map<number, Intro>();
  blocks.forEach((block, blockIndex) => {
    if (pulled.has(blockIndex) || postBlocks.has(blockIndex)) return;
    const blockSpans = spansByBlock.get(blockIndex) ?? [];
    if (intro) {
      introducedBy.set(blockIndex, intro);
      const item = introducedItem(text, block, intro, blockSpans);
      if (item) {
        blockSpans.forEach((s) => claimed.add(s));
        candidates.push({ ...item, kind: blockSpans.length ? 'mixed' : 'indirect', continues: null, block: blockIndex });
        intro.items++;
        // A list item with a full stop ends the list: the next paragraph is the story again.
        if (/[.!?]$/.test(text.slice(block.start, block.end).trimEnd())) intro = null;
        return;
      }
    }
    intro = introAttribution(text, block);
    const sentences: { start: number; end: number; depth?: number }[] = splitSentences(text, block.start, block.end);
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      if (blockSpans.some((s) => s.start <= sentence.start && sentence.start < s.end)) continue;
      const [reported, ...alternatives] = readReported(text, sentence.start, sentence.end, sentence.depth ?? 0);
      if (!reported) {
        // A relative clause may be the sentence's only report: "He traveled to Florida to meet with
        // Devocht, who had told Montalvo he would assist him …" (GUM news, defector).
        const relative = relativeReading(text, sentence.start, sentence.end);
        if (relative && !blockSpans.some((s) => s.openAt < relative.end && s.closeAt > relative.start)) candidates.push({ ...relative, kind: 'indirect', continues: null, block: blockIndex });
        continue;
      }
      // A clause cut at ", but …" leaves the rest of the sentence to read on its own: "Mayer said
      // it depends on the cost of the service, but he said that he thinks the number will be
      // between four to six services" (scrapinghub/098bb3e96c0a).
      const contrast = /^,["”]?\s+but\s+/.exec(text.slice(reported.end, sentence.end));
      if (contrast) sentences.splice(i + 1, 0, { start: reported.end + contrast[0].length, end: sentence.end, depth: 1 });
      const inside = blockSpans.filter((s) => s.openAt >= reported.start && s.closeAt <= reported.end);
      // However much of it is quoted, a reported clause with a quotation inside is one mixed quote
      // (GUIDELINES.md): "President Obama told the U.N. General Assembly 18 months ago that he
      // would seek “real breakthroughs on these two issues …”" (readability/wapo-2). Not so a
      // quotation right after its own cue inside the clause ("…recalled that he said, "I'll put
      // a bullet…," the office said": the words are his, scrapinghub/7a457a4f7173). The quotation
      // may close past the clause, whose end stops before `,"`. Only the first quotation frames the
      // clause: in "During the call, he asked about the Muslim Brotherhood, called Omar a
      // “terrorist” and said, “somebody ought to put a bullet in her skull,” the prosecutor’s
      // office said." the clause reports more than the last quotation (same page).
      const first = blockSpans.find((s) => s.openAt > reported.start && s.openAt < reported.end);
      if (first && OWN_CUE_BEFORE.test(text.slice(Math.max(reported.start, first.openAt - 40), first.openAt))) continue;
      // A quotation that opens in the clause and closes sentences later. After a cue of its own and
      // a colon it is a direct quote, and the clause ends before that cue: "Liu said that the army
      // could be deployed in Beijing, warning: “They are already there …. They are there to show
      // sovereignty.”" (scrapinghub/624fcd903d56). Else the clause runs on to the closing mark:
      // "According to the man, the steroids “had a transformative effect within 2 days. … bedding.”"
      // (scrapinghub/a078b3656adc), "Richardson said Rudolph “can’t antagonize …. Just leave it at
      // that.”" (scrapinghub/08f793762792). Not single marks: one may be an apostrophe read as a
      // mark ("the government 's ability", GUM's tokenised text).
      if (first && first.closeAt > reported.end && first.end > first.start && first.family !== 'single') {
        const ownCue = OWN_CUE_AND_COLON.exec(text.slice(reported.start, first.openAt));
        if (ownCue) reported.end = reported.start + ownCue.index;
        // (A quotation closing in the clause's own sentence, “…,” Cook said, stays as it was.)
        else if (SENTENCE_BREAK.test(text.slice(reported.end, first.closeAt))) {
          // Past the closing mark, or to the paragraph's end when the quotation is left open there.
          reported.end = first.closed ? first.closeAt + 1 : first.closeAt;
          inside.push(first);
        }
      }
      inside.forEach((s) => claimed.add(s));
      candidates.push({ ...reported, alternatives, kind: inside.length ? 'mixed' : 'indirect', continues: null, block: blockIndex });
      const relative = relativeReading(text, sentence.start, sentence.end);
      if (relative && (relative.end <= reported.start || relative.start >= reported.end) && !blockSpans.some((s) => s.openAt < relative.end && s.closeAt > relative.start)) {
        candidates.push({ ...relative, kind: 'indirect', continues: null, block: blockIndex });
      }
    }
  });

  const attributed = new Set<DirectSpan>();
  for (const span of spans) {
    if (claimed.has(span) || pulled.has(span.block) || postBlocks.has(span.block)) continue;
    let found = attributeDirect(text, span, blocks[span.block]!);
    // A quote paragraph after "… she added:" is hers (BBC style: "She added:" / "“They never
    // stood a chance of saving her.”", readability/buzzfeed-1 has it inline).
    const introduced = introducedBy.get(span.block);
    if (!found && introduced && span.opensBlock && !span.continuesPrevious && introduced.items === 0) found = { cue: introduced.cue, subject: introduced.subject };
    if (!found) continue;
    attributed.add(span);
    candidates.push({ kind: 'direct', start: span.start, end: span.end, ...found, continues: null, block: span.block });
  }
  for (const post of posts) candidates.push({ kind: 'direct', ...post.words, cue: 'tweeted', subject: post.author, continues: null, post: true, block: post.block });
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
    // A mixed quote that began before the previous span and has ended since is the previous
    // attributed quote too: "“Now it’s hard to see …” to hold up on their ICC plans, Indyk said.
    // “That has nothing to do with negotiations …”" (readability/wapo-2).
    const last = all[all.length - 1];
    if (last && last !== previous && last.end <= span.start && (!previous || last.start > previous.start)) previous = last;
    if (claimed.has(span) || attributed.has(span) || pulled.has(span.block) || postBlocks.has(span.block)) continue;
    if (previous && continuesSpeaker(text, span, previous, blocks)) {
      const continued: Candidate = { kind: 'direct', start: span.start, end: span.end, cue: null, subject: null, continues: previous, block: span.block };
      all.push(continued);
      previous = continued;
    } else if (followsNarration(text, span, blocks, spansByBlock)) {
      const narrated: Candidate = { kind: 'direct', start: span.start, end: span.end, cue: null, subject: null, continues: null, narrated: blocks[span.block - 1]!, block: span.block };
      all.push(narrated);
      previous = narrated;
    }
  }
  while (next < candidates.length) all.push(candidates[next++]!);

  return resolveInOrder(text, all, people, [...pulled].map((i) => blocks[i]!), spans);
}

/** A paragraph ending on "SUBJECT CUE:", introducing the paragraphs after it. */
interface Intro {
  cue: string;
  subject: Span;
  /** How many list items it has introduced so far. */
  items: number;
}

/**
 * An attribution that ends its paragraph with a colon: "In a wide-ranging interview, President
 * Obama also said:" (readability/bbc-1), followed by a list of what was said or by a quote
 * paragraph.
 */
function introAttribution(text: string, block: Span): Intro | null {
  const para = text.slice(block.start, block.end).trimEnd();
  if (!para.endsWith(':')) return null;
  const sentences = splitSentences(text, block.start, block.end);
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  const sentence = text.slice(last.start, last.end);
  if (/["“”„«»]/.test(sentence)) return null;
  const m = CUE_BEFORE_QUOTE.exec(sentence);
  if (!m) return null;
  const subject = m[1] ?? m[4]!;
  const cue = m[2] ?? m[3]!;
  // A cue in "-s" before "of", "about" … is a noun: "other social media users have offered
  // differing estimates of her net worth:" (scrapinghub/8380689f358c) introduces no speech.
  const cueEnd = m.index + m[0].indexOf(cue, m[1] ? m[1].length : 0) + cue.length;
  if (/s$/i.test(cue) && /^\s+(?:of|about|on|for|from|in|to)\s/i.test(sentence.slice(cueEnd))) return null;
  const at = last.start + m.index + m[0].indexOf(subject, m[1] ? 0 : m[0].indexOf(cue) + cue.length);
  return { cue: normalizeCue(cue), subject: { start: at, end: at + subject.length }, items: 0 };
}

/**
 * One item of the list an attribution introduces: a paragraph that is one sentence, with no
 * closing full stop ("The UK must stay in the EU to have influence on the world stage",
 * readability/bbc-1) — or, for the first item only, with one. A paragraph opening with a
 * quotation mark is a quote paragraph instead.
 */
function introducedItem(text: string, block: Span, intro: Intro, blockSpans: DirectSpan[]): Reading | null {
  if (blockSpans.some((s) => s.opensBlock)) return null;
  const sentences = splitSentences(text, block.start, block.end);
  if (sentences.length !== 1) return null;
  const stopped = SENTENCE_END.test(text.slice(block.start, block.end).trimEnd());
  if (stopped && intro.items > 0) return null;
  return clause(text, block.start, block.end, intro.cue, intro.subject.start, intro.subject.end - intro.subject.start);
}

/** Cues that give something a name: what follows in quotation marks may be that name. */
const NAMING_CUES = /^(?:called|calls|dubbed|named|titled|nicknamed|labell?ed)$/i;

/**
 * A name or a term in quotation marks after a naming cue, no quote (GUIDELINES.md: titles of
 * works, nicknames, terms): a title in capitals with no sentence's end ("Developer Valve called
 * “Half Life: Alyx” a flagship VR game", scrapinghub/fde930b01859; "a line of sets called “Master
 * Builder Series”"), or a few words nobody is said to have said ("a condition called “farmer's
 * lung”", scrapinghub/a078b3656adc). "The Arab League called it an “extremely adverse
 * development”" has a speaker and stays (scrapinghub/833caf3bdba5).
 */
function isNameInQuotes(quoted: string, hasSpeaker: boolean): boolean {
  const words = quoted.trim().split(/\s+/);
  if (SENTENCE_END.test(quoted.trim())) return false;
  const long = words.filter((w) => /\p{L}{4,}/u.test(w));
  const titleCase = long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
  return titleCase || (!hasSpeaker && words.length <= 4);
}

/** At most two words and no sentence's end: a term, not something said. */
function isShortTerm(quoted: string): boolean {
  const trimmed = quoted.trim();
  return trimmed.split(/\s+/).length <= 2 && !SENTENCE_END.test(trimmed);
}

/**
 * A word or two in quotation marks that is a term, a name or a scare quote, no quote (GUIDELINES.md):
 *   - when nobody is said to have said it: "arguing for “consent”", "what’s “broken”"
 *     (readability/aclu, google-sre-book-1);
 *   - between a determiner and the noun it describes, whoever is near: "the scientists asked five
 *     people to perform a “direction discrimination” task" (readability/medicalnewstoday);
 *   - a name or a title in capitals after a preposition or an article: "one user complained about
 *     the cocaine from ‘Mirkov’, a vendor on Evolution" (readability/keep-images). Not what a cue
 *     puts out ("Tottenham Hotspur posted “Welcome Jose”"), nor "“Never,” Smith said.".
 */
function isTerm(text: string, span: Span, hasSpeaker: boolean): boolean {
  const quoted = text.slice(span.start, span.end);
  if (!isShortTerm(quoted)) return false;
  return !hasSpeaker || describesNoun(text, span) || (isNameInQuotes(quoted, true) && NAME_SLOT.test(text.slice(Math.max(0, span.start - 20), span.start)));
}

/** Where a name goes: after a preposition, an article or "the name" ("came up with the name “Mozilla”", readability/wikipedia). */
const NAME_SLOT = /\b(?:from|by|of|to|at|in|on|for|with|about|the|a|an|name)\s+["“‘„«]?$/;

/** A lower-case word that is no function word ("task", not "during" in "warned against making a
 * “bad deal” during his March 3 address", readability/wapo-2). */
const NOUN_AFTER = /^["”’»]?\s+(?!(?:a|an|the|and|or|but|nor|so|yet|that|which|who|whom|whose|to|in|on|at|for|from|by|of|with|as|than|if|because|when|while|after|before|since|until|during|over|under|into|about|against|between|through|is|are|was|were|will|would|could|should|can|may|might|must|has|have|had|he|she|it|they|we|you|i|said|says)\b)\p{Ll}/u;

/** A quotation between a determiner and a lower-case word: part of a noun phrase ("a “direction discrimination” task"). */
function describesNoun(text: string, span: Span): boolean {
  return /\b(?:a|an|the|this|that|these|those|its|their|his|her|our|your)\s+["“„«‘]?$/i.test(text.slice(Math.max(0, span.start - 12), span.start)) && NOUN_AFTER.test(text.slice(span.end, span.end + 24));
}

/** Resolves speakers in text order, so pronouns and "they" see the speakers before them. */
function resolveInOrder(text: string, candidates: Candidate[], people: PersonEntry[], skipped: Span[], quotations: readonly Span[]): FoundQuote[] {
  // A name in a pull quote is no antecedent either: the box is not part of the story's sentences.
  const mentions = people
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .filter((m) => !skipped.some((block) => block.start <= m.start && m.end <= block.end))
    .sort((a, b) => a.start - b.start);
  // A name inside a quotation is no antecedent for a pronoun: not the quotation's own "he said"
  // ("“By hyping up expectations …, Trump makes the prospects … more uncertain and volatile,” he
  // said" is Eswar Prasad, quoted just before, scrapinghub/702d1da63b8e), nor a later one's, even
  // when nobody is said to have said it ("named it Staten Land “in honour of the States General”
  // (Dutch parliament). He wrote, …" is Abel Tasman, readability/wikipedia-2).
  const ctx: SpeakerContext = { people, mentions, quoted: quotations, lastSpeaker: null };
  const found: FoundQuote[] = [];
  const resolved = new Map<Candidate, ResolvedSpeaker | null>();
  /** Who the story has quoted, by the words that attributed them and by full name. */
  const spoken = new Map<string, PersonEntry>();
  for (const candidate of candidates) {
    let c = candidate;
    let speaker: ResolvedSpeaker | null = null;
    if (c.subject && c.sign) {
      speaker = signSpeaker(text, c.subject.start, c.subject.end, ctx);
    } else if (c.subject) {
      speaker = resolveSpeaker(text, c.subject.start, c.subject.end, ctx);
      if (c.post) speaker = postAuthor(text, c.subject, speaker);
      for (const reading of c.alternatives ?? []) {
        if (speaker) break;
        speaker = reading.subject ? resolveSpeaker(text, reading.subject.start, reading.subject.end, ctx) : null;
        if (speaker) c = { ...c, ...reading };
      }
    } else if (c.narrated) {
      speaker = narratedSpeaker(text, c.narrated, ctx, spoken);
    } else if (c.continues) {
      const previous = resolved.get(c.continues) ?? null;
      speaker = previous ? { ...previous, resolution: 'continued' } : null;
    }
    // A reported "quote" whose subject is not a speaker at all ("The question was raised…") is dropped;
    // so is a quote paragraph after narration that names no one who has spoken.
    if (!speaker && (c.kind !== 'direct' || c.narrated)) continue;
    resolved.set(candidate, speaker);
    // Not listed, but a quotation continuing it keeps its speaker: "Developer Valve called 'Half
    // Life: Alyx' "a flagship VR game."" is Valve's.
    if (c.kind === 'direct' && c.cue && NAMING_CUES.test(c.cue) && isNameInQuotes(text.slice(c.start, c.end), speaker !== null)) continue;
    if (c.kind === 'direct' && isTerm(text, c, speaker !== null)) continue;
    if (speaker) ctx.lastSpeaker = speaker;
    if (speaker?.person) spoken.set(text.slice(speaker.start, speaker.end), speaker.person).set(speaker.person.name, speaker.person);
    found.push({ kind: c.kind, start: c.start, end: c.end, cue: c.cue, speaker });
  }
  return found;
}
