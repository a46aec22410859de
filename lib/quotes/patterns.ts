/**
 * The attribution patterns, built once. SUBJECT is a speaker phrase: a name, a pronoun, or a
 * noun phrase ("the minister", "a senior official", "people familiar with the matter").
 */
import { ORGANIZATION_WORDS, SOURCE_NOUNS, TITLE_WORDS } from '../people/lexicon';
import { AUXILIARY, CUE_ALTERNATION, GROUP_NOUNS, INVERTED_CUE_ALTERNATION } from './cues';

/** A capitalised name with initials and particles: "Orozobek Kayikov", "Nelson D. Schwartz",
 * "Ursula von der Leyen", "O'Brien", an Arabic article before a later part: "Suleiman al-Amr"
 * (GUM news, crane), "Omar Hassan al-Bashir". */
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:(?:de|da|van|von|der|den|bin|al|la|le|del|di|du)\\s+)*(?:(?:al|el|ad|ar|as|ash|at|az)-)?\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,4}";
/** Pronouns; "it" for an organisation ("…,” it said in a statement"). */
const PRONOUN = '(?:he|she|they|we|I|it|He|She|They|We|It)';
/** A determiner-led noun phrase, up to eight words: "the head of the zonal office …", "a spokesman
 * for the ministry", "The 56-year-old" (scrapinghub/921019755f4a). Lazy, so it stops at the first cue. */
const NOUN_PHRASE =
  "(?:(?:the|The|a|A|an|An|one|One|two|Two|three|Three|several|Several|some|Some|other|Other|another|Another|many|Many|its|Its|his|His|her|Her|their|Their)\\s+(?:[\\p{L}\\p{N}()'’.-]+\\s+){0,16}?(?:\\p{N}+-)?[\\p{L}()'’.-]+)";
/** Bare plural or generic sources, with up to four modifiers: "officials said", "Obama
 * administration officials said", "people familiar with the matter said", a share of a survey's
 * respondents: "Over half (55%) of respondents said …", "70% of respondents told us …"
 * (readability/gitlab-blog). Never across a relative pronoun: in "…, which holds appeal to voters
 * in key states like Ohio" (scrapinghub/39d5c43beb60) "states" is no cue. */
const SOURCE_NOUN_PATTERN = [...new Set([...SOURCE_NOUNS, ...GROUP_NOUNS])]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`) // "Officials said" opens sentences too
  .join('|');
/** …with a place or field after them: "Executives across the world say" (scrapinghub/702d1da63b8e),
 * "officials in Washington said". */
const BARE_SOURCE = `(?:(?:(?!(?:which|who|whom|whose|where|when)\\s)[\\p{L}\\p{N}'’.%()-]+\\s+){0,4}?(?:${SOURCE_NOUN_PATTERN})(?:\\s+(?:familiar|close|briefed|with\\s+knowledge)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?[\\p{L}’'-]+|\\s+(?:across|in|from|at)\\s+(?:the\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?)?)`;
/** A name after up to six words of title or context: "Secretary of State Mike Pompeo", "Council
 * member John Baker". Tried last; the speaker stage keeps it only when it ends in a person it knows. */
const TITLED_NAME = `(?:[\\p{L}\\p{N}.'’-]+\\s+){1,6}?${NAME}`;
/** Lower-case words a long title may hold: joining words, roles ("president", "director") and the
 * parts of an organisation ("chapter", "association"). */
const TITLE_LOWER = [...new Set(['of', 'the', 'for', 'on', 'at', 'in', 'and', '&', '-', '–', 'de', 'du', 'la', 'le', 'chapter', 'branch', 'division', 'unit', 'wing', ...TITLE_WORDS, ...ORGANIZATION_WORDS])]
  .filter((w) => /^[\p{Ll}&–-]+$/u.test(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
/** …and up to twelve words of a title where the subject opens the sentence: "University of Texas
 * Arlington Muslim Student Association president Sehar Memon said …", "Executive director of the
 * Dallas chapter of the Council on American-Islamic Relations Alia Salem said …" (GUM news, clock).
 * Capitalised words, or lower-case ones a title holds (TITLE_LOWER): "The broadcasts began on
 * August 10 and South Korea says …" (GUM news, korea) is no title. Not elsewhere: in "He traveled
 * to Florida to meet with Devocht, who said …" the subject is Devocht. */
const LONG_TITLED_NAME = `(?:(?:\\p{Lu}[\\p{L}\\p{N}.'’&-]*|(?:${TITLE_LOWER}))\\s+){7,12}?${NAME}`;

/** A possessive noun phrase: "Russia's foreign ministry", "Carlineo's attorney", "Sweden’s deputy
 * director of public prosecutions" (scrapinghub/dc7ccccc1f34). */
const POSSESSIVE_PHRASE = `\\p{Lu}[\\p{L}\\p{M}.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.-]*)*['’]s\\s+(?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+`;

/** A subject starts at a word's start: else a word the patterns refuse ("which") is entered one
 * letter in, and "billboards in which people say, “…”" had a speaker "hich people"
 * (scrapinghub/3f65af7b6b98). */
/** A person's team after their name, who speak through them: "Paganini and his team wrote in the
 * paper …" (scrapinghub/14cc2a0ca59c, 686bb170effe). A tail of NAME in SUBJECT, not an alternative
 * of its own: a second copy of NAME there cost 0.1 s of regex compiling in every new background. */
const AND_TEAM = `\\s+and\\s+(?:his|her|their)\\s+(?:team|colleagues|co-?authors|co-?workers|fellow\\s+researchers)`;

export const SUBJECT = `(?<![\\p{L}\\p{N}])(?:${BARE_SOURCE}|${NOUN_PHRASE}|${POSSESSIVE_PHRASE}|${NAME}(?:${AND_TEAM})?|${PRONOUN}|${TITLED_NAME})`;

/** A place set off by commas inside an appositive: "…, a postdoctoral fellow at the Max Planck
 * Institute for Astrophysics in Munich, Germany, and co-author of the study," (scrapinghub/3c5bf8db4272),
 * "a lawyer in Austin, Texas,". Capitalised words, at most two such places. */
const PLACE_AFTER_COMMA = "(?:,\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}(?=,)){0,2}";
/** An appositive after a subject: "Sonya Zoghlin, Carlineo's attorney," / "Kennedy, the U.S. Attorney …,",
 * of two roles too: "Professor Cres Eastman, Director of the National Iodine Nutrition study, and
 * Chairman of the Australian Centre for Control of Iodine Deficiency Disorders, says …" (GUM news, iodine);
 * or in parentheses: "Commenter Paul Stoffregen (who was the author of the Heise story above) noted
 * that …" (readability/lwn-1). */
const APPOSITIVE = `(?:,\\s+[^,"“”]{2,160}${PLACE_AFTER_COMMA}(?:,\\s+and\\s+[^,"“”]{2,160})?,|\\s+\\([^()"“”]{2,160}\\))?`;

const CUE = `(${CUE_ALTERNATION})`;
/** A cue before its speaker ("said Kayikov"); never "told X", where X is the listener. */
const INVERTED_CUE = `(${INVERTED_CUE_ALTERNATION})`;
/** The opening phrase tried shortest first, so an appositive stays with its subject: "The leader of
 * Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that …"
 * (readability/wapo-1) is not "condemned Wednesday’s" after an opening phrase. */
const LAZY_INTRO = '(?:(?:[^,"“”]{1,100},\\s+){1,2}?)??';
/** An opening phrase before the subject: "However, ", "On race relations, ", "In a wide-ranging interview, ". */
const INTRO = '(?:(?:[^,"“”]{1,100},\\s+){1,2})?';

/**
 * After a closing mark: `…," said Kayikov.` / `…," Kayikov said.` / `…," he told Trend.` /
 * `…" — said the minister`, the subject with an appositive too: `…,” John Williams, the
 * president of the Federal Reserve Bank of New York, said in a speech` (scrapinghub/702d1da63b8e),
 * `…,” her mother, Fiona, said` (readability/buzzfeed-1). Group 1|4 is the cue, 2|3 the subject.
 */
export const CUE_AFTER_QUOTE = new RegExp(
  `^[\\s,;:—–-]*(?:${INVERTED_CUE}\\s+(${SUBJECT})|(${SUBJECT}${APPOSITIVE})\\s+${AUXILIARY}${CUE})(?=[\\s.,;:!?)—–-]|$)`,
  'u',
);

/** A manner adverb before a cue: "Netanyahu strongly warned against making a “bad deal”"
 * (readability/wapo-2), "she flatly denied". */
const ADVERB = '(?:\\p{Ll}+ly\\s+)?';

/** Participles before a quotation ("saying, “…”", "telling Cook, “…”") and before reported
 * speech ("…, saying he is the only president …"; "acknowledging that …"). */
const QUOTE_PARTICIPLES = ['saying', 'adding', 'noting', 'arguing', 'warning', 'claiming', 'insisting', 'explaining', 'stressing', 'declaring', 'writing', 'tweeting'];
const REPORTED_PARTICIPLES = ['saying', 'adding', 'noting', 'arguing', 'warning', 'claiming', 'insisting', 'explaining', 'stressing', 'acknowledging', 'admitting'];

/** Cheap tests before the participle patterns: the participle is in the text. */
export const QUOTE_PARTICIPLE_WORD = new RegExp(`\\b(?:${QUOTE_PARTICIPLES.join('|')}|telling)\\b`);
export const REPORTED_PARTICIPLE_WORD = new RegExp(`\\b(?:${REPORTED_PARTICIPLES.join('|')})\\b`);

/** Participles that report the words after them: "saying", "warning of", "telling Cook". */
const PARTICIPLE = `(${QUOTE_PARTICIPLES.join('|')}|telling\\s+[^\\s,"“”]+(?:\\s+[^\\s,"“”]+){0,2}?)`;

/**
 * Before an opening mark, a participle after the main clause: "Emery retweeted the story,
 * saying, “Are there un-angry Trump supporters?”" (readability/breitbart); "Benioff weighed in,
 * telling Cook, “since he passed, …”" (scrapinghub/291a8bf33ee4), where it was said too: "One
 * poster admitted to being a part of the effort, writing in a blog post “…”" (GUM news, hackers).
 * Groups: 1 opening phrase, 2 subject, 3 participle.
 */
export const PARTICIPLE_BEFORE_QUOTE = new RegExp(
  `^(${INTRO})(${SUBJECT}${APPOSITIVE})\\s+[^,;"“”]{2,160}?,\\s+${PARTICIPLE}(?:\\s+(?:that|of|about|against)|\\s+(?:in|on|at|via|through|to)\\s[^,;:"“”]{1,60}?)?\\s*[:,]?\\s*$`,
  'u',
);

/** Before an opening mark, a subject with its participle: "…, with Jordanian Foreign Minister Ayman
 * Safadi warning of “dangerous consequences”" (scrapinghub/833caf3bdba5). Groups: 1 subject,
 * 2 participle. */
export const SUBJECT_PARTICIPLE_BEFORE_QUOTE = new RegExp(
  `(${SUBJECT})\\s+${PARTICIPLE}(?:\\s+(?:that|of|about|against))?\\s*[:,]?\\s*$`,
  'u',
);

/**
 * Before an opening mark: `Kayikov said: "…` / `He told reporters, "…` / `said Kayikov: "…`, the
 * subject with an appositive and an adverb too: "Mr. Warner, the Virginia Democrat, called last
 * year’s tax bill “the worst piece of legislation …”" (readability/nytimes-4).
 * Group 1|4 subject, 2|3 cue; the optional tail is the listener, a time or a medium, a handle
 * included ("told Trend on Monday", "tweeted using his @POTUS account:", GUM news, clock).
 */
export const CUE_BEFORE_QUOTE = new RegExp(
  `(?:(${SUBJECT}${APPOSITIVE})\\s+${AUXILIARY}${ADVERB}${CUE}|${INVERTED_CUE}\\s+(${SUBJECT}))(?:\\s+[\\p{L}\\p{N}.'’@#-]+){0,5}?\\s*[:,]?\\s*$`,
  'u',
);

/** A thing a speaker puts out, after its cue: the cue's object, not an inverted subject ("posted a
 * statement on the Mozilla blog", readability/wikipedia). */
export const OUTPUT_START = /^(?:a|an|the|this|that|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|post|tweet|message|letter|note|video|announcement|update|response|reply|blog)\b/u;

/** A document and its named source after an inverted cue, whose words are the source's: "…, said a
 * report from Kotak Institutional Equities." (scrapinghub/65408257dbe4). */
export const DOCUMENT_SOURCE = /^(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}(?:report|study|statement|survey|note|analysis|letter|release|memo|filing)\s+(?:from|by)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*/u;

/** A speaker giving their view, then a colon and the quotation: "Rachel Stephens, senior analyst at
 * industry analyst firm RedMonk, shared her perspective on these findings: “…”", "One survey
 * respondent summed this up as follows: “…”" (readability/gitlab-blog). Groups as
 * LEADING_ATTRIBUTION's: 1 opening phrase, 2 subject, 3 the phrase (the cue). */
export const VIEW_BEFORE_COLON = new RegExp(
  `^(${INTRO})(${SUBJECT}${APPOSITIVE})\\s+((?:shared|offered|gave|voiced|expressed)\\s+(?:his|her|their|its)\\s+(?:[\\p{L}-]+\\s+)?(?:perspective|view|views|thoughts|take|opinion|reaction|assessment|verdict)|(?:summed|sums|put|puts)\\s+(?:it|this|that)(?:\\s+up)?)\\b[^"“”:]{0,120}:$`,
  'u',
);

/** A subject and its cue ending the words: the subject of a cue found by another pattern. Groups: 1 subject, 2 cue. */
export const SUBJECT_THEN_CUE = new RegExp(`(${SUBJECT}${APPOSITIVE})\\s+${AUXILIARY}${ADVERB}${CUE}$`, 'u');

/** A source in lower case after "according to": "local news reports" (readability/wapo-1),
 * "data from MarketAxess" (scrapinghub/06e5123e4ef7). Up to six words. */
const LOWER_SOURCE = "\\p{Ll}[\\p{L}\\p{N}'’-]*(?:\\s+[\\p{L}\\p{N}'’.-]+){0,5}?";

/** `According to X, …` / `Per X, …` at the start of a sentence. Group 1 the cue, 2 the subject. "per X" is the
 * informal "according to X" of news copy: "Yersinia pestis, per the WHO, is often found in …"
 * (scrapinghub/ea25dd7edff4), "“…,” one Weibo commenter said, per Feng." (a relay, as "according
 * to Reuters"). Only set off by a comma or opening the sentence: "$5 per share" names no source.
 * The subject may be named after it: "According to his aunt, Jane Starner, “He was brilliant …”"
 * (scrapinghub/851498a2b9f4). */
export const ACCORDING_TO_LEADING = new RegExp(`^(According\\s+to|Per)\\s+(${SUBJECT}(?:,\\s+${NAME}(?=\\s*,))?)\\s*,\\s*`, 'u');
/** `…, according to X.` / `…, per X.` at the end of a sentence, or before a closing phrase
 * ("…, according to Project Jonah, with 140 pilot whales beaching …"). Groups 1, 2: "according to"
 * and its subject; 3, 4: "per" and its subject, never a lower-case phrase ("not, per se, inconsistent
 * with international law", scrapinghub/833caf3bdba5; "per year"). */
export const ACCORDING_TO_TRAILING = new RegExp(`(?:,?\\s+(according\\s+to)\\s+(${SUBJECT}|${LOWER_SOURCE})|,\\s+(per)\\s+(${SUBJECT}))(?:,.{0,300})?[.!?]?["”’]?$`, 'u');
/** The sentence may hold an "according to" or a "per" attribution (a cheap test before the patterns above). */
export const ACCORDING_WORD = /according|(?:^|,\s+)per\s/i;

/**
 * What may follow a closing cue: up to three words ("told Trend Dec.17", "said Tuesday night"),
 * or a longer phrase that opens with a preposition, a time word or a name ("said in the campaign's
 * public service announcement", "told The Associated Press on Tuesday") — never a clause of its
 * own ("…, the president said he would not fall silent" is a leading attribution).
 */
const CUE_TAIL =
  "(?:(?:\\s+[^\\s,]+){0,3}|\\s+(?:in|on|at|to|during|after|before|while|last|this|late|early|earlier|via|through|from|for|with|when|by|\\p{Lu}[\\p{L}.'’-]*)(?:\\s+[^\\s,]+){0,7})";

/** A closing cue's tail up to its sentence's end: "Smith said." / "Smith said on Tuesday." */
export const CUE_TAIL_TO_END = new RegExp(`^${CUE_TAIL}\\s*[.!?]`, 'u');

/** After an inverted "said X": a prepositional phrase only ("said Claure in an email to staff"). */
const PREPOSITION_TAIL = "(?:\\s+(?:in|on|at|during|via|through|from|with|after|before|last|this|late|early|when|while)\\b[^,]{0,100})";

/**
 * Every reported-speech pattern below needs one of these words: a cue, "according", or a
 * participle. Sentences without one (most of a story) skip the long patterns: one test of this
 * short alternation instead of seven of the subject-heavy patterns (the quote stage's largest cost).
 */
export const REPORTING_WORD = new RegExp(
  `\\b(?:${CUE_ALTERNATION}|according|per|${[...new Set([...QUOTE_PARTICIPLES, ...REPORTED_PARTICIPLES])].join('|')}|telling)\\b`,
  'i',
);

/** `…, X said [tail].` / `…, said X [, appositive].` / `…, the source, who …, told Reuters.`
 * closing a sentence; an appositive may hold a comma of its own ("…, said Joe Carbone, who works
 * for the Transportation Department, where he is known as the pothole chief.",
 * readability/nytimes-3), or a degree and a place: "…, says Brian K. Coombes, PhD, of McMaster
 * University in Ontario." (readability/webmd-2). An inverted cue takes no tail: in "…, said the plan would work" the words
 * after "said" are what was said, not a speaker. Groups: 1|4 subject, 2|3 cue. */
export const TRAILING_ATTRIBUTION = new RegExp(
  `,["”’]?\\s+(?:(${SUBJECT}${APPOSITIVE})\\s+${AUXILIARY}${CUE}${CUE_TAIL}|${INVERTED_CUE}\\s+(${SUBJECT}))(${PREPOSITION_TAIL}?(?:,\\s+(?:who|whom|whose|which|where|a|an|the)\\b[^,]{0,140}(?:,[^,]{0,140})?|,[^,]{0,140}(?:,\\s+(?:of|at|from|in|with|for)\\s[^,]{0,140})?)?)[.!?]?["”’]?$`,
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

/** A comma between a subject of two words or more and its cue, as less edited copy has it:
 * "The Internet security firm Secunia.com, has said that as of March 4, 2011, IE6 has 277
 * vulnerabilities", "Lydia Buchtmann for Food Standards Australia New Zealand, says they are
 * looking at …" (GUM news, ie9, iodine). Only before "that", a pronoun or a determiner: in "The
 * plan, said Smith, is dead" the words after the cue are its inverted subject. Only a subject
 * opening the sentence: after a comma it may end a list or an appositive ("In a letter to …
 * McAleenan … and Alex Azar, the Health and Human Services secretary, said they would provide …",
 * scrapinghub/abd9d6291b6b). Groups as LEADING_ATTRIBUTION's (the opening phrase empty). */
export const STRAY_COMMA_ATTRIBUTION = new RegExp(
  `^()(${SUBJECT}),\\s+(?:(?:has|have)\\s+)?${CUE}(?=\\s+(?:that|he|she|they|it|we|the|a|an)\\b)`,
  'u',
);

/** `X said (that) …` / `X told Trend (that) …` opening a sentence, after an optional opening
 * phrase ("However, Mr Obama said …"). Groups: 1 opening phrase, 2 subject, 3 cue. */
export const LEADING_ATTRIBUTION = new RegExp(
  `^(${INTRO})(${SUBJECT}${APPOSITIVE})\\s+${AUXILIARY}${CUE}\\b`,
  'u',
);
/** The same with a long title opening the sentence (LONG_TITLED_NAME), tried when it finds
 * nothing, so that LEADING_ATTRIBUTION's opening phrase and appositive are never tried with a long
 * title (inside it, a first timing showed every sentence a quarter slower; repeated timings on
 * this noisy machine could not tell the two apart). Same groups. */
export const LONG_TITLE_ATTRIBUTION = new RegExp(`^()(${LONG_TITLED_NAME})\\s+${AUXILIARY}${CUE}\\b`, 'u');

/**
 * A participle after the main clause reports the subject's words: "Mr. Trump continues to insist
 * his tactics will be worth it, saying he is the only president tough enough …". Groups: 1 opening
 * phrase, 2 subject, 3 participle.
 */
export const PARTICIPLE_ATTRIBUTION = new RegExp(
  `^(${LAZY_INTRO})(${SUBJECT}${APPOSITIVE})\\s+[^,;"“”]{2,160}?,\\s+(${REPORTED_PARTICIPLES.join('|')})\\s+(?:that\\s+)?`,
  'u',
);

/**
 * A cue in a second verb phrase of the subject's: "In Washington, White House press secretary
 * Josh Earnest condemned the attack and said the U.S. government was willing to assist Tunisian
 * authorities in the investigation" (readability/wapo-1). The verb phrase between holds no capital
 * but after a preposition ("Mark Zuckerberg tweeted to Mohamed and said …", GUM news, clock), so
 * the subject is the whole "White House press secretary Josh Earnest", not "White House".
 * "but" joins them too, and a number's thousands comma is no clause break: "The site surveyed more
 * than 56,000 developers but noted that the survey was “biased …”" (readability/wordpress).
 * Groups as LEADING_ATTRIBUTION: 1 opening phrase, 2 subject, 3 cue.
 */
export const COORDINATED_ATTRIBUTION = new RegExp(
  `^(${INTRO})(${SUBJECT}${APPOSITIVE})\\s+(?:[^,;"“”\\p{Lu}]|(?<=\\d),(?=\\d{3})|(?<=\\b(?:to|with|at|in|on|for|from|by|of|the)\\s)\\p{Lu}){2,120}?\\s+(?:and|but)\\s+${AUXILIARY}${CUE}\\b`,
  'u',
);

/**
 * Where a second clause with a subject of its own begins: "Trump has recently tried to suggest
 * that he barely knows his hand-picked ambassador, but Sondland has said he has spoken several
 * times with the president" (scrapinghub/82b6d780c792); "After her story grabbed local headlines,
 * Hicks has been inundated by requests for photos shoots, and she said she plans to give 15 percent
 * of all profits …" (readability/yahoo-3); without a comma before a capitalised subject: "The
 * broadcasts began on August 10 and South Korea says the broadcasts will continue." (GUM news, korea),
 * but not inside a name ("the Joint Committee on Intelligence and Security has pointed out").
 */
export const SECOND_CLAUSE = /(?:,\s+(?:but|and|while|whereas|although|though|yet)|;|(?<=(?:^|\s)[\p{Ll}\p{N}][\p{L}\p{N}.'’-]*)\s(?:and|but)(?=\s+\p{Lu}))\s+(?=\S)/gu;

/**
 * Reported speech in a relative clause after the speaker: "…, the source, who said he had spoken
 * to people inside the compound, told Reuters" (readability/telegraph); "…, said the officials,
 * who added that they were swapping about 100 miles of line each year" (readability/nytimes-3).
 * Groups: 1 subject, 2 cue; the clause starts after the match.
 */
export const RELATIVE_ATTRIBUTION = new RegExp(
  `(${SUBJECT}),\\s+who\\s+(?:also\\s+|later\\s+|had\\s+|has\\s+)?(${CUE_ALTERNATION})\\s+(?:that\\s+)?`,
  'u',
);

/** Where a relative clause's reported words end: before the main clause's own cue ("…, told
 * Reuters"). */
export const MAIN_CUE_AFTER = new RegExp(`,\\s+${AUXILIARY}(?:${CUE_ALTERNATION})\\b`, 'u');
