/**
 * Reported speech, read one sentence at a time: `according to X, …`, `…, X said.`, `X said that
 * …`, a relative clause ("the source, who said …"), a speech noun ("his vow that …"). Each reading
 * gives the reported clause, its cue and the subject phrase; find-quotes.ts decides between a
 * sentence's readings by whether the speaker stage finds a speaker in the subject.
 */
import type { Span } from '../types';
import { INLINE_DATELINE, INLINE_DATELINE_MIXED } from '../article/dateline';
import { CITATION_MARK } from '../text/tokens';
import { DIRECT_ONLY_CUES, LISTENER_VERBS, normalizeCue } from './cues';
import {
  ACCORDING_TO_LEADING,
  ACCORDING_TO_TRAILING,
  ACCORDING_WORD,
  COORDINATED_ATTRIBUTION,
  DOCUMENT_SOURCE,
  LEADING_ATTRIBUTION,
  LONG_TITLE_ATTRIBUTION,
  MEDIAL_ATTRIBUTION,
  OUTPUT_START,
  PARTICIPLE_ATTRIBUTION,
  MAIN_CUE_AFTER,
  RELATIVE_ATTRIBUTION,
  REPORTED_PARTICIPLE_WORD,
  REPORTING_WORD,
  SECOND_CLAUSE,
  STRAY_COMMA_ATTRIBUTION,
  TRAILING_ATTRIBUTION,
} from './patterns';
import { hasVerbSign, isNounObject, opensWithSubjectAndVerb } from './verb-signs';

/** A capitalised word right before a position: the position is inside a name. */
const NAME_WORD_BEFORE = /(?:^|\s)\p{Lu}[\p{L}\p{M}.'’-]*\s+$/u;
/** A reported clause shorter than this is a fragment ("he said so"), not a quote. */
const MIN_REPORTED_WORDS = 4;

/** One reading of a reported sentence: its clause, cue and subject phrase. */
export interface Reading {
  start: number;
  end: number;
  cue: string | null;
  subject: Span | null;
}

/**
 * Reported speech in one sentence: `according to X`, trailing (`…, X said.`) and leading
 * (`X said that …`), every reading that matches, best first. The speaker stage keeps the first
 * whose subject is a speaker: in "Orozobek Kayikov, the head of the office, said the plan would
 * work" the trailing reading's subject ("the plan would work") is nobody, the leading one's is
 * Kayikov.
 */
export function readReported(text: string, from: number, to: number, depth = 0): Reading[] {
  // A dateline opening the story is no part of its first sentence: in "BUFFALO, N.Y. — Hours
  // before Zach Parise’s two-goal performance Tuesday, Wild coach Bruce Boudreau expressed
  // confidence …, saying …" (scrapinghub/264dc3ae3124) "BUFFALO" is no subject with an appositive.
  from += (INLINE_DATELINE.exec(text.slice(from, to)) ?? INLINE_DATELINE_MIXED.exec(text.slice(from, to)))?.[0].length ?? 0;
  // …nor the parentheses round a sentence: "(Alibaba says it has no plans to do this, but most
  // people do not believe this.)" (readability/nytimes-2).
  const aside = /^\(([^()]+)\)\s*$/.exec(text.slice(from, to));
  if (aside) {
    from += 1;
    to = from + aside[1]!.length;
  }
  const sentence = text.slice(from, to);
  if (!REPORTING_WORD.test(sentence)) return depth === 0 ? otherReportings(text, from, to) : [];
  const readings: (Reading | null)[] = [];
  // Each pattern runs only when the word or mark it needs is there (cheap tests first).
  const according = ACCORDING_WORD.test(sentence);
  const comma = sentence.includes(',');
  /** Where a closing attribution ("…, Yahoo Finance reported") begins, if the sentence has one. */
  let relayedAt = -1;
  let m = according ? ACCORDING_TO_LEADING.exec(sentence) : null;
  if (m) readings.push(clause(text, from + m[0].length, to, normalizeCue(m[1]!), from + m[0].indexOf(m[2]!, m[1]!.length), m[2]!.length));
  m = according ? ACCORDING_TO_TRAILING.exec(sentence) : null;
  if (m) {
    const cueWords = m[1] ?? m[3]!;
    const cue = normalizeCue(cueWords);
    const source = m[2] ?? m[4]!;
    const sourceAt = from + m.index + m[0].indexOf(source, m[0].indexOf(cueWords) + cueWords.length);
    // Set off inside the clause, the attribution leaves it whole: "A further 17 manufacturers,
    // according to the report, had production operations ranging from 30-600 MW."
    // (scrapinghub/b0cf2bbf0192): the subject alone before it says nothing.
    const before = text.slice(from, from + m.index);
    const medial = /^,\s+(?!(?:a|an|the|who|whom|whose|which|where|one|its|his|her|their|and|but)\b)\p{Ll}/u.test(text.slice(sourceAt + source.length, to)) && !hasVerbSign(before) && !opensWithSubjectAndVerb(before);
    // A report of a report: in "As yet, there is no epidemiological evidence linking the third
    // plague case to the earlier two, the Inner Mongolia health commission said, according to
    // Reuters." (scrapinghub/ea25dd7edff4) the words are the commission's; Reuters relayed them.
    const inner = medial || depth > 0 ? [] : readReported(text, from, from + m.index, depth + 1).filter((r) => r.cue !== 'according to' && r.cue !== 'per');
    if (inner.length) readings.unshift(...inner);
    else readings.push(clause(text, from, medial ? to : from + m.index, cue, sourceAt, source.length));
  }
  m = comma ? MEDIAL_ATTRIBUTION.exec(sentence) : null;
  if (m) {
    // The whole sentence is what was said, the attribution inside it included (as annotators and
    // readers take "X, Benioff said, Y").
    const subject = m[1] ?? m[4]!;
    const cue = m[2] ?? m[3]!;
    const subjectAt = from + m.index + m[0].indexOf(subject, m[1] ? 0 : m[0].indexOf(cue) + cue.length);
    if (!endsOnQuotedSentence(text.slice(from, from + m.index + 2))) readings.push(clause(text, from, to, normalizeCue(cue), subjectAt, subject.length));
  }
  m = comma ? TRAILING_ATTRIBUTION.exec(sentence) : null;
  if (m) {
    const subject = m[1] ?? m[4]! + invertedSubjectTail(m[4]!, m[5]);
    const cue = m[2] ?? m[3]!;
    const subjectAt = from + m.index + m[0].indexOf(subject, m[1] ? 0 : m[0].indexOf(cue) + cue.length);
    const attributionEnd = Math.max(subjectAt + subject.length, from + m.index + m[0].indexOf(cue, m[1] ? m[1].length : 0) + cue.length);
    // The cue introduces a quotation after it, so the words before are the story's, not the
    // speaker's: "In a few more years, he said, “You won’t recognize the original Whole Foods.”"
    // (readability/seattletimes). Nor is the clause reported when it ends on a quoted sentence
    // of its own: "Yet Sondland has already amended his testimony once — “I now do recall,” he
    // said" (scrapinghub/82b6d780c792).
    const introducesQuote = /^\s*[:,]?\s*["“„«‘]/.test(text.slice(attributionEnd, to));
    // A cue with an object of its own is the main clause, and a short prepositional phrase before
    // it only opens the sentence: "In their meetings this week, the government team boasted of
    // concessions in the new Data Retention Bill." (readability/herald-sun-1).
    const openingPhrase = m[1] !== undefined && /^\s+(?:of|about|over|against)\s/.test(text.slice(attributionEnd, to)) && OPENING_PHRASE.test(text.slice(from, from + m.index));
    // Nor when the cue's own clause follows it: in "With development of … IE9 almost complete,
    // Microsoft announced on Friday that it is time …" (GUM news, ie9) what Microsoft said is
    // after "that", and the words before the comma only open the sentence.
    const reportsAfter = thatClauseFollows(text.slice(attributionEnd, to));
    // "asked for" is a request, not a report of the clause before: "If any edges … don't
    // correspond to edges in the device graph, the user probably asked for something impossible"
    // (readability/blogger). Nor is "posted a statement …" an inverted cue and its speaker.
    const request = (/^ask/i.test(cue) && /^\s+for\s/.test(text.slice(attributionEnd, to))) || (m[4] !== undefined && OUTPUT_START.test(m[4]));
    // A cue that takes an infinitive closes nothing: "The X-Parasites did not return, and the
    // Metroid Queen continued to scream as her glass prison shook." (readability/lazy-image-2).
    // ("went on to say" still closes one).
    const infinitive = INFINITIVE_CUES.test(cue) && /^\s+to\s+(?!(?:say|add|tell|explain|note|write|ask|warn|argue)\b)\p{Ll}/u.test(text.slice(attributionEnd, to));
    const reported = text.slice(from, from + m.index);
    const notSpeaker = m[1] !== undefined && (NOUN_THEN_SUBJECT.test(m[1]) || POSSESSIVE_END.test(m[1]));
    if (!introducesQuote && !openingPhrase && !reportsAfter && !request && !infinitive && !notSpeaker && isClause(reported) && !endsOnQuotedSentence(text.slice(from, from + m.index + 2))) {
      readings.push(clause(text, from, from + m.index, normalizeCue(cue), subjectAt, subject.length));
      relayedAt = from + m.index;
    }
  }
  m = LEADING_ATTRIBUTION.exec(sentence) ?? LONG_TITLE_ATTRIBUTION.exec(sentence) ?? (comma ? strayCommaAttribution(sentence) : null);
  if (m) {
    // A report of a report: in "Whole Foods co-founder and CEO John Mackey said in an internal memo
    // that the “price distinction between the two brands has become less relevant” as Whole Foods
    // lowered its prices, Yahoo Finance reported earlier this year." (readability/seattletimes-1)
    // the words after "that" are Mackey's; the closing attribution names who relayed them.
    const inner = relayedAt >= 0 ? leadingReading(text, from, relayedAt, m) : null;
    if (inner && /\bthat\s+$/.test(text.slice(inner.start - 6, inner.start))) readings.unshift(inner);
    else readings.push(leadingReading(text, from, to, m));
  }
  m = comma && REPORTED_PARTICIPLE_WORD.test(sentence) ? PARTICIPLE_ATTRIBUTION.exec(sentence) : null;
  if (m) readings.push(clause(text, from + m[0].length, to, m[3]!.toLowerCase(), from + m[1]!.length, m[2]!.length));
  m = / (?:and|but) /.test(sentence) ? COORDINATED_ATTRIBUTION.exec(sentence) : null;
  if (m) readings.push(leadingReading(text, from, to, m));
  const found = readings.filter((r): r is Reading => r !== null);
  if (depth > 0) return found;
  // A subject that runs over a clause boundary ("The broadcasts began on August 10 and South
  // Korea says …", GUM news, korea) is no speaker: the clause after the boundary is the
  // alternative reading, tried when the speaker stage refuses the first.
  const first = found[0]?.subject;
  if (first) {
    const last = lastClauseStart(text.slice(first.start, first.end));
    return last > 0 ? [...found, ...readReported(text, first.start + last, to, depth + 1)] : found;
  }
  const other = otherReportings(text, from, to);
  if (other.length) return other;
  // Nothing in the whole sentence: the clauses on either side of a semicolon are read as sentences
  // of their own ("The average cost of a graduation party in 2013 was a whopping $1,200, according
  // to Graduationparty.com; $700 of that was allocated for food.", readability/ehow-2).
  // Not a semicolon inside a quotation: "“… was entirely subjective; it relied solely on …,” Dr.
  // Shadlen says." is one direct quote (readability/medicalnewstoday).
  const semicolon = sentence.indexOf('; ');
  const halves = semicolon > 0 && !insideQuotation(sentence.slice(0, semicolon)) ? [...readReported(text, from, from + semicolon, depth + 1), ...readReported(text, from + semicolon + 2, to, depth + 1)] : [];
  if (halves.length) return halves;
  // …else its last clause with a subject of its own may be reported speech.
  const last = lastClauseStart(sentence);
  return last > 0 ? readReported(text, from + last, to, depth + 1) : found;
}

/** Where the last clause with a subject of its own begins in `words` (SECOND_CLAUSE), -1 if none. */
function lastClauseStart(words: string): number {
  let last = -1;
  SECOND_CLAUSE.lastIndex = 0;
  for (let c = SECOND_CLAUSE.exec(words); c; c = SECOND_CLAUSE.exec(words)) {
    // Not a clause inside a quotation: "“People think it’s all protected and safe, but it’s really
    // not,” said Patrick McHugh" (readability/nytimes-3).
    if (!insideQuotation(words.slice(0, c.index))) last = c.index + c[0].length;
  }
  return last;
}

/** A subordinate clause alone: "Though many remain peaceful" (the main clause comes after its comma). */
const SUBORDINATE_ALONE = /^\s*(?:Though|Although|While|Whilst|When|Whenever|If|Unless|Because|Since|As|Whereas|Until|Once)\s[^,]*$/;

/**
 * Whether the words before a closing attribution are a clause that can be reported. Not a phrase
 * that only opens the sentence ("Shortly before their arrival, Webb admitted to threatening the
 * girl", scrapinghub/2c46804d9db4; "On Nov. 15, 2019, …"), a subject with its appositive ("Kurt
 * Volker, the former special envoy to Ukraine, and Tim Morrison … testified", scrapinghub/7a664e40d256),
 * or a subordinate clause alone ("Though many remain peaceful, a radical minority of protesters
 * have responded with unacceptable violence", scrapinghub/5fa3154ec031). Short words with no sign
 * of a verb (verb-signs.ts) are such a phrase; a quotation may hold the verb.
 */
function isClause(words: string): boolean {
  if (SUBORDINATE_ALONE.test(words)) return false;
  if (/["“„«]/.test(words) || words.trim().split(/\s+/).length > 14) return true;
  return hasVerbSign(words) || opensWithSubjectAndVerb(words);
}

/**
 * Whether the words after a cue hold its own "that" clause before any comma: "on Friday that it
 * is time …". A relative clause on a noun there is not one ("in a statement that was released").
 */
function thatClauseFollows(tail: string): boolean {
  const that = /^[^,]*?\bthat\s+/.exec(tail);
  return that !== null && !RELATIVE_THAT.test(tail.slice(that[0].length));
}

/** Nouns that report words, with the clause they report after "that": "his vow on Monday that …". */
const SPEECH_NOUN_WORD = /\b(?:declaration|announcement|vow|pledge|assertion|insistence|admission|assurance)\b/;
/**
 * A speech noun with its speaker as possessor and its words after "that": "Netanyahu’s
 * declaration that there would be no Palestinian state on his watch", "his vow on Monday that
 * there would be no independent Palestinian state as long as he is prime minister"
 * (readability/wapo-2), "Mr. Trump’s Oct. 11 announcement that the United States and China had
 * reached a “historic” Phase 1 trade agreement" (scrapinghub/702d1da63b8e). Groups: 1 a
 * possessive pronoun or 2 a name, 3 the noun.
 */
const SPEECH_NOUN = /(?:\b(his|her|their)|(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}?)['’]s)\s+(?:[^\s,;:"“”]+\s+){0,3}?(declaration|announcement|vow|pledge|assertion|insistence|admission|assurance)\s+(?:[^\s,;:"“”]+\s+){0,3}?that\s+/u;
/** After "that", a verb at once makes it a relative pronoun ("the pledge that was made"); a noun
 * complement has a subject and a finite verb of its own. */
const RELATIVE_THAT = /^(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|did|does|do|came|comes|made|makes)\b/i;
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|did|does)\b/i;
/** A sentence that opens on a prepositional phrase ends it at its first comma: "Despite Mr.
 * Trump’s Oct. 11 announcement that …, actually signing a deal has proved elusive." */
const OPENING_PREPOSITION = /^(?:Despite|After|Before|Since|Following|Amid|With|Given|Until|Because\s+of|In\s+spite\s+of)\s/;
/**
 * A corrected account reports what it now says: "Another diplomat, former special envoy to Ukraine
 * Kurt Volker, shifted his own account of the July 10 meeting to say Sondland did, in fact,
 * discuss investigations with the visiting Ukrainians." (scrapinghub/82b6d780c792). Only verbs
 * that change a statement: "declined to say" and "went on to say" are not this.
 */
const ACCOUNT_CHANGED = /\b(?:shifted|changed|revised|amended|updated|corrected|clarified)\s+(?:[^\s,.;:"“”]+\s+){1,8}?to\s+say\s+(?:that\s+)?/;

/** Reported speech with no cue verb of its own: a speech noun ("his vow that …") or a changed
 * account ("shifted his account … to say …"). */
function otherReportings(text: string, from: number, to: number): Reading[] {
  const sentence = text.slice(from, to);
  if (SPEECH_NOUN_WORD.test(sentence)) {
    const m = SPEECH_NOUN.exec(sentence);
    const start = m ? from + m.index + m[0].length : 0;
    const after = text.slice(start, to);
    if (m && !insideQuotation(sentence.slice(0, m.index)) && !RELATIVE_THAT.test(after) && FINITE_VERB.test(after.slice(0, 120).split(/\s+/).slice(0, 8).join(' '))) {
      let end = to;
      if (OPENING_PREPOSITION.test(sentence)) {
        const comma = after.search(/,\s/);
        if (comma > 0 && !insideQuotation(after.slice(0, comma))) end = start + comma;
      }
      const possessor = m[1] ?? m[2]!;
      const at = from + m.index + m[0].indexOf(possessor);
      const reading = clause(text, start, end, m[3]!, at, possessor.length);
      if (reading) return [reading];
    }
  }
  if (/\bto\s+say\s/.test(sentence)) {
    const m = ACCOUNT_CHANGED.exec(sentence);
    if (m && m.index > 0 && !insideQuotation(sentence.slice(0, m.index))) {
      const reading = clause(text, from + m.index + m[0].length, to, 'say', from, m.index);
      if (reading) return [reading];
    }
  }
  return [];
}

/**
 * What belongs to an inverted subject from the words after it. Its appositive: in "…, said another
 * witness in the impeachment probe, former White House Russia adviser Fiona Hill." the name is in
 * the appositive (scrapinghub/82b6d780c792). The source of a document: "…, said a report from
 * Kotak Institutional Equities." (scrapinghub/65408257dbe4) is the brokerage's.
 */
function invertedSubjectTail(subject: string, after: string | undefined): string {
  if (!after) return '';
  const source = DOCUMENT_SOURCE.exec(subject + after);
  if (source) return source[0].slice(subject.length);
  return /^[^,]*,\s+(?!who|whom|whose|which|where)/.test(after) ? after.replace(/[.!?]?["”’]?$/, '') : '';
}

/**
 * A closing "…, a charge the company denies" is a noun with a relative clause whose "that" is left
 * out, not an attribution of the clause before: "Morrison did reference his earlier testimony, in
 * which he said others had raised concerns about Vindman potentially leaking information, a
 * prospect Vindman denied earlier in the day." (scrapinghub/7a664e40d256); "…, a decision Smith
 * said was overdue". The noun is what was said or done, and a subject follows it at once.
 */
const NOUN_THEN_SUBJECT = new RegExp(
  `^(?:a|an|the|this|that|one)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[
    'claim', 'charge', 'allegation', 'accusation', 'prospect', 'assertion', 'suggestion', 'notion', 'idea', 'view',
    'account', 'version', 'theory', 'decision', 'move', 'figure', 'number', 'estimate', 'step', 'assessment',
    'characteri[sz]ation', 'description', 'conclusion', 'finding', 'point', 'position', 'argument', 'contention',
    'criticism', 'complaint', 'warning', 'promise', 'pledge', 'plan', 'proposal', 'policy', 'label', 'term',
    'remark', 'comment', 'statement', 'story', 'rumou?r', 'practice', 'change', 'deal', 'outcome', 'result',
    'possibility', 'scenario', 'approach', 'strategy', 'tactic', 'sum', 'amount', 'total', 'rate', 'price',
  ].join('|')})s?\\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|I|\\p{Lu})`,
  'u',
);
/** A possessive before the cue makes the cue an adjective: "Virginia Giuffre, a victim of Epstein’s
 * alleged sex trafficking ring." (scrapinghub/87bf60570e6e). A pronoun's "'s" is "has". */
const POSSESSIVE_END = /(?<!\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]ho|[Ww]hat))['’]s$/;

/** A prepositional phrase of up to six words with no comma: "In their meetings this week". */
const OPENING_PHRASE = /^\s*(?:In|On|At|During|After|Before|For|With|Under|Over|Since|Despite|Amid|Across|Throughout)\s+[^\s,]+(?:\s+[^\s,]+){0,4}\s*$/;

/** ", but" opening a clause of the story's own (not "but that …", which goes on reporting, unless
 * "that" is the subject: "Uber claims that its driver rating system is a more efficient way to
 * monitor drivers, but that’s an entirely unproven assumption", readability/salon-1). */
const CONTRAST = /,["”]?\s+but\s+(?!that\s+(?!(?:is|are|was|were|has|have|had|will|would|seems?|seemed)\b))/g;

/** Whether a quotation opened in `before` is still open at its end. */
function insideQuotation(before: string): boolean {
  const curly = (before.match(/[“„«]/g)?.length ?? 0) - (before.match(/[”»]/g)?.length ?? 0);
  const straight = before.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}

/** Text ending on a whole quoted sentence set off by a dash or colon ("… amended his testimony
 * once — “I now do recall,”"): the attribution after it is that quotation's own. */
function endsOnQuotedSentence(before: string): boolean {
  return /(?:[—–:]|\s-)\s*["“„«]\p{Lu}[^"“”„«»]*["”»]$/u.test(before.trimEnd());
}

/** RELATIVE_ATTRIBUTION at one position. */
const RELATIVE_AT = new RegExp(RELATIVE_ATTRIBUTION.source, 'uy');

/** Reported speech in a relative clause ("the source, who said he had spoken to people inside the
 * compound, told Reuters"), alongside the sentence's main attribution or as its only one. */
export function relativeReading(text: string, from: number, to: number): Reading | null {
  const sentence = text.slice(from, to);
  if (!sentence.includes(', who ')) return null; // cheap test before the pattern
  let m = RELATIVE_ATTRIBUTION.exec(sentence);
  if (!m) return null;
  // The subject is the shortest phrase before ", who": "He traveled to Florida to meet with
  // Devocht, who had told …" (GUM news, defector) is Devocht's. Tried from the nearest word back.
  const comma = m.index + m[1]!.length;
  for (let at = sentence.lastIndexOf(' ', comma - 1) + 1; at > m.index; at = sentence.lastIndexOf(' ', at - 2) + 1) {
    // Never from inside a name: "his defense minister Kim Yong-hyun, who said …"
    // (readability/schema-org-context-object) is Kim Yong-hyun, not "Yong-hyun".
    if (NAME_WORD_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) continue;
    RELATIVE_AT.lastIndex = at;
    const nearer = RELATIVE_AT.exec(sentence);
    if (nearer) {
      m = nearer;
      break;
    }
  }
  let start = from + m.index + m[0].length;
  // "who had told Montalvo he would …": the listener is not what was said.
  if (LISTENER_VERBS.test(m[2]!)) start += LISTENER.exec(text.slice(start, to))?.[0].length ?? 0;
  // A topic or an object is no report, as after a leading cue: "Suter, who joked about Parise’s
  // penchant for changing sticks, could see …" (scrapinghub/264dc3ae3124).
  const after = text.slice(start, to);
  if (!/that\s+$/.test(m[0]) && (TOPIC_AFTER_CUE.test(after) || NON_SPEECH_SENSES.test(m[2]!))) return null;
  const main = MAIN_CUE_AFTER.exec(text.slice(start, to));
  return clause(text, start, main ? start + main.index : to, normalizeCue(m[2]!), from + m.index, m[1]!.length);
}

/** Auxiliaries and modals: after one, the "cue" was a noun ("The full cost estimates will be
 * published" — estimates is not speech). */
const AUXILIARY_START = /^(?:will|would|can|could|should|may|might|must|shall|is|are|was|were|be|been|has|have|had|do|does|did)\b/i;

/** A cue and an object that make an act, not words: "New Zealand … declared war on Germany"
 * (readability/wikipedia-2), "Connor Clifton added a goal" (scrapinghub/ecb46e3e489d). */
const NON_SPEECH_OBJECT = /^(?:declared?|declares)\s+(?:war|victory|bankruptcy|independence|martial\s+law|(?:a\s+|an\s+)?(?:state\s+of\s+)?emergency)\b|^(?:added|adds?)\s+(?:a|an|one|two|three|four|five|another|his|her|their)\s+(?:\p{Ll}+\s+)?(?:goals?|assists?|points?|runs?|tries|try|touchdowns?|baskets?|wickets?|saves?|rebounds?)\b/iu;

/** A preposition after a cue opens a topic, not words: "complained about the deficit". */
const TOPIC_AFTER_CUE = /^\s*(?:about|of|for|against|over|on|with|at(?!\s+(?:least|most)\b)|from|by|during|into)\b/i;

/** Who was told: "told reporters", "told LA Weekly", "told him", "assured voters", "told investors",
 * "told the Intelligence Committee". A name is never cut short: in "told the Intelligence
 * Committee, “…”" (scrapinghub/7a664e40d256) there is no listener and clause, but a quotation.
 * A comma may close the listener before words that are not a quotation: "As Heald told The
 * Huffington Post, US surface ozone has dropped …" (GUM news, warming). */
const LISTENER = /^\s*(?:reporters|journalists|lawmakers|the\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)+|the\s+[\p{L}-]+(?!\s+\p{Lu})|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*(?!\s+\p{Lu})|him|her|them|us|me|(?!(?:that|this|his|its|was|has|is|as|us)\s)\p{Ll}{3,}[^s\s]s)(?:,(?=\s+[^\s"“„«‘]))?\s+/u;

/** Cues that are nouns too, and name a list or a label before a colon. */
const LABEL_CUES = /^(?:note|notes|mention|mentions|comment|comments|update|updates|report|reports|claim|claims|warning|warnings|rule|rules)$/i;

/** Cues that also ask for an action ("urged X to …", "asked X to …"). */
const REQUEST_CUES = /^(?:urged|urges|urge|asked|asks|ask|told|tells|tell|instructed|instructs|called|calls|pressed|encouraged|begged|implored)$/i;

/** Cues with a second, non-speech sense ("maintains existing tariffs", "estimated the cost",
 * "posted a loss", "highlighted the risk", "agreed a deal", "Dependency-reliant rules usually
 * pertain to …"): reported speech only with "that". */
const NON_SPEECH_SENSES = /^(?:rule|rules|ruled|agree|agrees|agreed|maintain|maintains|maintained|estimate|estimates|estimated|post|posts|posted|highlight|highlights|highlighted|signal|signals|signaled|signalled|continue|continues|continued|observe|observes|observed|underline|underlines|underlined|underscore|underscores|underscored|went on|goes on)$/i;

/** Words that open a clause of their own: a subject pronoun or a negation/modal. Before "that",
 * they show the words skipped were already what was said ("said he's extremely proud of … on
 * that front", "said it would not change that"). */
const SKIPPED_CLAUSE = /^\s+(?:(?:he|she|it|they|we|I|you|there)(?:['’](?:s|re|ve|ll|d|m))?|the\s+\S+\s+(?:is|are|was|were|will|would|has|had)|\S+\s+(?:is|are|was|were|will|would|could|should|must|has|had|did|does)\b)\s/i;

/** A day or a time after a cue: "said Monday", "said last week", "announced on Friday". */
const SAID_WHEN = /^\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|night|morning|afternoon|evening|weekend))\b,?(?=\s)/;

/** Cues that also take an infinitive ("continued to scream", "vowed to return"): then they report nothing. */
const INFINITIVE_CUES = /^(?:continued|continues|went on|goes on|promised|promises|vowed|vows|pledged|pledges|agreed|agrees)$/i;

/** A finite verb or auxiliary opening a clause: after "that", it makes "that" its subject. */
const FINITE_VERB_START = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|did|seems?|seemed|remains?|remained)\b/;

/** STRAY_COMMA_ATTRIBUTION's match when its subject has two words or more ("Smith, says" is an address or an inversion). */
function strayCommaAttribution(sentence: string): RegExpExecArray | null {
  const m = STRAY_COMMA_ATTRIBUTION.exec(sentence);
  return m && /\s/.test(m[2]!.trim()) ? m : null;
}

function leadingReading(text: string, from: number, to: number, m: RegExpExecArray): Reading | null {
  const cue = m[3]!;
  let rest = from + m[0].length;
  // "X told Trend (that) …": skip the listener. "X said earlier that …": skip up to "that".
  let after = text.slice(rest, to);
  // A day or a time right after the cue is when it was said, not what: "Michigan health officials
  // said Monday the victim was one of two people …" (scrapinghub/c467d507551a). Before "that",
  // the skip to "that" below takes it.
  const when = SAID_WHEN.exec(after);
  if (when && !/^\s+that\s/.test(after.slice(when[0].length))) {
    rest += when[0].length;
    after = text.slice(rest, to);
  }
  if (AUXILIARY_START.test(after.trimStart())) return null;
  // A few words, a colon and a quotation: a direct quote its speaker introduces ("Trump tweeted
  // Friday morning: “…”", "Uber stepped in and tweeted this announcement: “…”", readability/salon-1),
  // attributed with the direct quotes (direct-attribution.ts), not reported speech.
  if (/^(?:\s+[^\s"“”:;.]+){0,8}\s*:\s*["“„«]/.test(after)) return null;
  // An infinitive is an action, not words: "WeWork agreed to a rescue", "vowed to return"; so is
  // "called for calm", "called on Congress".
  // Not "said to reporters that …", "stated to LA Weekly that …" (GUM news, defector): a listener.
  if (/^to\s/i.test(after.trimStart()) && !/^\s*to\s+(?:[^\s,;"“”]+\s+){1,5}?that\s/.test(after)) return null;
  // A cue whose object stands for the words ("admitted as much", "said so") reports nothing after
  // it: "The Government has effectively admitted as much by agreeing that the parliamentary
  // committee should conduct a separate review …" (readability/herald-sun-1).
  if (/^(?:as\s+much|so)\b/i.test(after.trimStart())) return null;
  // Nor does a quantity of words with no clause after it: "Kacchan had already said worse to him in
  // earlier years" (readability/archive-of-our-own), "said nothing about the plan", "said little.".
  // ("said nothing would change" goes on to a clause.)
  if (/^(?:nothing|little|much|worse|anything|something)(?:\s+(?:to|about|of|on|in|at|for|with|during)\b|[.,;]|$)/i.test(after.trimStart())) return null;
  if (NON_SPEECH_OBJECT.test(`${cue}${after}`)) return null;
  if (/^called$/i.test(cue) && /^(?:for|on|off|in|up|back|out)\b/i.test(after.trimStart())) return null;
  // A request is not reported speech: "Zippy Duvall … urged Mr. Trump to make a deal as soon as
  // possible" (scrapinghub/702d1da63b8e), "asked the court to dismiss the case".
  // Only "to" after the listener, not after a clause with its own subject and verb, which is what
  // was said: "Kurt Volker told the committee (that) he had tried to work with …"
  // (scrapinghub/c90731f051d0), "Police told the newspaper the man tried to flee". "He urged
  // Vietnam and others in the region to push back" (scrapinghub/db6b0816c612) is a request.
  if (REQUEST_CUES.test(cue)) {
    const request = /^\s+((?:(?!(?:that|he|she|they|we|I|it|you)\s)[^\s,;"“”]+\s+){1,7}?)to\s+\p{Ll}/u.exec(after);
    if (request && !hasVerbSign(request[1]!)) return null;
  }
  // A participle used as an adjective is no cue: "The certification comes with added costs"
  // (readability/seattletimes).
  if (/\b(?:with|of|for|the|a|an|by|its|their|his|her|any|no)\s+$/i.test(m[0].slice(0, m[0].length - cue.length))) return null;
  // A relative pronoun ends no subject: the cue is the relative clause's verb, "The staff member
  // who reported the call recalled that he said, …" (scrapinghub/7a457a4f7173).
  // Not the World Health Organization in capitals: "WHO say Iodine deficiency is the world’s most
  // prevalent … cause of brain damage" (GUM news, iodine).
  if (/\b(?:[Ww]ho|[Ww]hich)$/.test(m[2]!)) return null;
  // A relative pronoun after the "cue" shows a noun: "in U.S. states where recreational marijuana
  // has been legalized" (scrapinghub/7f93c1944a41).
  if (/^\s+(?:where|which|whose)\b/i.test(after)) return null;
  // A noun before a colon is a label: "Honorable mentions: Marjorie Prime, …" (readability/videos-1),
  // "Editor's note: This story was updated …" (scrapinghub/c50845a7158a). A pronoun before it
  // speaks ("He notes: …").
  if (/^:/.test(after) && LABEL_CUES.test(cue) && !/\s/.test(m[2]!.trim()) && !/^(?:he|she|they|it|we|I|you)$/i.test(m[2]!.trim())) return null;
  // "that" and a comma after it go ("Steve Jobs said that, once you use it, “you can’t go back.”").
  const that = /^(?:\s+[^\s,"“”]+){0,10}?\s+that,?\s+/.exec(after);
  // Skip only a listener or a time before "that" ("told the U.N. General Assembly 18 months ago
  // that …", "told a few thousand teachers who covered the Statehouse lawn that …"), never the reported clause itself: in "Cook said he's extremely proud of his
  // company's trajectory on that front" the "that" is inside what was said
  // (scrapinghub/291a8bf33ee4). A "that" with a verb right after it is no conjunction: it is
  // what was said ("He said that was a mistake") or a relative pronoun ("Reader comments on
  // articles that were published close to the events were divided", readability/wikipedia).
  const verbAfterThat = that !== null && FINITE_VERB_START.test(after.slice(that[0].length));
  const skipsToThat = that !== null && !SKIPPED_CLAUSE.test(that[0]) && !verbAfterThat;
  // Right after the cue, that "that" opens the clause as its subject: "In the US, Volkswagen
  // estimates that could be more like 300 miles on the EPA cycle" (scrapinghub/06ee193de4bd).
  const thatIsSubject = verbAfterThat && /^\s+that\s+$/.test(that![0]);
  if (!skipsToThat && !thatIsSubject) {
    // Without "that", a preposition after the cue is a topic, not words: "Republicans complained
    // about the deficit for years" (readability/nytimes-4); a cue that also means something else
    // takes an object: "while the US maintains existing tariffs" (scrapinghub/39d5c43beb60).
    if (TOPIC_AFTER_CUE.test(after)) return null;
    if (NON_SPEECH_SENSES.test(cue)) return null;
  }
  let thatSkipped = skipsToThat || thatIsSubject;
  if (skipsToThat) rest += that![0].length;
  else if (LISTENER_VERBS.test(cue)) {
    const listener = LISTENER.exec(after);
    if (!listener) return null;
    rest += listener[0].length;
    // "told reporters Monday the plan would work": the day goes with the listener.
    const whenTold = SAID_WHEN.exec(text.slice(rest, to));
    if (whenTold && !/^\s+that\s/.test(text.slice(rest + whenTold[0].length, to))) rest += whenTold[0].length;
    const afterListener = text.slice(rest, to);
    // A place or a time before "that" is skipped with it: "The CDC assured the public on Weibo, a
    // Twitter-like social media site, that the risks …" (scrapinghub/ea25dd7edff4).
    const placeThenThat = /^(?:on|in|at|during|via|through|after|before|last|this)\s[^"“”.;]{0,120}?\bthat\s+/.exec(afterListener);
    if (placeThenThat) {
      rest += placeThenThat[0].length;
      thatSkipped = true;
    }
    // Else a preposition after the object opens a topic, not words: "… told the tale of a
    // 43-year-old man" (scrapinghub/a078b3656adc), "told him about the plan"; a time clause says
    // when: "Caudevilla told me when I visited the other Energy Control lab, in Madrid"
    // (readability/keep-images).
    else if (TOPIC_AFTER_CUE.test(afterListener) || /^(?:when|while|as|after|before|once|since)\s/i.test(afterListener)) return null;
  } else if (/^\s*[:,]?\s*["“„«‘]/.test(after)) {
    // `X said: "…"` is a direct quote; `he admitted "politics in this town" meant there were few
    // options available` is mixed (readability/bbc-1).
    if (!/^\s+["“„«]/.test(after) || !QUOTE_THEN_WORDS.test(after.trimStart())) return null;
  }
  // The reported words end where the story contrasts them: "Mr. Trump has since said that a deal
  // signing would take place in United States “farm country,” but the Chinese have been
  // reluctant …" (scrapinghub/702d1da63b8e); "He said it would be provided next year, but he gave
  // no details" (scrapinghub/db6b0816c612). Not "…, but that …", which is said too.
  const said = text.slice(rest, to);
  CONTRAST.lastIndex = 0;
  for (let c = CONTRAST.exec(said); c; c = CONTRAST.exec(said)) {
    if (!insideQuotation(said.slice(0, c.index + c[0].length))) {
      to = rest + c.index + /^,["”]?/.exec(c[0])![0].length; // a closing mark stays with its words
      break;
    }
  }
  // Without "that", a thing rather than a clause is the cue's object ("Audi has revealed the
  // second production model …"): verb-signs.ts.
  if (!thatSkipped && isNounObject(text.slice(rest, to), cue)) return null;
  return clause(text, rest, to, normalizeCue(cue), from + m[1]!.length, m[2]!.length);
}


/** A lone prepositional phrase: where, when or how something was said, not what. */
const PREPOSITIONAL_ONLY = /^(?:in|on|at|during|via|through|after|before|to|for|with|from|by)\s[^,;:"“”]*$/i;

/** Reference marks ending a sentence, as encyclopedias set them: ".[20]", ".[8][9]". */
const CITATION_MARKS_END = new RegExp(`(?:${CITATION_MARK})+\\s*$`);

/** A news agency's credit opening a story: "(Reuters) — ", "(AP) -- ". */
const AGENCY_CREDIT = /^\([^()]{1,30}\)\s*[-–—]+\s*/;

/** The reported clause between `start` and `end`, trimmed of spaces and final punctuation. */
export function clause(text: string, start: number, end: number, cue: string, subjectAt: number, subjectLength: number): Reading | null {
  if (DIRECT_ONLY_CUES.test(cue)) return null;
  // The words, not the colon that introduced them: "He notes: the system …", nor the comma after
  // an opening "As Trent Hamm … explains," (readability/lifehacker-working).
  while (start < end && /[\s:,]/.test(text[start]!)) start++;
  // "LONDON — After nearly 20 years …, officials said": the dateline is not part of what was said.
  const dateline = INLINE_DATELINE.exec(text.slice(start, end)) ?? INLINE_DATELINE_MIXED.exec(text.slice(start, end));
  if (dateline) start += dateline[0].length;
  // …nor an agency's credit on its own: "(Reuters) — The New York State Attorney General (NYAG) is
  // investigating WeWork, according to two people familiar with the matter" (scrapinghub/06e5123e4ef7).
  start += AGENCY_CREDIT.exec(text.slice(start, end))?.[0].length ?? 0;
  // Nor the citation marks after it: "… at a Netscape staff meeting.[8][9]" (readability/wikipedia).
  end -= CITATION_MARKS_END.exec(text.slice(start, end))?.[0].length ?? 0;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  if (/^["“„«‘]/.test(text.slice(start, end)) && !QUOTE_THEN_WORDS.test(text.slice(start, end))) return null;
  const words = text.slice(start, end).split(/\s+/).filter(Boolean).length;
  if (words < MIN_REPORTED_WORDS) return null;
  // Where or how it was said, with nothing said: "Lead researcher … Lucas Paganini said in a NASA
  // statement." (scrapinghub/14cc2a0ca59c).
  if (words <= 8 && PREPOSITIONAL_ONLY.test(text.slice(start, end))) return null;
  return { start, end, cue, subject: { start: subjectAt, end: subjectAt + subjectLength } };
}

/** A clause that opens with a quotation and goes on past its close is mixed: "“We must pay
 * attention to what is written” in that law, Azzouz said." (readability/wapo-1). Three words at
 * least after the close: "“…” he said" is a direct quote with its cue. */
const QUOTE_THEN_WORDS = /^(?:"[^"]{1,}[^",]"|“[^“”]{1,}[^“”,]”|„[^„“”]{1,}[^„“”,][“”]|«[^«»]{1,}[^«»,]»)(?:\s+[^\s,.;:]+){3}/;


/** A sentence's end, a closing mark allowed after it: what a list item, a name or a term lacks. */
export const SENTENCE_END = /[.!?]["”’]?$/;
