/**
 * Whether the words after a cue are its object, not a clause that reports speech. "Audi has
 * revealed the second production model in its e-tron all-electric range" (scrapinghub/3cb22bfabed8),
 * "NASA … has confirmed traces of water vapor above the surface of Jupiter's icy moon Europa"
 * (scrapinghub/14cc2a0ca59c), "He wrote handbooks for the GURPS and Paranoia role-playing game
 * systems" (scrapinghub/851498a2b9f4): what was revealed, confirmed or written is a thing. A
 * reported clause has a verb of its own ("Syria needs a political solution", "it would be
 * provided next year").
 *
 * Without a tagger the test is on the surface, and it leans towards keeping a clause:
 *   - words that open with a capital (a name as the clause's subject: "Beijing resume buying …",
 *     "The International Telecommunication Union (ITU) advocates …") are a clause;
 *   - so are words holding a quotation (its verb may be inside it), and a gerund after a cue that
 *     takes one ("denied having …"; but "announced funding for …" is a thing);
 *   - so are words with an auxiliary or a modal, a contraction, a past form (regular "-ed" or a
 *     common irregular one), a present form of a common verb, a pronoun followed by a word, or a
 *     plural noun followed by a word that is no function word, or a name followed by a word in
 *     "-s" (a subject and its verb).
 * What is left is a noun phrase opening in lower case with none of these: an object. Only the
 * object's own words are read (up to a coordinated or subordinate clause, OBJECT_END), and only
 * after cues that also take things: "say" is not tested. hasVerbSign is also the test for the
 * words before a closing attribution (find-quotes.ts, isClause).
 */

/** Auxiliaries and modals, negated or contracted; "'s" only after a pronoun ("it's"), not a possessive ("Jupiter's"). */
const AUXILIARY_OR_MODAL =
  /\b(?:is|are|was|were|be|been|am|has|have|had|will|would|can|could|should|may|might|must|shall|did|does|do)(?:n['’]t)?\b|\b(?:won|can|shan)['’]t\b|['’](?:re|ll|ve|m|d)\b|\b(?:it|he|she|that|there|here|what|who|where)['’]s\b/i;
/** A past form: "-ed" (three letters before it at least: not "red", "bed"; not an adjective after a
 * determiner or a preposition: "findings of overcrowded … conditions") or a common irregular one. */
const PAST = /(?<!\b(?:of|the|a|an|and|or|with|by|for|in|on|at|to|from|very|more|most|its|their|his|her)\s)\b\p{Ll}{3,}ed\b|\b(?:said|told|went|came|made|took|gave|got|found|thought|knew|saw|felt|left|began|ran|met|held|kept|brought|bought|built|sent|spent|stood|won|lost|paid|led|fell|grew|rose|wrote|spoke|broke|chose|drove|became|sold|put|cut|hit|let|set)\b/u;
/** Present forms of common verbs ("WeWork needs a more efficient … organization"). */
const PRESENT =
  /\b(?:needs|wants|says|thinks|believes|knows|plans|seems|remains|means|makes|takes|gives|gets|goes|comes|looks|feels|works|helps|shows|requires|includes|continues|expects|hopes|intends|supports|opposes|agrees|lacks|faces|poses|puts|runs|sees|uses)\b/;
/** A pronoun subject with a word after it: "they remain", "We expect". */
const PRONOUN_SUBJECT = /\b(?:I|[Ww]e|[Tt]hey|[Yy]ou|[Hh]e|[Ss]he|[Ii]t|[Ww]ho|[Tt]here)\s+\p{Ll}/u;
/** A plural noun among the first words followed by a word that is no function word: a subject and
 * its verb, "the results confirm the existence of …" (GUM news, iodine), "officials expect". Not
 * "updates to its video hosting platform", "traces of water vapor". */
const PLURAL_SUBJECT =
  /^(?:\p{L}[\p{L}-]*\s+){0,3}?(?!(?:[Tt]his|[Tt]hese|[Tt]hose|[Hh]is|[Ii]ts|was|has|does|[Tt]hus|plus|news|series|species|always|[Pp]erhaps|whereas|towards|[Ss]ometimes)\s)\p{L}\p{Ll}*[^su\s]s\s+(?!(?:such|of|to|in|on|at|for|from|with|by|about|over|under|into|onto|across|through|during|against|between|among|and|or|but|nor|that|which|who|whose|as|than|like|near|above|below|after|before|since|until|via|per|the|a|an|its|their|his|her|yesterday|today)\b)\p{Ll}/u;

/** A name (or its acronym in brackets), or a plural without "-s", before a word that may be its
 * verb: "Turkey denies", "The International Telecommunication Union (ITU) advocates" (the seed
 * page), "people get". */
const NAMED_SUBJECT = /(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}+\))\s+\p{Ll}{2,}[^su\s]s\b|\b(?:people|children|men|women|police)\s+(?!(?:of|to|in|on|at|for|from|with|by|who|and|or|the|a|an)\b)\p{Ll}/u;

/** Cues that take a gerund as what was said: "denied having …", "admitted taking …", "reported seeing …". */
const GERUND_CUES = /^(?:den(?:y|ies|ied)|admit|report|recall|remember|mention|acknowledg)/i;

/** Where the object's own words end: a colon, a subordinate clause, or a comma before a
 * coordinated clause or verb. "claimed victory as the … House of Representatives concluded its
 * third public hearing" (scrapinghub/c90731f051d0), "claimed Ford’s body, cleaned out his
 * apartment" (scrapinghub/851498a2b9f4), "added his seventh for the Islanders, and Semyon Varlamov
 * stopped 27 shots" (scrapinghub/ecb46e3e489d): the verbs after it are not the object's. Not any
 * comma: "said his predecessor, Fiona Hill, had dubbed …" is one clause. */
const OBJECT_END = /,\s+(?:and|but|or|so|yet)\s|,\s+\p{Ll}{3,}ed\s|[:;]|\s(?:as|while|when|because|after|before|until|although|though)\s/u;

/** Whether `words`, after the cue `cue` with no "that", are a thing it takes, not what was said. */
export function isNounObject(words: string, cue: string): boolean {
  // "say" takes a clause almost always, and the signs miss some ("said the deal stinks of
  // corruption"): only the cues that also take things are tested.
  if (/^(?:say|says|said)$/i.test(cue)) return false;
  const all = words.trimStart();
  // A quotation inside may hold the verb: "said it “regrets any decision likely to encourage …”"
  // (scrapinghub/833caf3bdba5) is mixed speech. "that" opens a clause ("says that, in such a
  // configuration, 0-60 mph could arrive …").
  const trimmed = all.split(OBJECT_END)[0]!;
  // Only a quotation among the object's own words: "tweeted this announcement: “We are all
  // concerned …”" takes an object, and the quotation after the colon is a direct quote
  // (readability/salon-1).
  if (!/^\p{Ll}/u.test(all) || /["“„«]/.test(trimmed) || /^that\b/.test(all)) return false;
  // A gerund reports an act as a clause does: "the British royal blankly denied having sex with
  // underage girls" (scrapinghub/1f765c487806).
  if (GERUND_CUES.test(cue) && /^\p{Ll}{2,}ing\b/u.test(trimmed)) return false;
  return !hasVerbSign(trimmed);
}

/** Whether the words show a verb by one of the signs above (the file comment). */
export function hasVerbSign(words: string): boolean {
  const trimmed = words.trimStart();
  return AUXILIARY_OR_MODAL.test(trimmed) || PAST.test(trimmed) || PRESENT.test(trimmed) || PRONOUN_SUBJECT.test(trimmed) || PLURAL_SUBJECT.test(trimmed) || NAMED_SUBJECT.test(trimmed);
}

/**
 * A sentence opening on a determiner, a noun and a word in "-s": "The deal collapses", "The
 * economy grows". Only where the words open a sentence: after a cue, "revealed the new features"
 * is a thing (isNounObject does not use it).
 */
export function opensWithSubjectAndVerb(words: string): boolean {
  return /^\s*(?:The|This|That|His|Her|Its|Their|Our)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}{2,}[^su\s]s\b/u.test(words);
}
