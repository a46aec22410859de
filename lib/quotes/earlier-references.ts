/**
 * What a speaker phrase refers back to, earlier in the story: the person a pronoun stands for
 * ("he said" → the last person named, or the subject "he" of the sentence before), the person
 * holding a role ("the minister"), the organisation behind "it", "the company" or "the prosecutor's
 * office", and the author of "the report". ./speakers.ts decides which kind of phrase it has; this
 * module finds the earlier name.
 */
import type { Span } from '../types';
import type { PersonEntry } from '../people/find-people';
import { ORGANIZATION_WORDS, TITLE_ABBREVIATIONS } from '../people/lexicon';
import { inside, lastIndexBefore, lastMentionWithin, opensSentence } from './mention-index';
import type { ResolvedSpeaker, SpeakerContext } from './speakers';
import { midSentence } from './story-organisation';
import { splitSentences } from '../text/tokens';

/** How far back "it" looks for the organisation it stands for (characters). */
const IT_WINDOW = 600;
/** A capitalised subject opening a sentence, with its verb: "The Food Standards Agency warned". */
const ORGANISATION_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:The\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s+){0,5}?\p{Lu}[\p{L}&.'’-]*)\s+(?:has\s+|had\s+|also\s+|have\s+)?\p{Ll}+(?:ed|s)\b/gu;

/**
 * What "it" says: the organisation quoted last, else the one that opened a recent sentence —
 * "The Food Standards Agency warned people to stay away from slimming products that contained
 * DNP. / “We advise the public not to take any tablets …,” it said in a statement."
 * (readability/buzzfeed-1). Unresolved, like an unresolved "he", when there is none.
 */
export function organisationBefore(text: string, start: number, end: number, ctx: SpeakerContext): ResolvedSpeaker | null {
  const last = ctx.lastSpeaker;
  let found: { name: string; at: number } | null = null;
  const from = Math.max(0, start - IT_WINDOW);
  const window = text.slice(from, start);
  ORGANISATION_SUBJECT.lastIndex = 0;
  for (let m = ORGANISATION_SUBJECT.exec(window); m; m = ORGANISATION_SUBJECT.exec(window)) {
    const words = m[1]!.split(/\s+/);
    if (ORGANIZATION_WORDS.has(words[words.length - 1]!.toLowerCase())) found = { name: m[1]!.replace(/^The\s+/, ''), at: from + m.index };
  }
  if (last && !last.person && !last.anonymous && last.name && (!found || last.start > found.at)) return { ...last, start, end, resolution: 'pronoun' };
  return { name: found?.name ?? null, title: null, anonymous: false, person: null, start, end, resolution: 'pronoun' };
}

/** How far back a second reference ("the department", "the report") looks for the first (characters). */
const SECOND_REFERENCE_WINDOW = 4000;
/** "the [up to two words] office": a short second reference to an institution. Group 1 the
 * modifiers, group 2 the head. */
const INSTITUTION_REFERENCE = /^the\s+((?:[\p{L}.'’-]+\s+){0,2})(office|department|ministry|agency|commission|committee|council|bureau|authority|board)$/iu;
/** Where a capitalised institution name goes on after its head: "Office for the Western District
 * of New York", "Department of Conservation". */
const NAME_TAIL = /^(?:\s+(?:of|for|on|and)(?:\s+the)?(?:\s+\p{Lu}[\p{L}.'’&-]*)+)*/u;
/** The same office under another word: "the prosecutor’s office" is the "U.S. Attorney’s Office". */
const MODIFIER_SYNONYMS: Record<string, string> = { prosecutor: 'attorney', prosecutors: 'attorney' };

/**
 * News style names an institution in full once and then shortens it: "…, the U.S. Attorney’s
 * Office for the Western District of New York said in a statement." then "…,” the prosecutor’s
 * office said." (scrapinghub/7a457a4f7173); "the New Zealand Department of Conservation uses …"
 * then "described as “heartbreaking” by the conservation department" (readability/guardian-1).
 * The short form is the last full name before it with the same head word, capitalised, whose
 * words include each of the short form's modifiers.
 */
export function earlierOrganisation(text: string, pos: number, phrase: string, ctx: SpeakerContext): string | null {
  const m = INSTITUTION_REFERENCE.exec(phrase);
  if (!m) return null;
  const head = m[2]!.toLowerCase();
  const modifiers = m[1]!.split(/\s+/).filter(Boolean).map((w) => MODIFIER_SYNONYMS[bareWord(w)] ?? bareWord(w));
  const names = firstReferences(ctx, head, () => institutionNames(text, head[0]!.toUpperCase() + head.slice(1)));
  let checked = 0;
  for (let i = lastIndexBefore(names, pos); i >= 0 && names[i]!.start >= pos - SECOND_REFERENCE_WINDOW && checked++ < 20; i--) {
    const words = new Set(names[i]!.name.split(/\s+/).map(bareWord));
    if (modifiers.every((w) => words.has(w))) return names[i]!.name;
  }
  return null;
}

/** "Attorney’s" → "attorney". */
function bareWord(w: string): string {
  return w.toLowerCase().replace(/['’]s$/, '');
}

/** Every capitalised institution name with this head in the text, in order: "U.S. Attorney’s Office
 * for the Western District of New York", "New Zealand Department of Conservation". */
function institutionNames(text: string, head: string): NamedAt[] {
  const found: NamedAt[] = [];
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
    if (/\p{L}/u.test(text[at + head.length] ?? '') || /\p{L}/u.test(text[at - 1] ?? '')) continue; // "Offices"
    const before = /(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}$/u.exec(text.slice(Math.max(0, at - 80), at))![0];
    const tail = NAME_TAIL.exec(text.slice(at + head.length, at + head.length + 120))![0];
    // Without the article that opens a sentence: "The European Space Agency" (scrapinghub/b37be3535e1f).
    const name = `${before}${head}${tail}`.replace(/^The\s+/, '');
    if (before || tail) found.push({ start: at - before.length, end: at + head.length + tail.length, name });
  }
  return found;
}

/** A name found in the text, for the second references after it. */
export interface NamedAt extends Span {
  name: string;
}

/** The first references of the text, found once per head word or document noun (a story may refer
 * back thousands of times; a look-up must not search the text again). */
function firstReferences(ctx: SpeakerContext, key: string, find: () => NamedAt[]): NamedAt[] {
  ctx.firstReferences ??= new Map();
  let list = ctx.firstReferences.get(key);
  if (!list) ctx.firstReferences.set(key, (list = find()));
  return list;
}

/** "the report", "the study": a document the story introduced with its author. */
const DOCUMENT_REFERENCE = /^the\s+(report|study|survey|analysis|poll|review|audit)$/i;
/** The document's author after "by" or "from", up to the end of the name: "a new report released on
 * Monday by Stanford University's Center on Poverty and Inequality". Not past a comma ("the report,
 * which was criticised by …") and not a date ("a report from Monday"). Group 1 the author. */
const DOCUMENT_BY = /^[^.!?,;]{0,60}?\b(?:by|from)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:(?:of|on|for|and|the)\s+)*\p{Lu}[\p{L}\p{N}.'’&-]*)*)/u;

/**
 * A document speaks for whoever published it, when the story said who: "But a new report released
 * on Monday by Stanford University's Center on Poverty and Inequality calls that into question."
 * then "As the report states: “[T]he birth lottery matters more in the U.S. …”"
 * (readability/cnn). Without an author the document speaks as itself.
 */
export function documentAuthor(text: string, pos: number, phrase: string, ctx: SpeakerContext): string | null {
  const m = DOCUMENT_REFERENCE.exec(phrase);
  if (!m) return null;
  const noun = m[1]!.toLowerCase();
  const authors = firstReferences(ctx, `document:${noun}`, () => documentAuthors(text, noun));
  const i = lastIndexBefore(authors, pos);
  return i >= 0 && authors[i]!.start >= pos - SECOND_REFERENCE_WINDOW ? authors[i]!.name : null;
}

/** Every "NOUN … by|from AUTHOR" in the text, in order. */
function documentAuthors(text: string, noun: string): NamedAt[] {
  const found: NamedAt[] = [];
  for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
    if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + noun.length] ?? '')) continue;
    const by = DOCUMENT_BY.exec(text.slice(at + noun.length, at + noun.length + 200));
    if (by) found.push({ start: at, end: at + noun.length, name: by[1]!.replace(/['’]s$/, '') });
  }
  return found;
}

/** How far back "the company" looks for its name (characters). */
const COMPANY_WINDOW = 1500;
/** A capitalised name opening a sentence with a verb after it: "Whole Foods has been a pioneer …",
 * "WeWork declined to comment". */
const NAMED_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:\p{Lu}[\p{L}\p{N}&.'’+-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&'’+-]*)\s+(?:also\s+)?(?:has|had|is|was|will|would|said|says|\p{Ll}+ed|\p{Ll}+s)\b/gu;
/** Sentence openers that are no company: "The …", "But …", "Its …". */
const NOT_A_NAME = /^(?:the|a|an|but|and|its|it|this|that|these|those|he|she|they|we|in|on|at|for|with|after|before|when|while|as|if|some|many|most|more|other|one|two|three|there|here|what|why|how|now|then|still|also|so|yet)$/i;

/** The last company-like name that opened a sentence before `pos` and is not a person of the story. */
export function companyBefore(text: string, pos: number, ctx: SpeakerContext): string | null {
  const from = Math.max(0, pos - COMPANY_WINDOW);
  const window = text.slice(from, pos);
  let found: string | null = null;
  NAMED_SUBJECT.lastIndex = 0;
  for (let m = NAMED_SUBJECT.exec(window); m; m = NAMED_SUBJECT.exec(window)) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!;
    if (NOT_A_NAME.test(first)) continue;
    const at = from + m.index + m[0].indexOf(name);
    const person = lastMentionWithin(ctx, at, at + name.length);
    if (person) continue;
    // A proper name is capitalised mid-sentence too ("… the Whole Foods store"); "New signs in
    // stores appeared" opens with an adjective.
    if (!midSentence(window, name)) continue;
    found = name.replace(/['’]s$/, '');
  }
  return found;
}

/** The person named earlier whose title has this role noun ("the minister" → the Minister of …). */
export function roleHolder(noun: string, ctx: SpeakerContext): PersonEntry | null {
  const holds = (title: string): boolean =>
    title
      .toLowerCase()
      .split(/\s+/)
      .some((w) => {
        const bare = w.replace(/\.$/, '');
        return bare === noun || TITLE_ABBREVIATIONS[bare] === noun;
      });
  return ctx.people.find((p) => p.titles.some(holds)) ?? null;
}

/**
 * The fuller entry for a person first named in part: "…,” her mother, Fiona, said" is the
 * "Fiona Parry" of "Fiona Parry issued a plea" (readability/buzzfeed-1); "Te Kaurinui" is
 * "Te Kaurinui Robert Parata" (readability/guardian-1). Only when one other person's name starts
 * with all of this one's words.
 */
export function fullerPerson(person: PersonEntry, ctx: SpeakerContext): PersonEntry {
  const prefix = `${person.name} `;
  const fuller = ctx.people.filter((other) => other !== person && other.name.startsWith(prefix));
  if (fuller.length <= 1) return fuller[0] ?? person;
  // Several partial readings of one name ("Te Kaurinui Robert", "Te Kaurinui Parata", "Te
  // Kaurinui Robert Parata"): the longest, when every other one's words are among its words.
  const longest = fuller.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  const words = new Set(longest.name.split(' '));
  return fuller.every((f) => f.name.split(' ').every((w) => words.has(w))) ? longest : person;
}

/**
 * The person a pronoun at `pos` stands for, in this order: the previous speaker, unless someone new
 * has opened a sentence since; the person the same pronoun stood for as the subject just before;
 * the subject of the sentence before (sentenceSubjectBefore); the last person named. Never a name
 * inside a quotation (a name inside a quote is rarely "he"), and never a person the story calls
 * by the other pronoun ("she said" is not a man's, genderOf).
 */
export function lastPersonBefore(text: string, pos: number, ctx: SpeakerContext, pronoun?: string, depth = 0): PersonEntry | null {
  const last = ctx.lastSpeaker;
  const fits = (person: PersonEntry): boolean => fitsPronoun(text, person, ctx, pronoun);
  if (last?.person && last.end <= pos && fits(last.person)) {
    // The previous speaker wins over a person merely mentioned since ("Cook told Benioff, …" /
    // "…," he said → Cook), unless someone new has opened a sentence since (a new subject).
    let namedSince = false;
    for (let i = lastIndexBefore(ctx.mentions, pos); i >= 0 && ctx.mentions[i]!.start > last.end; i--) {
      const m = ctx.mentions[i]!;
      if (m.end <= pos && !inside(m, ctx.quoted) && opensSentence(text, m.start)) {
        namedSince = true;
        break;
      }
    }
    if (!namedSince) return last.person;
  }
  // The same pronoun as the subject of this or the last sentence is the same person, whoever was
  // named after it: "On July 27, 2006, he emailed Gaiman about how hard it was … “It’s not exactly
  // like …,” he wrote." (scrapinghub/851498a2b9f4) is Ford, not Gaiman.
  const subject = pronoun ? earlierSubjectPronoun(text, pos, pronoun, ctx) : -1;
  if (subject >= 0 && depth < 3) {
    const mentionedSince = lastIndexBefore(ctx.mentions, pos);
    if (mentionedSince >= 0 && ctx.mentions[mentionedSince]!.start > subject) return lastPersonBefore(text, subject, ctx, pronoun, depth + 1);
  }
  const subjectBefore = sentenceSubjectBefore(text, pos, ctx, pronoun);
  if (subjectBefore) return subjectBefore;
  for (let i = lastIndexBefore(ctx.mentions, pos); i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end <= pos && !inside(m, ctx.quoted) && fits(m.person)) return m.person;
  }
  return null;
}

/** How far back the sentence before a pronoun's is looked for (characters). */
const SUBJECT_WINDOW = 600;

/**
 * A subject pronoun refers to the subject of the sentence before rather than to the last person
 * named in it: "Morrison was the third witness testifying Tuesday who listened in on President
 * Trump's July 25 call with Ukrainian President Volodymyr Zelensky. He said he wasn't concerned …"
 * is Morrison (scrapinghub/7a664e40d256); "Simmons teed up McDonald's cameo. “You might remember
 * him from, well, he has his own band these days,” he said." is Simmons (scrapinghub/ac1bfdd4c510).
 * The subject is the person opening a clause of the pronoun's own sentence, before it, else the
 * first person of the sentence before (the one opening a clause, else the first named), passing
 * over up to three quoted sentences. A quotation the pronoun closes is skipped ("“…,” he said").
 * Null when no such sentence names one. Epithets use it too ("…,” said the actor", speakers.ts).
 */
export function sentenceSubjectBefore(text: string, pos: number, ctx: SpeakerContext, pronoun: string | undefined): PersonEntry | null {
  const from = Math.max(0, pos - SUBJECT_WINDOW);
  let end = pos;
  // "“…,” he said", "“…,” said the actor": the sentences before the quotation, not inside it.
  const closing = /["”]\s*(?:\p{Ll}+\s+){0,2}$/u.exec(text.slice(from, pos));
  if (closing) {
    const mark = text[from + closing.index]!;
    const opening = text.lastIndexOf(mark === '”' ? '“' : '"', from + closing.index - 1);
    if (opening < from) return null;
    end = opening;
  }
  const sentences = splitSentences(text, from, end);
  const own = sentences[sentences.length - 1];
  // The pronoun's own sentence: only a person opening a clause before it ("After the vote, Smith
  // said he …"), never one it mentions ("After talking to Obama, he said …").
  const fits = (m: SpeakerContext['mentions'][number]): boolean => fitsPronoun(text, m.person, ctx, pronoun);
  if (own && !closing) {
    const opener = mentionsIn(ctx, own.start, end).find((m) => fits(m) && opensSentence(text, m.start));
    if (opener) return opener.person;
  }
  // The sentence before, or the last before it that names someone outside a quotation (a quote
  // paragraph between names no one: "“… We lost the baby,” Van Der Beek said. “The little soul …”
  // / “…,” said the actor.", scrapinghub/7dfc3e359d7c), up to three sentences back.
  for (let k = sentences.length - (closing ? 1 : 2), tries = 0; k >= 0 && tries < 3; k--, tries++) {
    const sentence = sentences[k]!;
    const named = mentionsIn(ctx, sentence.start, Math.min(sentence.end, end)).filter(fits);
    const subject = named.find((m) => opensSentence(text, m.start)) ?? named[0];
    if (subject) return subject.person;
    // Only a quoted sentence is passed over: narration naming no one ends the search.
    if (!/["“”]/.test(text.slice(sentence.start, sentence.end))) return null;
  }
  return null;
}

const OTHER_GENDER: Record<string, 'he' | 'she'> = { he: 'she', she: 'he' };

/** Whether `pronoun` ("he", "she"; none: anyone) may stand for the person. */
function fitsPronoun(text: string, person: PersonEntry, ctx: SpeakerContext, pronoun: string | undefined): boolean {
  return !pronoun || genderOf(text, person, ctx) !== OTHER_GENDER[pronoun];
}
/** A personal pronoun within three words after a mention, in its sentence: "Ford visited his
 * editor", "Teresa Nielsen Hayden at her office", "Smith said she". Not further: in "Valerie Smith
 * ran the small press that published his poems" the pronoun is someone else's. Group 1 the pronoun. */
const PRONOUN_AFTER = /^(?:[\s,]+[^\s.!?“”"]+){0,3}?[\s,]+(he|his|him|himself|she|her|hers|herself)\b/i;

/**
 * Which of "he" and "she" the story uses for a person, from the first pronoun after each of its
 * mentions with no other person named between, by a clear majority (null when the story shows
 * neither, or both about as often):
 * "When Ford visited his editor Teresa Nielsen Hayden at her office at Tor, … “Life was not long
 * enough,” she recalled" (scrapinghub/851498a2b9f4) is not Ford. Found once per person.
 */
function genderOf(text: string, person: PersonEntry, ctx: SpeakerContext): 'he' | 'she' | null {
  ctx.genders ??= new Map();
  if (ctx.genders.has(person)) return ctx.genders.get(person)!;
  let he = 0;
  let she = 0;
  for (const mention of person.mentions) {
    const next = lastIndexBefore(ctx.mentions, mention.end + 1) + 1;
    const limit = ctx.mentions[next]?.start ?? text.length;
    const m = PRONOUN_AFTER.exec(text.slice(mention.end, Math.min(limit, mention.end + 80)));
    if (!m) continue;
    if (/^(?:he|his|him|himself)$/i.test(m[1]!)) he++;
    else she++;
  }
  // A clear majority: a long story names others between a mention and the next pronoun.
  const gender = he > 0 && he >= 3 * she ? 'he' : she > 0 && she >= 3 * he ? 'she' : null;
  ctx.genders.set(person, gender);
  return gender;
}

/** The roster mentions inside [start, end), outside quotations, in text order. */
function mentionsIn(ctx: SpeakerContext, start: number, end: number): SpeakerContext['mentions'] {
  const found: SpeakerContext['mentions'] = [];
  for (let i = lastIndexBefore(ctx.mentions, end); i >= 0 && ctx.mentions[i]!.start >= start; i--) {
    const m = ctx.mentions[i]!;
    if (m.end <= end && !inside(m, ctx.quoted)) found.unshift(m);
  }
  return found;
}

/** How far back a subject pronoun is looked for (characters): this sentence and the one before. */
const SUBJECT_PRONOUN_WINDOW = 300;
/** "he" or "she" opening a clause, with a verb after it ("he emailed", ", she gave"). Group 1 the pronoun. */
const SUBJECT_PRONOUN: Record<string, RegExp> = Object.fromEntries(
  ['he', 'she'].map((pronoun) => [
    pronoun,
    new RegExp(
      `(?:^|[.!?]["”’]?\\s+|,\\s+|\\n\\s*)(${pronoun})\\s+(?:also\\s+|then\\s+|later\\s+)?(?:\\p{Ll}+ed|\\p{Ll}+s|had|was|did|would|could|will|told|wrote|said|sent|spoke|took|made|gave|went|came|got|began|ran|met|saw|knew|thought|felt|left|found)\\b`,
      'giu',
    ),
  ]),
);

/**
 * Where `pronoun` ("he", "she") last opened a clause as a subject with its verb before `pos`, in
 * this sentence or the one before and outside quotations; -1 if it did not.
 */
function earlierSubjectPronoun(text: string, pos: number, pronoun: string, ctx: SpeakerContext): number {
  const from = Math.max(0, pos - SUBJECT_PRONOUN_WINDOW);
  const window = text.slice(from, pos);
  const subject = SUBJECT_PRONOUN[pronoun]!;
  subject.lastIndex = 0;
  let found = -1;
  for (let m = subject.exec(window); m; m = subject.exec(window)) {
    const at = from + m.index + m[0].indexOf(m[1]!);
    if (at + m[1]!.length <= pos - 1 && !inside({ start: at, end: at + m[1]!.length }, ctx.quoted)) found = at;
  }
  if (found < 0) return -1;
  // This sentence or the one before: at most one sentence end between.
  const ends = text.slice(found, pos).match(/[.!?]["”’]?\s+\p{Lu}/gu)?.length ?? 0;
  return ends <= 1 ? found : -1;
}
