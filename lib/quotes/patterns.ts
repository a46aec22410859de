/**
 * The attribution patterns, built once. SUBJECT is a speaker phrase: a name, a pronoun, or a
 * noun phrase ("the minister", "a senior official", "people familiar with the matter").
 */
import { SOURCE_NOUNS } from '../people/lexicon';
import { AUXILIARY, CUE_ALTERNATION, INVERTED_CUE_ALTERNATION } from './cues';

/** A capitalised name with initials and particles: "Orozobek Kayikov", "Nelson D. Schwartz",
 * "Ursula von der Leyen", "O'Brien". */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:de|da|van|von|der|den|bin|al|la|le|del|di|du)\\s+)*\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,4}";
const PRONOUN = '(?:he|she|they|we|I|He|She|They|We)';
/** A determiner-led noun phrase, up to eight words: "the head of the zonal office …", "a spokesman
 * for the ministry". Lazy, so it stops at the first cue. */
const NOUN_PHRASE =
  "(?:(?:the|The|a|A|an|An|one|One|two|Two|three|Three|several|Several|some|Some|other|Other|another|Another|many|Many|its|Its|his|His|her|Her|their|Their)\\s+(?:[\\p{L}\\p{N}()'’.-]+\\s+){0,16}?[\\p{L}()'’.-]+)";
/** Bare plural or generic sources, with up to three modifiers: "officials said", "Obama
 * administration officials said", "people familiar with the matter said". */
const SOURCE_NOUN_PATTERN = [...SOURCE_NOUNS]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`) // "Officials said" opens sentences too
  .join('|');
const BARE_SOURCE = `(?:(?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}?(?:${SOURCE_NOUN_PATTERN})(?:\\s+(?:familiar|close|briefed|with\\s+knowledge)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?[\\p{L}’'-]+)?)`;
/** A name after up to six words of title or context: "Secretary of State Mike Pompeo",
 * "Council member John Baker". Tried last; the speaker stage keeps it only when it ends in a
 * person it knows. */
const TITLED_NAME = `(?:[\\p{L}\\p{N}.'’-]+\\s+){1,6}?${NAME}`;

/** A possessive noun phrase: "Russia's foreign ministry", "Carlineo's attorney". */
const POSSESSIVE_PHRASE = `\\p{Lu}[\\p{L}\\p{M}.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.-]*)*['’]s\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+`;

export const SUBJECT = `(?:${BARE_SOURCE}|${NOUN_PHRASE}|${POSSESSIVE_PHRASE}|${NAME}|${PRONOUN}|${TITLED_NAME})`;

/** An appositive after a subject: "Sonya Zoghlin, Carlineo's attorney," / "Kennedy, the U.S. Attorney …,". */
const APPOSITIVE = '(?:,\\s+[^,"“”]{2,160},)?';

const CUE = `(${CUE_ALTERNATION})`;
/** A cue before its speaker ("said Kayikov"); never "told X", where X is the listener. */
const INVERTED_CUE = `(${INVERTED_CUE_ALTERNATION})`;
/** An opening phrase before the subject: "However, ", "On race relations, ", "In a wide-ranging interview, ". */
const INTRO = '(?:(?:[^,"“”]{1,60},\\s+){1,2})?';

/**
 * After a closing mark: `…," said Kayikov.` / `…," Kayikov said.` / `…," he told Trend.` /
 * `…" — said the minister`. Group 1|4 is the cue, 2|3 the subject.
 */
export const CUE_AFTER_QUOTE = new RegExp(
  `^[\\s,;:—–-]*(?:${INVERTED_CUE}\\s+(${SUBJECT})|(${SUBJECT})\\s+${AUXILIARY}${CUE})(?=[\\s.,;:!?)—–-]|$)`,
  'u',
);

/**
 * Before an opening mark: `Kayikov said: "…` / `He told reporters, "…` / `said Kayikov: "…`.
 * Group 1|4 subject, 2|3 cue; the optional tail is the listener or a time ("told Trend on Monday").
 */
export const CUE_BEFORE_QUOTE = new RegExp(
  `(?:(${SUBJECT})\\s+${AUXILIARY}${CUE}|${INVERTED_CUE}\\s+(${SUBJECT}))(?:\\s+[\\p{L}\\p{N}.'’-]+){0,5}?\\s*[:,]?\\s*$`,
  'u',
);

/** `According to X, …` at the start of a sentence. Group 1 subject. */
export const ACCORDING_TO_LEADING = new RegExp(`^According\\s+to\\s+(${SUBJECT})\\s*,\\s*`, 'u');
/** `…, according to X.` at the end of a sentence, or before a closing phrase ("…, according to
 * Project Jonah, with 140 pilot whales beaching …"). Group 1 subject. */
export const ACCORDING_TO_TRAILING = new RegExp(`,?\\s+according\\s+to\\s+(${SUBJECT})(?:,.{0,300})?[.!?]?["”’]?$`, 'u');

/**
 * What may follow a closing cue: up to three words ("told Trend Dec.17", "said Tuesday night"),
 * or a longer phrase that opens with a preposition, a time word or a name ("said in the campaign's
 * public service announcement", "told The Associated Press on Tuesday") — never a clause of its
 * own ("…, the president said he would not fall silent" is a leading attribution).
 */
const CUE_TAIL =
  "(?:(?:\\s+[^\\s,]+){0,3}|\\s+(?:in|on|at|to|during|after|before|while|last|this|late|early|earlier|via|through|from|for|with|when|by|\\p{Lu}[\\p{L}.'’-]*)(?:\\s+[^\\s,]+){0,7})";

/** After an inverted "said X": a prepositional phrase only ("said Claure in an email to staff"). */
const PREPOSITION_TAIL = "(?:\\s+(?:in|on|at|during|via|through|from|with|after|before|last|this|late|early|when|while)\\b[^,]{0,100})";

/** `…, X said [tail].` / `…, said X [, appositive].` / `…, the source, who …, told Reuters.`
 * closing a sentence. An inverted cue takes no tail: in "…, said the plan would work" the words
 * after "said" are what was said, not a speaker. Groups: 1|4 subject, 2|3 cue. */
export const TRAILING_ATTRIBUTION = new RegExp(
  `,["”’]?\\s+(?:(${SUBJECT}${APPOSITIVE})\\s+${AUXILIARY}${CUE}${CUE_TAIL}|${INVERTED_CUE}\\s+(${SUBJECT}))(${PREPOSITION_TAIL}?(?:,[^,]{0,140})?)[.!?]?["”’]?$`,
  'u',
);

/**
 * An attribution in the middle of a sentence, set off by commas, with the sentence going on:
 * "Apple has had a place in his heart since 1984, Benioff said, ever since he did an internship"
 * / "The combination, say economists, marks a journey into …". The words after it must continue
 * the sentence (a lower-case word that does not open an appositive: "…, said Kayikov, the head
 * of …" is a trailing attribution). Groups: 1|4 subject, 2|3 cue, 5 the continuation.
 */
export const MEDIAL_ATTRIBUTION = new RegExp(
  `,["”’]?\\s+(?:(${SUBJECT})\\s+${AUXILIARY}${CUE}|${INVERTED_CUE}\\s+(${SUBJECT})),\\s+((?!(?:the|a|an|his|her|their|its|who|whom|whose|which|adding|citing|according|one|two|three)\\b)\\p{Ll}.{10,})$`,
  'u',
);

/** `X said (that) …` / `X told Trend (that) …` opening a sentence, after an optional opening
 * phrase ("However, Mr Obama said …"). Groups: 1 opening phrase, 2 subject, 3 cue. */
export const LEADING_ATTRIBUTION = new RegExp(
  `^(${INTRO})(${SUBJECT}${APPOSITIVE})\\s+${AUXILIARY}${CUE}\\b`,
  'u',
);

/**
 * A participle after the main clause reports the subject's words: "Mr. Trump continues to insist
 * his tactics will be worth it, saying he is the only president tough enough …". Groups: 1 opening
 * phrase, 2 subject, 3 participle.
 */
export const PARTICIPLE_ATTRIBUTION = new RegExp(
  `^(${INTRO})(${SUBJECT}${APPOSITIVE})\\s+[^,;"“”]{2,160}?,\\s+(saying|adding|noting|arguing|warning|claiming|insisting|explaining|stressing|acknowledging|admitting)\\s+(?:that\\s+)?`,
  'u',
);
