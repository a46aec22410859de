/**
 * Who a speaker phrase refers to: a named person from the story's roster, a pronoun or role noun
 * resolved to a person named earlier, an organisation, or an anonymous source. This module reads
 * the phrase; ./earlier-references.ts finds the earlier name a pronoun, a role or a short second
 * reference stands for.
 */
import type { Span, SpeakerResolution } from '../types';
import type { PersonEntry } from '../people/find-people';
import { COMMON_WORDS, ORGANIZATION_WORDS, SOURCE_NOUNS, TITLE_WORDS } from '../people/lexicon';
import { GROUP_NOUNS } from './cues';
import { companyBefore, documentAuthor, earlierOrganisation, fullerPerson, lastPersonBefore, organisationBefore, roleHolder, sentenceSubjectBefore, type NamedAt } from './earlier-references';
import { firstMentionWithin, lastIndexBefore, lastMentionWithin, mentionEndingAt, overlapsMention } from './mention-index';
import { ORGANISATION_REFERENCE, storyOrganisation } from './story-organisation';

export interface ResolvedSpeaker {
  name: string | null;
  title: string | null;
  anonymous: boolean;
  person: PersonEntry | null;
  start: number;
  end: number;
  resolution: SpeakerResolution;
}

/** Unnamed sources: "a senior official", "people familiar with the matter", "officials said",
 * "two sources close to the talks". */
const ANONYMOUS =
  /^(?:(?:a|an|another|one|two|three|four|several|some|other|many|multiple|senior|government|administration|u\.s\.|western|\p{Lu}\p{L}+)\s+)*(?:[\p{L}-]+\s+){0,3}?(?:officials?|sources?|persons?|people|aides?|diplomats?|officers?|spokes(?:man|woman|person)|employees?|staffers?|insiders?|executives?|analysts?|members?|residents?|witnesses?|experts?|critics?|observers?|investigators?|lawmakers?|activists?|doctors?|scientists?|researchers?|respondents?|participants?|posters?|commenters?|bloggers?|users?|authorities|police)\b/iu;
/** Indefinite or plural openings: an anonymous source, not a reference back to a named one. */
const INDEFINITE = /^(?:a|an|another|one|two|three|four|several|some|other|many|multiple|officials|sources|people|authorities|police|analysts|experts|critics|residents|witnesses|investigators|lawmakers|activists|diplomats|observers)\b/i;
/** Nouns for one unnamed source: "the source told Reuters", "his spokesman said" — anonymous
 * unless the story gave that role to a named person. */
const ANONYMOUS_HEADS = new Set(['source', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'diplomat', 'person', 'insider', 'officer', 'employee', 'staffer', 'executive', 'analyst', 'member', 'resident', 'witness', 'expert', 'adviser', 'advisor']);
/** A document named by what it belongs to: "the explanatory notes of the British Bill". */
const DOCUMENT_OF = /^(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:notes|report|statement|study|documents?|memo|letter|filing|ruling|guidance|minutes|findings|draft|summary)\s+of\s+/u;
/** "his" and "her" are the possessor of a speech noun: "his vow on Monday that …" (find-quotes.ts). */
const PRONOUNS = /^(?:he|she|his|her)$/i;
const PLURAL_PRONOUNS = /^they$/i;
/** The writer, in the story's own voice: "I wrote a long rant about this last year",
 * "We've said this before, many times: …" (scrapinghub/5fa5679de56c, 65bf3048b500), "when I
 * asked", "That’s why I always say, “…”" (scrapinghub/ec3878db7e49). Outside quotation marks "I"
 * and "we" are the article's author, not one of its sources; so is a narrator's stammer ("I--
 * said", readability/clean-links). */
const FIRST_PERSON = /(?:^|\s)(?:I|[Ww]e)(?:['’](?:ve|d|ll|m|re))?[-–—.]*(?:\s+(?:always|often|never|also|just|still|usually|sometimes|really|once|even|then))?$/;
/** One word that is a contraction is no name: "“…,” Don’t say" (readability/medium-2), "You’re
 * promised a smooth ride" (scrapinghub/aade2ec8d1e7). */
const CONTRACTION = /^[\p{L}]+(?:n['’]t|['’](?:re|ll|ve|m|d))$/u;
/** A determiner opening a sentence before a common noun: "Its use", "Their scans". */
const POSSESSIVE_BEFORE_NOUN = /^(?:Its|Their|His|Her|My|Our|Your|This|These|Those)\s+(?=\p{Ll})/u;
/** A clause, not a name: a verb or a relative word inside ("SLG46621V can be", "It's exactly what
 * the company", "New Zealand's flag has never" after an inverted "said", GUM news, flag), or a
 * function word ending it ("AI’s opportunities to"). In lower case only: "All Might" is a name
 * (readability/archive-of-our-own). */
const CLAUSE_INSIDE = /\s(?:can|could|will|would|may|might|must|should|is|are|was|were|been|has|have|had|never|what|which|that)(?:\s|$)|\s(?:to|of|for|and|the|an?)$/;
/** A dateline before the subject: "BERLIN -- The European Space Agency says …" (scrapinghub/b37be3535e1f). */
const LEADING_DATELINE = /^\p{Lu}{2,}(?:[\s,]+\p{Lu}[\p{L}.]*)*\s*(?:--|—|–)\s*/u;
/** Conjunctions that open a clause of their own, or join one: no part of a speaker's description. */
const SUBORDINATORS = ['after', 'before', 'when', 'whenever', 'though', 'although', 'as', 'while', 'because', 'since', 'if', 'until', 'once', 'unless', 'whereas'];
const COORDINATORS = ['but', 'and', 'yet', 'or'];
/** A subordinating conjunction before an unnamed source, and the clause before it: the source is
 * the subject after it. "Oil fell after sources told Reuters that …" (scrapinghub/57d46c9d751e),
 * "This comes after police said …" (scrapinghub/624fcd903d56), "And though officials say …", "…
 * when authorities in Beijing announced that …" (scrapinghub/ea25dd7edff4). Not past a comma (an
 * appositive may hold one) or a relative pronoun: "A spokesperson who did not wish to be named
 * because of agency policy" (scrapinghub/abd9d6291b6b). A conjunction opening the sentence goes
 * too: "But multiple friends of Mike Ford had told me" (scrapinghub/851498a2b9f4), "As the authors
 * explain, …" (readability/medicalnewstoday). */
const CLAUSE_BEFORE_SOURCE = new RegExp(
  `^(?:(?:(?!\\b(?:who|whom|whose|which|that)\\b)[^,])*?\\s)?(?:${SUBORDINATORS.join('|')})\\s+(?=\\S)` +
    `|^(?:${[...COORDINATORS, ...SUBORDINATORS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\s+(?=\\S)`,
);
/** A lower-case role word and the name after it. Group 1 the word. */
const ROLE_THEN_NAME = /^\s+(\p{Ll}[\p{L}-]+)\s+(?=\p{Lu})/u;
/** A parenthesis closing the phrase, with the space before it. */
const TRAILING_PARENTHESIS = /(?<=\S)\s+\([^()]*\)$/;
/** When, after a name: "Amnesty International on Tuesday" (scrapinghub/d90bda7ed14d). */
const TIME_AFTER_NAME = /\s+(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Articles and conjunctions before a name: "The Guardian", "An October 11 presentation", "But
 * both Roscosmos". What follows them must be capitalised: in "The dance techniques of …" the
 * capital is the sentence's, not a name's. Narrower than find-people.ts's ORGANIZATION_OPENER on
 * purpose: with its determiners and prepositions too, "His office said" became "office" and a
 * mixed quote of the dev set was lost (measured). */
const BEFORE_NAME = /^(?:(?:[Tt]he|An?|[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Bb]oth|[Tt]hough|[Aa]lthough|[Ww]hile|[Aa]s|[Bb]ecause|[Ss]ince)\s+)+/;
/** One unnamed person described by a role or a relation, with no name the story gave it: "The real
 * estate agent said she related to him …" (scrapinghub/a6968f427cdb), "the family claimed …".
 * Group 1 the head noun. */
const DESCRIBED_PERSON = /^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|An?|an?)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)$/u;
/** Heads of such descriptions beyond the title words: relations and everyday roles. */
const PERSON_NOUNS = new Set(
  `agent family mother father wife husband son daughter brother sister friend neighbor neighbour
   victim patient woman man girl boy driver abuser survivor customer user student parent relative
   resident owner widow widower fan`.trim().split(/\s+/),
);

/** Some of a group, unnamed: "Others reported being abruptly logged off" (scrapinghub/098bb3e96c0a),
 * "Some said they felt dejected", "Some advertisers claim …" (readability/aclu), "Many of them said
 * …" (readability/schema-org-context-object), "Other studies said …" (readability/bug-1255978). */
const QUANTIFIER = /^(?:[Ss]ome|[Oo]thers?|[Mm]any|[Mm]ost|[Ss]everal|[Ff]ew)(?:\s+of\s+(?:them|those|us))?(?:\s+(?:of\s+(?:the|them|those)\s+)?[\p{Ll}-]*\p{Ll}s)?$/u;
/** Anyone at all: "One could argue disputes of this sort are proof …" (readability/lwn-1), "Many
 * would argue, that we could just release instantly …" (readability/keep-tabular-data). */
const GENERIC_PRONOUN = /^(?:(?:one|you)(?:\s+(?:could|might|would|can|may|should|must))?|(?:many|some|most|others)\s+(?:could|might|would|can|may|should|must))$/i;

export interface SpeakerContext {
  people: PersonEntry[];
  /** Person mentions in text order, for pronouns ("he said" → the last person named). */
  mentions: { start: number; end: number; person: PersonEntry }[];
  /** The story's quotations (sorted, not overlapping); names inside them are not antecedents. */
  quoted: readonly Span[];
  /** The speaker of the previous quote, for "they" and role nouns. */
  lastSpeaker: ResolvedSpeaker | null;
  /** Full names of institutions and authors of documents, by head word, found on first use. */
  firstReferences?: Map<string, NamedAt[]>;
  /** Whom the story calls "he" or "she", found on first use (earlier-references.ts). */
  genders?: Map<PersonEntry, 'he' | 'she' | null>;
}

/** How an unnamed speaker is described: the phrase without its article, nor a conjunction opening
 * the sentence ("But multiple friends of Mike Ford had told me", scrapinghub/851498a2b9f4). */
const UNNAMED_TITLE_START = new RegExp(`^(?:(?:${COORDINATORS.join('|')})\\s+)?(?:(?:a|an|the)\\s+)?`, 'i');
function unnamedTitle(phrase: string): string {
  return phrase.replace(UNNAMED_TITLE_START, '');
}

export function resolveSpeaker(text: string, start: number, end: number, ctx: SpeakerContext): ResolvedSpeaker | null {
  // Trim the phrase: spaces, a final dot that is not an initial, possessives.
  while (end > start && /[\s.,:;]/.test(text[end - 1]!) && !/\b\p{Lu}\.$/u.test(text.slice(start, end))) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  start += LEADING_DATELINE.exec(text.slice(start, end))?.[0].length ?? 0;
  // An aside in parentheses after the subject is no part of it: "Commenter Paul Stoffregen (who
  // was the author of the Heise story above)" (readability/lwn-1).
  end -= TRAILING_PARENTHESIS.exec(text.slice(start, end))?.[0].length ?? 0;
  const phrase = text.slice(start, end);
  if (!phrase) return null;
  // An organisation whose role and person follow: "responded NASA administrator Jim Bridenstine"
  // (scrapinghub/c00962aabe7b), "Wild coach Bruce Boudreau expressed …, saying" (264dc3ae3124),
  // where the patterns stop at the capitalised name. The person's title holds the role word.
  const roleWord = ROLE_THEN_NAME.exec(text.slice(end, end + 40));
  const holderAt = roleWord ? end + roleWord[0].length : -1;
  const holder = roleWord && !/\s\p{Ll}/u.test(phrase) ? firstMentionWithin(ctx, holderAt, holderAt + 80) : undefined;
  if (holder && holder.start === holderAt && holder.person.titles.some((t) => t.toLowerCase().split(/\s+/).includes(roleWord![1]!))) {
    return resolveSpeaker(text, start, holder.end, ctx);
  }
  // A pronoun ending a longer phrase is its subject, the words before it a time or a place: "In a
  // Tumblr post at the time she described this as the “worst case scenario”" (scrapinghub/70cb2d5bca75).
  const lastPronoun = /\s(?<!\b(?:and|or)\s)(?:he|she|they|we)$/.exec(phrase);
  if (lastPronoun) return resolveSpeaker(text, end - lastPronoun[0].length + 1, end, ctx);

  // A group of unnamed sources named after its employer is anonymous, whatever name it carries:
  // "Con Edison officials say", "Trump administration officials said".
  const comma = phrase.indexOf(',');
  // The head noun before what qualifies it: "people familiar with …", "Executives across the world".
  // A participle opens a qualifier too: "The doctors offering to operate the flu vaccination clinic
  // noted …" (scrapinghub/abd9d6291b6b) are doctors.
  const head = /([\p{L}-]+)(?:\s+(?:familiar|close|briefed|with|across|in|from|at|\p{Ll}{3,}ing\s)\b.*)?$/u.exec(comma > 0 ? phrase.slice(0, comma) : phrase)?.[1]?.toLowerCase() ?? '';
  // A police force with its name is an organisation: "Indiana State Police reported …"
  // (scrapinghub/7de5241947a5), "West Mercia police said" (readability/buzzfeed-1).
  // Case-sensitive: under the `i` flag `\p{Lu}` matches any letter, and "This comes after police"
  // (scrapinghub/624fcd903d56) was a force's name.
  const namedForce = head === 'police' && /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*\s+[Pp]olice$/u.test(phrase);
  if ((SOURCE_NOUNS.has(head) || GROUP_NOUNS.has(head)) && !namedForce) {
    const clause = CLAUSE_BEFORE_SOURCE.exec(phrase);
    if (clause) return resolveSpeaker(text, start + clause[0].length, end, ctx);
    return { name: null, title: unnamedTitle(phrase), anonymous: true, person: null, start, end, resolution: 'anonymous' };
  }

  // A document of something speaks as itself, whatever names follow "of": "according to the
  // explanatory notes of the British Bill" is not a person called Bill (readability/herald-sun-1).
  if (DOCUMENT_OF.test(phrase)) {
    return { name: phrase.replace(/^the\s+/i, ''), title: null, anonymous: false, person: null, start, end, resolution: 'named' };
  }

  // A named person of the roster: the one the phrase before an appositive ends with ("Eswar
  // Prasad, a Cornell professor,"), else the last one in the phrase ("… Orozobek Kayikov",
  // "Carlineo's attorney, Sonya Zoghlin,").
  const named = (comma > 0 ? mentionEndingAt(ctx, start, start + comma) : undefined) ?? personAtPlace(text, start, end, ctx) ?? lastMentionWithin(ctx, start, end);
  // …unless the person only qualifies the phrase's head: someone of theirs speaks, "Morrison's
  // lawyer said" (scrapinghub/7a664e40d256), "Ford’s now-deceased father told Starner", "multiple
  // friends of Mike Ford had told me" (scrapinghub/851498a2b9f4), "a spokesman for …". What they
  // wrote is still theirs: "Trump's tweet said".
  const qualified = named ? qualifiedHead(text, start, end, named) : null;
  if (qualified && !SPOKEN_FOR.test(qualified)) {
    return { name: null, title: unnamedTitle(phrase), anonymous: true, person: null, start, end, resolution: 'anonymous' };
  }
  if (named) {
    const mention = text.slice(named.start, named.end);
    return speaker(fullerPerson(named.person, ctx), named.start, named.end, mention === named.person.name ? 'named' : 'surname');
  }

  // Past the named-person check, an appositive adds nothing: "the source, who said he had spoken
  // to people inside the compound," is "the source".
  if (comma > 0) return resolveSpeaker(text, start, start + comma, ctx);
  // Past it too, a preposition or an infinitive opens no speaker: in "Fetter, for her part,
  // continued to program at Florida State" (readability/quanta-1) the words after "continued"
  // are no inverted subject. (A person in such a phrase is one: "with … Ayman Safadi warning".)
  if (/^(?:to|at|in|on|for|from|with|by|of|into|after|before|during)\s/.test(phrase)) return null;
  // A sentence that opens with a prepositional phrase has its subject after it: "On the day that
  // Samsung announced …" (scrapinghub/cc4aa22b8212), "Prior to launch Google promised …"
  // (scrapinghub/e100c9612ad8), "To which Samantha replies …" (readability/medium-3).
  if (/^(?:To|At|In|On|For|From|With|By|Of|Into|After|Before|During|Prior\s+to)\s/.test(phrase)) {
    const subject = /\p{Ll}\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)$/u.exec(phrase);
    return subject ? resolveSpeaker(text, end - subject[1]!.length, end, ctx) : null;
  }

  if (PRONOUNS.test(phrase)) {
    const antecedent = lastPersonBefore(text, start, ctx, /^(?:he|his)$/i.test(phrase) ? 'he' : /^(?:she|her)$/i.test(phrase) ? 'she' : undefined);
    return antecedent
      ? speaker(fullerPerson(antecedent, ctx), start, end, 'pronoun')
      : { name: null, title: null, anonymous: false, person: null, start, end, resolution: 'pronoun' };
  }
  if (/^it$/i.test(phrase)) return organisationBefore(text, start, end, ctx);
  if (FIRST_PERSON.test(phrase) || GENERIC_PRONOUN.test(phrase) || CONTRACTION.test(phrase)) return null;
  if (QUANTIFIER.test(phrase)) return { name: null, title: null, anonymous: true, person: null, start, end, resolution: 'anonymous' };
  if (PLURAL_PRONOUNS.test(phrase)) {
    const last = ctx.lastSpeaker;
    if (last && !last.person) return { ...last, start, end, resolution: last.anonymous ? 'anonymous' : 'pronoun' };
    return null;
  }
  // One function word is no speaker: a pointer to a thing ("That said, principles can't replace
  // …", readability/wikipedia; "This suggests …"), a preposition left of a misread cue ("In an
  // interview about … and alleged sex trafficker Jeffrey Epstein", scrapinghub/87bf60570e6e). An
  // acronym in capitals is a name: "according to the WHO" (scrapinghub/ea25dd7edff4).
  if (!/\s/.test(phrase) && phrase !== phrase.toUpperCase() && COMMON_WORDS.has(phrase.toLowerCase())) return null;

  const definiteSource = /^(?:the|his|her|their|its)\s/i.test(phrase) && ANONYMOUS_HEADS.has(head);
  if ((INDEFINITE.test(phrase) && ANONYMOUS.test(phrase)) || (definiteSource && !roleHolder(head, ctx))) {
    return { name: null, title: unnamedTitle(phrase), anonymous: true, person: null, start, end, resolution: 'anonymous' };
  }

  // "the minister", "the head of …": the person named earlier with that role.
  const role = /^the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}\p{N}-]+)(?:\s+(?:of|for|at)\b.*)?$/iu.exec(phrase);
  if (role && !ORGANIZATION_WORDS.has(role[1]!.toLowerCase())) {
    const holder = roleHolder(role[1]!.toLowerCase(), ctx);
    if (holder) return speaker(fullerPerson(holder, ctx), start, end, 'role');
    // An epithet names again the person the story is about: "Eyamba Sowers didn't know Patrick
    // was coming … The real estate agent said she related to him …" (scrapinghub/a6968f427cdb),
    // "“…,” said the actor." (scrapinghub/7dfc3e359d7c): the subject of the sentence before.
    // The head ends the phrase: "the head of …" is a role, never an epithet.
    if (phrase.endsWith(role[1]!) && (EPITHETS.has(role[1]!.toLowerCase()) || /^\d+-year-old$/.test(role[1]!))) {
      const subject = sentenceSubjectBefore(text, start, ctx, undefined);
      if (subject) return speaker(fullerPerson(subject, ctx), start, end, 'role');
    }
  }

  // "The company said": the company the story has been about (readability/seattletimes: "The
  // company also said it was lowering prices across the store" is Whole Foods).
  if (/^the\s+(?:company|firm|retailer|chain|startup|carrier|airline|automaker|insurer|lender|bank|group)$/i.test(phrase)) {
    const company = companyBefore(text, start, ctx);
    if (company) return { name: company, title: null, anonymous: false, person: null, start, end, resolution: 'role' };
  }

  // A descriptor before a name: "according to whale rescue group Project Jonah" is Project Jonah
  // (readability/guardian-1), "data from MarketAxess" is MarketAxess (scrapinghub/06e5123e4ef7).
  const described = /^\p{Ll}[\p{L}\s-]*?\s(?:group|firm|company|agency|organi[sz]ation|charity|website|site|data|from|by|newspaper|magazine|outlet|network|broadcaster|institute|watchdog|consultancy|tracker)\s+((?:\p{Lu}[\p{L}\p{N}&.'’-]*|\p{N}+\p{L}[\p{L}\p{N}]*)(?:\s+(?:of|for|and|the|on|de)?\s*\p{Lu}[\p{L}\p{N}&.'’-]*)*)$/u.exec(phrase);
  if (described && !/^(?:a|an|the|one|two|some|his|her|its|their)\s/i.test(phrase)) {
    const name = described[1]!;
    const at = start + phrase.length - name.length;
    return { name, title: null, anonymous: false, person: null, start: at, end, resolution: 'named' };
  }
  // A document from a named source speaks for it: "The tweet from Vulture magazine reads, “…”"
  // (readability/breitbart), "A recent report by the International Energy Agency’s Photovoltaic
  // Power Systems Program stated …" (scrapinghub/b0cf2bbf0192).
  const document = /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+){0,2}(?:tweet|post|statement|release|letter|report|study|survey|filing|memo|email)\s+(?:from|by)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*(?:\s+(?:magazine|newspaper|news|agency|group|party))?)$/u.exec(phrase);
  if (document) {
    const at = start + phrase.length - document[1]!.length;
    return { name: document[1]!, title: null, anonymous: false, person: null, start: at, end, resolution: 'named' };
  }
  // A document of a named owner speaks for it: "PC World's recent analysis of its own web traffic
  // statistics concluded, “…”" (GUM news, ie9).
  const owned = /^(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)['’]s\s+(?:\p{Ll}+\s+){0,2}(?:analysis|report|study|survey|statement|review|poll|letter|filing|memo|findings|data|figures|estimates|website|blog|tweet|post)\b/u.exec(phrase);
  if (owned && !lastMentionWithin(ctx, start, start + owned[1]!.length)) {
    return { name: owned[1]!, title: null, anonymous: false, person: null, start, end: start + owned[1]!.length, resolution: 'named' };
  }
  // Unnamed published sources: "according to local news reports" (readability/wapo-1).
  if (/^(?:local|news|media|press|published|several|some|other|unconfirmed|earlier|state|official)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:reports|accounts|estimates|records|documents|figures)$/u.test(phrase)) {
    return { name: null, title: phrase, anonymous: true, person: null, start, end, resolution: 'anonymous' };
  }

  // A short second reference to an organisation or a document the story named in full before.
  const earlier = earlierOrganisation(text, start, phrase, ctx) ?? documentAuthor(text, start, phrase, ctx);
  if (earlier) return { name: earlier, title: null, anonymous: false, person: null, start, end, resolution: 'role' };
  const reference = ORGANISATION_REFERENCE.exec(phrase);
  const organisation = reference && storyOrganisation(text, start, reference, (from, to) => overlapsMention(ctx, from, to));
  if (organisation) return { name: organisation, title: null, anonymous: false, person: null, start, end, resolution: 'role' };

  // An organisation or a document: "the ministry said", "Apple said", "the report says".
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  // The capital that counts is a name's, not a sentence's: "Its use is dead easy, adding …"
  // (readability/001), "Their scans confirmed …" open with a determiner.
  const org = /^\p{Lu}/u.test(phrase.replace(BEFORE_NAME, '').replace(POSSESSIVE_BEFORE_NOUN, '')) || ORGANIZATION_WORDS.has(last) || /^(?:report|statement|study|document|letter|court|ruling|survey|agency|company|ministry|government|department|police|army|military)$/.test(last);
  // A long capitalised phrase with no known person in it is not a speaker we can name.
  // Long names are institutions when one of their words says so: "the U.S. Attorney’s Office for
  // the Western District of New York".
  const institution = words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
  if (org && (words.length <= 6 || (institution && words.length <= 14)) && !/\s(?:said|says|told)\s/.test(phrase) && !CLAUSE_INSIDE.test(phrase)) {
    // The name without its article or how it was obtained: "An October 11 presentation to
    // bondholders" (scrapinghub/06e5123e4ef7), "Zimbabwean intelligence reports seen by Reuters"
    // (readability/telegraph).
    // A conjunction opening the clause is no part of it: "But both Roscosmos and NASA said …"
    // (readability/yahoo-2), "though VW says …".
    const name = phrase
      .replace(BEFORE_NAME, '')
      .replace(/^(?:the|an?)\s+/i, '')
      .replace(/\s+(?:seen|obtained|reviewed|published|cited)\s+by\s+.*$/i, '')
      .replace(TIME_AFTER_NAME, '');
    return { name, title: null, anonymous: false, person: null, start, end, resolution: 'named' };
  }
  const personHead = DESCRIBED_PERSON.exec(phrase)?.[1];
  if (personHead && (PERSON_NOUNS.has(personHead) || TITLE_WORDS.has(personHead))) {
    return { name: null, title: unnamedTitle(phrase), anonymous: true, person: null, start, end, resolution: 'anonymous' };
  }
  return null;
}

/** Descriptions a story uses for the person it has just named, not for someone else: occupations and
 * standings ("the actor", "the real estate agent", "the singer"). Not relations or parts in an
 * event ("the victim", "his mother", "the witness"), which are someone else. */
const EPITHETS = new Set(
  `actor actress singer songwriter guitarist drummer rapper musician star artist author writer novelist poet
   comedian dancer model designer chef athlete player winger striker veteran rookie billionaire millionaire
   entrepreneur businessman businesswoman tycoon mogul investor agent broker realtor royal duke duchess
   politician lawmaker activist campaigner filmmaker photographer scientist astronaut pilot`.trim().split(/\s+/),
);

/**
 * The person who opens a speaker phrase and is placed by what follows: "Joshua Becker at Becoming
 * Minimalist suggests …" (readability/lifehacker-working), "Sarah Jones of Human Rights Watch
 * said …", "As Trent Hamm at The Simple Dollar explains, …". The place may hold a name of its
 * own; the speaker is still the person before it.
 */
function personAtPlace(text: string, start: number, end: number, ctx: SpeakerContext): SpeakerContext['mentions'][number] | undefined {
  const first = firstMentionWithin(ctx, start, end);
  if (!first || text.slice(start, first.start).replace(BEFORE_NAME, '').trim() !== '') return undefined;
  return /^\s+(?:at|of|for|from|with)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(first.end, end)) ? first : undefined;
}

/** What a person puts out speaks for them: "Trump's tweet said", "the testimony of Fiona Hill". */
const SPOKEN_FOR = /^(?:statement|statements|tweet|tweets|post|posts|letter|email|memo|note|book|report|blog|website|account|speech|remarks|message|column|essay|testimony|filing|interview|words)$/i;

/**
 * The lower-case head a person's mention qualifies in a speaker phrase, or null when the person is
 * the head: a possessor before it ("Morrison's lawyer"), or the object of "of" or "for" after it
 * ("friends of Mike Ford", "a spokesman for Kayikov"). Not a name's own "of" ("Secretary of State
 * Mike Pompeo": the name follows its title).
 */
function qualifiedHead(text: string, phraseStart: number, phraseEnd: number, mention: Span): string | null {
  const possessed = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)$/u.exec(text.slice(mention.end, phraseEnd).split(/[,;:]/)[0]!);
  if (possessed) return possessed[1]!;
  const of = /\b([\p{Ll}-]+)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(text.slice(phraseStart, mention.start));
  return of ? of[1]! : null;
}

/**
 * The speaker of a quote paragraph that follows narration (continuation.ts, `followsNarration`): the
 * one person named in that paragraph who has already spoken in the story; nobody when there are
 * none or several. `spoken` maps the words that attributed earlier quotes, and full names, to
 * their speaker: a bare surname is whoever the story quoted by it ("But for Parata and his family
 * …" is Hori Parata, quoted as "says Parata", not his son, quoted as "says Te Kaurinui",
 * readability/guardian-1).
 */
export function narratedSpeaker(text: string, paragraph: Span, ctx: SpeakerContext, spoken: Map<string, PersonEntry>): ResolvedSpeaker | null {
  let found: { start: number; end: number; person: PersonEntry } | null = null;
  for (let i = lastIndexBefore(ctx.mentions, paragraph.end); i >= 0 && ctx.mentions[i]!.start >= paragraph.start; i--) {
    const m = ctx.mentions[i]!;
    const person = spoken.get(text.slice(m.start, m.end)) ?? spoken.get(fullerPerson(m.person, ctx).name);
    if (!person) continue;
    if (found && found.person !== person) return null;
    found = { start: m.start, end: m.end, person };
  }
  return found ? speaker(found.person, found.start, found.end, 'continued') : null;
}

/** Held in people's hands: a protest sign's words are its holders'. */
const HELD = /\b(?:holding|held|carrying|carried|waving|waved|hoisting|hoisted|brandishing|brandished)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * Who a sign speaks for: its holders, unnamed ("many holding handmade signs with sayings such as,
 * “Less Money on Testing, More Money on Students.”", scrapinghub/7de5241947a5), else the company
 * the story is about, whose shop it hangs in ("a sign advertised “First of the Season Fresh
 * Alaskan Halibut”" in a Whole Foods store, readability/seattletimes-1), else nobody named.
 */
export function signSpeaker(text: string, start: number, end: number, ctx: SpeakerContext): ResolvedSpeaker {
  const anonymous: ResolvedSpeaker = { name: null, title: null, anonymous: true, person: null, start, end, resolution: 'anonymous' };
  if (HELD.test(text.slice(Math.max(0, start - 60), start))) return anonymous;
  const company = companyBefore(text, start, ctx);
  return company ? { name: company, title: null, anonymous: false, person: null, start, end, resolution: 'role' } : anonymous;
}

function speaker(person: PersonEntry, start: number, end: number, resolution: SpeakerResolution): ResolvedSpeaker {
  return { name: person.name, title: person.titles[0] ?? null, anonymous: false, person, start, end, resolution };
}
