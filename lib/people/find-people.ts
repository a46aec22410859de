/**
 * Named people in a story, with the titles the story gives them, and one roster per story:
 * "Kayikov" after "Orozobek Kayikov" is the same person. Rules and word lists, no model:
 * it must run in a few milliseconds inside a content script.
 */
import type { Organization, Place, Span } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { COMMON_ENGLISH } from './common-english';
import { COMMON_WORDS, DEMONYMS, HONORIFICS, KNOWN_ORGANIZATIONS, NON_OFFICIAL_TITLES, ORGANIZATION_WORDS, PLACE_FIRST_WORDS, PLACE_WORDS, PLACES, SOURCE_NOUNS, TITLE_WORDS } from './lexicon';

export type Evidence = 'title' | 'speech' | 'kin' | 'shape' | 'roster';

export interface PersonEntry {
  name: string;
  /** Last name, for the roster ("Kayikov"). */
  surname: string;
  titles: string[];
  evidence: Evidence[];
  mentions: Span[];
}

export interface PeopleResult {
  people: PersonEntry[];
  organizations: Organization[];
  places: Place[];
}

/** Words that open a clause before a title, never part of it ("However Minister …", "In June …"). */
const LEADING_FILLERS = new Set(['a', 'an', 'the', 'however', 'meanwhile', 'but', 'and', 'in', 'on', 'at', 'by', 'with', 'when', 'while', 'after', 'before', 'since', 'as', 'said', 'says', 'told', 'according', 'to']);
/** Lower-case words that join the words of a title: "Minister of Communications and High Technologies". */
const TITLE_CONNECTORS = new Set(['of', 'and', 'for', 'on', 'the', '&', 'de', 'at']);
/** Particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Osama bin Laden". */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'st.']);
/** Arabic names keep their article in lower case: "Omar Hassan al-Bashir" (readability/nytimes-1),
 * "director General Suleiman al-Amr" (GUM news, crane collapse), "Abdel Fattah el-Sisi". */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}/u;
/** Speech verbs right after a name are evidence that it names a person ("Kayikov said"). */
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|told|tells|added|adds|noted|notes|stressed|explained|explains|warned|warns|wrote|writes|tweeted|argued|argues|claimed|claims|announced|stated|states|asked|replied|insisted|recalled|continued)\b/;
/** A speech verb right before a name that a comma or full stop closes: "Institutional recipients,
 * said Mauer, are required …" (GUM news, Warhol), "…," says Smith. */
const SPEECH_BEFORE = /\b(?:said|says|added|asked|wrote)\s+$/;
/** A lower-case role right before a name: "the head of the zonal office of the CIS … (ITU) Orozobek
 * Kayikov", "coach Shu Kamo", "former president Barack Obama". Group 1 is the role phrase. */
const ROLE_BEFORE = /(?:^|[\s(])((?:(?:former|special|top|acting|deputy|vice|assistant|chief|senior|executive|general|interim|then|press|foreign|prime|state|district|county|city|police|fire|health|finance|defense|defence|interior|justice|education|economy|trade|energy|transport|agriculture|communications)[ -])*(?:head|chief|director|minister|president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|governor|mayor|senator|ambassador|envoy|commissioner|coach|manager|professor|judge|leader|founder|ceo|officer|official|analyst|economist|researcher|lawyer|attorney|prosecutor|adviser|advisor|editor|captain|commander|general)(?: (?:of|for|at|in|to)(?: (?:\p{L}[\p{L}.'-]*|\([\p{Lu}\p{N}]+\))){1,14})?)\s$/iu;

export function findPeople(text: string): PeopleResult {
  const tokens = tokenizeNames(text);
  const people = new Map<string, PersonEntry>();
  const organizations = new Map<string, Organization>();
  const places = new Map<string, Place>();

  // Words the story also writes in lower case are common words, not names ("the Iodine
  // Deficiency Disorders" beside "iodine deficiency"; GUM news, iodine study).
  const lowerWords = new Set<string>();
  for (const token of tokens) if (!token.capitalized) lowerWords.add(token.text);
  const credits = creditLines(text);
  // The people by surname, kept beside `people` so that a page with thousands of names is not
  // scanned once per name.
  const surnames: SurnameIndex = new Map();
  let c = 0;
  for (const run of capitalizedRuns(tokens, text)) {
    const start = tokens[run.from]!.start;
    while (c < credits.length && credits[c]!.end <= start) c++;
    if (c < credits.length && credits[c]!.start <= start) continue;
    readRun(run, tokens, text, lowerWords, surnames, people, organizations, places);
  }
  addRosterMentions(tokens, text, people, credits);
  const expansions = acronymExpansions(text);
  const list = [...people.values()].filter((p) => p.evidence.length > 0 && !onlyInside(p.mentions, expansions));
  for (const person of list) person.mentions.sort((a, b) => a.start - b.start);
  list.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { people: list, organizations: [...organizations.values()], places: [...places.values()] };
}

/** Up to thirteen capitalised words, lower-case joining words allowed between them: an acronym's expansion. */
const EXPANSION_WORDS = "\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|for|and|the|on|in|to|&)\\s+)*\\p{Lu}[\\p{L}’'-]*){1,12}";
/** An acronym in parentheses, from its opening parenthesis: "(DACA)". */
const ACRONYM_IN_PARENS = /^\((\p{Lu}{2,})s?\)/u;
/** An acronym right before an opening parenthesis: "DACA (". */
const ACRONYM_BEFORE_PARENS = /(?<![\p{L}\p{N}])(\p{Lu}{2,})s?\s+$/u;
const WORDS_BEFORE = new RegExp(`(${EXPANSION_WORDS})\\s+$`, 'u');
const WORDS_AFTER = new RegExp(`^(${EXPANSION_WORDS})\\)`, 'u');
/** One capitalised word of an expansion, whose initial counts. */
const CAPITALISED_WORD = /\p{Lu}[\p{L}’'-]*/gu;
/** How far an expansion may reach from its acronym (characters). */
const EXPANSION_REACH = 200;

/**
 * Where the story spells out an acronym: the capitalised words whose initials make it, from the
 * last words back ("In the Deferred Action for Childhood Arrivals (DACA)" is the expansion from
 * "Deferred"). Names met only there are programmes and things, not people: "Deferred Action"
 * (scrapinghub/291a8bf33ee4), "Beats Per Minute (BPM)" (readability/videos-1), "Named Binary Tag
 * (NBT)" (readability/ars-1). The acronyms are found first and the words looked for next to
 * them: a pattern for the words tried at every capital of the story cost the people stage a fifth
 * more time.
 */
function acronymExpansions(text: string): Span[] {
  const spans: Span[] = [];
  const add = (words: string, at: number, acronym: string): void => {
    const capitalised = [...words.matchAll(CAPITALISED_WORD)];
    if (capitalised.length < acronym.length) return;
    const last = capitalised.slice(capitalised.length - acronym.length);
    if (last.map((w) => w[0]![0]).join('') === acronym) spans.push({ start: at + last[0]!.index, end: at + words.length });
  };
  // From each opening parenthesis: the expansion before "(DACA)", or after "DACA (".
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    const inParens = ACRONYM_IN_PARENS.exec(text.slice(open, open + 16));
    if (inParens) {
      const from = Math.max(0, open - EXPANSION_REACH);
      const words = WORDS_BEFORE.exec(text.slice(from, open));
      if (words) add(words[1]!, from + words.index, inParens[1]!);
      continue;
    }
    const before = ACRONYM_BEFORE_PARENS.exec(text.slice(Math.max(0, open - 16), open));
    if (!before) continue;
    const words = WORDS_AFTER.exec(text.slice(open + 1, open + 1 + EXPANSION_REACH));
    if (words) add(words[1]!, open + 1, before[1]!);
  }
  return spans;
}

/** Every mention lies inside one of `spans`. A person spelled out with the acronym of their
 * initials ("Ruth Bader Ginsburg (RBG)") is met outside it too ("Ginsburg said"). */
function onlyInside(mentions: Span[], spans: Span[]): boolean {
  return spans.length > 0 && mentions.every((m) => spans.some((s) => m.start >= s.start && m.end <= s.end));
}

/**
 * Credit lines name the reporters, not people in the story: "Associated Press writers Alan Fram,
 * Zeke Miller … contributed to this report." (scrapinghub/82b6d780c792), "Keith Bradsher
 * contributed reporting from Hong Kong." (scrapinghub/702d1da63b8e), "(Reporting by Greg
 * Roumeliotis …; editing by Martin Howell.)" (scrapinghub/06e5123e4ef7, Reuters).
 */
const CREDIT_LINE = /^[^\n]{0,400}\bcontributed (?:to (?:this|the) (?:report|story|article)|reporting)\b[^\n]{0,120}$|^\(?(?:Additional )?(?:Reporting|Writing|Editing) by\b[^\n]*$/gim;

/**
 * The writer's note at the end of a story is a credit line too: a paragraph that says who the
 * writer is ("Erin Cunningham is an Egypt-based correspondent for The Post.", readability/wapo-1;
 * "Lucas Nolan is a reporter for Breitbart Tech …", readability/breitbart; "Steven Mufson covers the
 * White House.", readability/wapo-2), or a paragraph that is only a name, a byline ("Phil Helsel",
 * scrapinghub/7a457a4f7173). A person of the story named elsewhere keeps those other mentions.
 */
const AUTHOR_NOTE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s+(?:is|was)\s+(?:a|an|the)\s+[^\n.]{0,60}?\b(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer|photographer|intern|bureau chief)\b[^\n]*|\s+covers\s[^\n]*)?$/gmu;

function creditLines(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes('contributed') || /(?:Reporting|Writing|Editing) by/i.test(text)) {
    CREDIT_LINE.lastIndex = 0;
    for (let m = CREDIT_LINE.exec(text); m; m = CREDIT_LINE.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  AUTHOR_NOTE.lastIndex = 0;
  for (let m = AUTHOR_NOTE.exec(text); m; m = AUTHOR_NOTE.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

/** Words, read through soft hyphens: pages hyphenate names for line breaks ("Russian President
 * Vladi\u00admir Putin", readability/wapo-2). Offsets stay those of `text`. */
function tokenizeNames(text: string): Token[] {
  if (!text.includes('\u00ad')) return tokenize(text);
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 0xad) offsets.push(i);
  offsets.push(text.length);
  return tokenize(text.replace(/\u00ad/g, '')).map((t) => ({ ...t, start: offsets[t.start]!, end: offsets[t.end - 1]! + 1 }));
}

/** A run of capitalised tokens with no punctuation between them; `from`/`to` index `tokens`. */
interface Run {
  from: number;
  to: number;
}

function capitalizedRuns(tokens: Token[], text: string): Run[] {
  const runs: Run[] = [];
  let from = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const token = tokens[i];
    const joined = token && from >= 0 && onlySpaceBetween(text, tokens[i - 1]!, token);
    const inName = token && (token.capitalized || (joined && (particleBeforeName(tokens, i) || ARABIC_ARTICLE.test(token.text))));
    if (inName && (from < 0 || joined)) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) runs.push({ from, to: i });
    from = inName ? i : -1;
  }
  return runs;
}

/** Particles join a name when a capitalised word follows, possibly after another particle:
 * "Ursula von der Leyen". */
function particleBeforeName(tokens: Token[], j: number): boolean {
  return NAME_PARTICLES.has(tokens[j]?.text ?? '') && (tokens[j + 1]?.capitalized === true || particleBeforeName(tokens, j + 1));
}

/** Spaces, no-break spaces and zero-width characters only (pages put U+200B and U+2060 inside names). */
function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0\u200b-\u200d\u2060\ufeff]+$/.test(text.slice(a.end, b.start));
}

/** Invisible characters that pages leave inside names (zero-width spaces). Soft hyphens stay: a
 * name is its text as written ("Vladi\u00admir Putin", readability/wapo-2), so that every mention
 * is a slice of the text equal to the name or one of its words. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

function cleanName(name: string): string {
  return name.replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ');
}

function readRun(
  run: Run,
  tokens: Token[],
  text: string,
  lowerWords: Set<string>,
  surnames: SurnameIndex,
  people: Map<string, PersonEntry>,
  organizations: Map<string, Organization>,
  places: Map<string, Place>,
): void {
  const words = tokens.slice(run.from, run.to);
  const runText = text.slice(words[0]!.start, words[words.length - 1]!.end);

  // "Hong Kong", "In Hong Kong", "Hong Kong Island": a place, whatever opens or closes the run;
  // but a given name before a one-word place that a person appositive follows is a person:
  // "Valeska Paris, an Australian woman and former Scientologist" (GUM news, Scientology ship).
  const personPlace = personBeforePlace(words, text);
  const place = personPlace ? null : (placeIn(words, text) ?? placeByShape(words, text));
  if (place) {
    places.set(place, { name: place });
    return;
  }
  // A run in capitals only is a headline, a dateline or an acronym list, not a name read reliably:
  // "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT ." (CoNLL-style news headline).
  if (words.length > 1 && words.every((w) => w.text === w.text.toUpperCase())) return;
  const lastWord = words[words.length - 1]!.text.toLowerCase();
  if (ORGANIZATION_WORDS.has(lastWord) && words.length > 1) {
    addOrganization(runText, words[words.length - 1]!.end, text, organizations);
    return;
  }

  // The name is the longest tail of the run made of name-like words (at most four; two after a
  // title's "of": "Secretary of State Mike Pompeo" is Mike Pompeo, not "State Mike Pompeo").
  const afterTitleOf = run.from >= 2 && tokens[run.from - 1]!.text === 'of' && isTitleWord(tokens[run.from - 2]!.text.toLowerCase());
  const maxName = afterTitleOf ? 2 + words.filter((w) => /^\p{Lu}\.$/u.test(w.text)).length : 4;
  let nameFrom = personPlace ? run.from : run.to;
  while (
    nameFrom > run.from &&
    run.to - nameFrom < maxName &&
    isNameWord(tokens[nameFrom - 1]!, nameFrom - 1 === run.from && startsSentence(text, tokens[nameFrom - 1]!), lowerWords) &&
    !placeEndsAt(tokens, nameFrom - 1, run.from, text) &&
    // A follower of a faith or creed before a full name is no given name: "featuring Scientologist
    // Tom Cruise" (GUM news); a surname may end so ("Andreas Granqvist").
    !(run.to - nameFrom >= 2 && /^\p{Lu}\p{Ll}{3,}ists?$/u.test(tokens[nameFrom - 1]!.text))
  ) nameFrom--;
  // "He" closing a run after a name is a Chinese given name, not the pronoun: "Chinese
  // vice-premier Liu He" (scrapinghub/39d5c43beb6060).
  if (nameFrom === run.to && run.to - run.from >= 2 && tokens[run.to - 1]!.text === 'He' && isNameWord(tokens[run.to - 2]!)) nameFrom = run.to - 2;
  // And "He" opening a two-word run is the family name when a role or speech verb follows: "He
  // Jianxiong, the former executive director for China at the International Monetary Fund"
  // (scrapinghub/702d1da63b8e06); the pronoun is followed by a verb, not by a capitalised word.
  if (nameFrom === run.from + 1 && run.to - run.from === 2 && tokens[run.from]!.text === 'He' && isNameWord(tokens[run.from + 1]!)) {
    const after = tokens[run.from + 1]!.end;
    if (SPEECH_AFTER.test(text.slice(after, after + 20)) || titleAfter(text, after)) nameFrom = run.from;
  }
  while (nameFrom < run.to && NAME_PARTICLES.has(tokens[nameFrom]!.text)) nameFrom++;
  if (nameFrom >= run.to) return;
  const nameTokens = tokens.slice(nameFrom, run.to);
  const start = nameTokens[0]!.start;
  const end = nameTokens[nameTokens.length - 1]!.end;
  const name = cleanName(text.slice(start, end));

  const titleBeforeName = titleBefore(tokens, run, nameFrom, text);
  // A title ending in a preposition or article has the run as its object, an organisation:
  // "vice president of electrical engineering and planning for Con Edison", "director at the
  // D.A. Davidson brokerage", "founder of CorePower Yoga" (readability/nytimes-3, seattletimes-1,
  // yahoo-3).
  if (titleBeforeName && /\b(?:of|for|at|in|on|to|with|from|by|the|a|an)$/i.test(titleBeforeName)) return;
  // An appositive after the name wins over a role before its comma: "… in a letter to the
  // president in May, Zippy Duvall, president of the American Farm Bureau" (scrapinghub/702d1da63b8e06).
  const title = titleBeforeName ?? titleAfter(text, end) ?? titleBeforeComma(text.slice(Math.max(0, start - 160), start), text, end);
  // Names take no article: "a Responsible Federal Budget", "the Gush Etzion settlement bloc" are
  // not people unless a title or speech verb says so.
  // A capitalised article opening the run counts too: "The Sea Org requires members to sign …"
  // (GUM news, Scientology defector) is the Sea Org, not a person "Sea Org".
  const article =
    (run.from > 0 && nameFrom === run.from && /^(?:the|a|an)$/i.test(tokens[run.from - 1]!.text) && onlySpaceBetween(text, tokens[run.from - 1]!, tokens[run.from]!)) ||
    (nameFrom === run.from + 1 && /^(?:The|A|An)$/.test(tokens[run.from]!.text));
  const speech = SPEECH_AFTER.test(text.slice(end, end + 20)) || (SPEECH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^ ?[,.;]/.test(text.slice(end, end + 2)));
  // After an article only a speech verb makes a person: "Director of the National Iodine
  // Nutrition study" (GUM news) has a title before "the", but the run is the study's name.
  if (article && !speech) return;
  // A place or a building named after its lower-case kind is no person: "Ninety Mile beach"
  // (readability/guardian-1), "the city’s Hoa Lo prison" (scrapinghub/db6b0816c612).
  if (!title && !speech && PLACE_KIND_AFTER.test(text.slice(end, end + 16))) return;
  // Nor one named after its kind: "published in the journal Nature Astronomy" (scrapinghub/14cc2a0ca59c),
  // "the newspaper Le Monde", "the band Doobie Brothers".
  if (!title && !speech && KIND_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return;
  // A name with a word the story also writes in lower case, with nothing else to show it is a
  // person, is a thing: "Iodine Deficiency Disorders" beside "iodine", "the State and Homeland
  // Security Departments" beside "departments" (GUM news).
  const kin = KIN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  // Particles do not count: "Osama bin Laden" beside "bin" (readability/nytimes-1).
  if (!title && !speech && !kin && nameTokens.some((t) => t.capitalized && !NAME_PARTICLES.has(t.text.toLowerCase()) && lowerWords.has(t.text.toLowerCase()))) return;
  // A name opening with a common English word, or made of them, is a thing: "Successful
  // Stormtroopers share a high-five", "resign as Foreign Affairs minister", "the Kennedy Space
  // Center Visitor Complex" (GUM news). Given names that are also words ("Will", "Rose") are not
  // in the list.
  if (!title && !speech && !kin && nameTokens.length >= 2 && (COMMON_ENGLISH.has(nameTokens[0]!.text.toLowerCase()) || nameTokens.every((t) => COMMON_ENGLISH.has(t.text.toLowerCase())))) return;
  // A known person's surname opening a name is a modifier, not a given name: "there are also Warhol
  // Polaroid exhibits" after "Andy Warhol" (GUM news); the roster marks "Warhol". Not before a
  // hyphenated given name: "Joshua Wong … Wong Kwok-kin of FTU" (GUM news, Hong Kong election).
  if (!title && !speech && nameTokens.length === 2 && !nameTokens[1]!.text.includes('-') && !!surnames.get(nameTokens[0]!.text)?.some((p) => p.name !== p.surname)) return;
  if (nameTokens.length === 1) {
    // One word is a person only right after a title word, before a speech verb or after a family
    // noun ("Minister Abbasov", "Trump said", "child, Gloria"); otherwise the roster pass links it
    // to a full name given elsewhere. ("Minister of Communications" is a title's words, not a
    // person called Communications.) A lower-case word before it must be a role noun: in "many
    // fellow Republicans" it proves nothing.
    const before = nameFrom > 0 ? tokens[nameFrom - 1]! : null;
    // Joined by spaces only: in "Charles Bolden, NASA Administrator\n\nFile image of …" (GUM news)
    // the title ends a caption.
    const titleAdjacent = !!before && before.capitalized && TITLE_WORDS.has(before.text.toLowerCase().replace(/\.$/, '')) && onlySpaceBetween(text, before, nameTokens[0]!);
    // A single word after "of" is an organisation's or a place's: "The U.S. Department of
    // Agriculture notes, …" (GUM news, ozone).
    if (before?.text === 'of' && !titleAdjacent) return;
    // Or with an appositive role when the story has named someone with that surname: "Mayer,
    // Disney’s chairman of direct-to-consumer and international, said" after "Walt Disney Co.
    // executive Kevin Mayer" (scrapinghub/098bb3e96c0acd).
    const knownSurname = !!title && surnames.has(name);
    // A lower-case role noun right before one word names a person: "fashion designer Halston",
    // "Belgium striker Lukaku" (news style); not "many fellow Republicans" (a party, a demonym).
    const roleAdjacent = !!before && !before.capitalized && isTitleWord(before.text.toLowerCase()) && !SOURCE_NOUNS.has(before.text.toLowerCase()) && onlySpaceBetween(text, before, nameTokens[0]!);
    if (!titleAdjacent && !roleAdjacent && !speech && !kin && !knownSurname) return;
    if (PLACES.has(name) || DEMONYMS.has(name.toLowerCase()) || SOURCE_NOUNS.has(name.toLowerCase())) return;
  }
  const entry = personEntry(people, surnames, name, surnameOf(nameTokens, text));
  entry.mentions.push({ start, end });
  if (title && !entry.titles.includes(title)) entry.titles.push(title);
  addEvidence(entry, title ? 'title' : speech ? 'speech' : kin ? 'kin' : 'shape');
}

/** A family or person noun right before a name: "the death of their nine-month-old child, Gloria"
 * (GUM news, homeopathy trial), "his wife Manju Sam". */
const KIN_BEFORE = /\b(?:wife|husband|son|daughter|child|baby|infant|mother|father|brother|sister|grandmother|grandfather|grandson|granddaughter|niece|nephew|cousin|widow|widower|fiancée?|girlfriend|boyfriend|stepson|stepdaughter|boy|girl|teenager)(?: ?,[ \u00a0]*|[ \u00a0]+)$/;

/** A person appositive after a name: ", an Australian woman and former Scientologist", ", a
 * 14-year-old boy from Irving" (GUM news). */
const PERSON_APPOSITIVE = /^ ?,\s+(?:a|an)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:woman|man|boy|girl|teenager|mother|father|resident|student|citizen|national|native)\b/u;

/** "Valeska Paris, an Australian woman …": one name-like word before a one-word known place,
 * with a person appositive after it. */
function personBeforePlace(words: Token[], text: string): boolean {
  if (words.length !== 2 || !PLACES.has(words[1]!.text) || PLACES.has(words[0]!.text)) return false;
  if (PLACE_FIRST_WORDS.has(words[0]!.text.toLowerCase()) || !isNameWord(words[0]!)) return false;
  return PERSON_APPOSITIVE.test(text.slice(words[1]!.end, words[1]!.end + 80));
}

/** The longest known place made of consecutive words of a run, if the run is mostly that place
 * (at most one word beside it). */
function placeIn(words: Token[], text: string): string | null {
  for (let length = Math.min(words.length, 4); length >= 1; length--) {
    if (words.length - length > 1) break;
    for (let from = 0; from + length <= words.length; from++) {
      const candidate = text.slice(words[from]!.start, words[from + length - 1]!.end);
      if (PLACES.has(candidate)) return candidate;
    }
  }
  return null;
}

/** Whether a known place of two or three words ends at token `i` (not before `from`): in "Afghan
 * Ambassador to the United States Hamdullah Mohib" (GUM news, Afghan robotics team) the name
 * stops at "United States". */
function placeEndsAt(tokens: Token[], i: number, from: number, text: string): boolean {
  for (let length = 2; length <= 3 && i - length + 1 >= from; length++) {
    if (PLACES.has(text.slice(tokens[i - length + 1]!.start, tokens[i]!.end))) return true;
  }
  return false;
}

/** A place by its words: "Bering Sea", "Ninety Mile Beach", "Cape Canaveral", "Lower Manhattan". */
function placeByShape(words: Token[], text: string): string | null {
  if (words.length < 2) return null;
  const first = words[0]!.text.toLowerCase();
  const last = words[words.length - 1]!.text.toLowerCase();
  if (!PLACE_WORDS.has(last) && !PLACE_FIRST_WORDS.has(first)) return null;
  // A compass word before a nationality opens an adjective, and a title in the run is a person's:
  // "South Korean President Yoon Suk Yeol" (readability/schema-org-context-object) is no place.
  if (!PLACE_WORDS.has(last) && (DEMONYMS.has(words[1]!.text.toLowerCase()) || words.some((w) => isTitleWord(w.text.toLowerCase())))) return null;
  return text.slice(words[0]!.start, words[words.length - 1]!.end);
}

/** Whether a token is the first word of its sentence (after a block start or ". "). */
function startsSentence(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 4), token.start);
  return token.start === 0 || /(?:^|[.!?]["”’]?\s+|\n\s*|["“‘]\s*)$/.test(before);
}

/** A word that can be part of a person's name: capitalised, not a title, organisation or place
 * word, not a common word that happens to open a sentence. */
function isNameWord(token: Token, opensSentence = false, lowerWords?: Set<string>): boolean {
  if (!token.capitalized && !NAME_PARTICLES.has(token.text) && !ARABIC_ARTICLE.test(token.text)) return false;
  const lower = token.text.toLowerCase().replace(/\.$/, '');
  // A sentence-opening verb form is no name: "Hosting Cook at Dreamforce, …" (scrapinghub/291a8bf33ee4).
  // An "-ed" word is a verb only if the story also writes it in lower case: "Ahmed Mohamed, a
  // 14-year-old boy" (GUM news) opens a sentence with a given name.
  if (opensSentence && (lower.endsWith('ing') || (lower.endsWith('ed') && (!lowerWords || lowerWords.has(lower))))) return false;
  // A sentence-opening word the story also writes in lower case: "File image of …", "Election
  // Results" (GUM news).
  if (opensSentence && lowerWords?.has(lower)) return false;
  // A sentence-opening compound with a small letter after its hyphen is a common noun, not a
  // given name: "Singer-guitarists Tom Johnston and Pat Simmons" (scrapinghub/ac1bfdd4c510).
  if (opensSentence && /^\p{Lu}\p{Ll}+-\p{Ll}/u.test(token.text)) return false;
  if (isTitleWord(lower) || ORGANIZATION_WORDS.has(lower) || COMMON_WORDS.has(lower)) return false;
  // A common word with a contraction: "We’ve said this before, …" (scrapinghub/65bf3048b500),
  // "It’s", "There’s". A name keeps its possessive: "Smith’s".
  if (COMMON_WORDS.has(lower.replace(/['’](?:s|ve|d|ll|m|re)$/, ''))) return false;
  if (PLACES.has(token.text) || DEMONYMS.has(lower) || KNOWN_ORGANIZATIONS.has(token.text)) return false;
  // Party and state after a lawmaker's name: "John Cornyn, U.S. Senator (R-Texas)" (GUM news).
  if (/^\p{Lu}-\p{Lu}/u.test(token.text)) return false;
  // All-capital words of two to five letters are acronyms (ITU, CIS), not names.
  if (/^\p{Lu}{2,5}$/u.test(token.text)) return false;
  return !/\p{N}/u.test(token.text);
}

/** The longest title before a name, in words: "head of the zonal office of the CIS International
 * Telecommunication Union (ITU)" has 14. */
const MAX_TITLE_TOKENS = 24;

/**
 * The title the text gives right before a name:
 * - capitalised, inside the same run or joined by "of"/"and": "ITU Secretary General",
 *   "Minister of Communications and High Technologies";
 * - a lower-case role phrase: "the head of the zonal office of … (ITU)", "coach".
 */
function titleBefore(tokens: Token[], run: Run, nameFrom: number, text: string): string | null {
  // Walk back over title words, capitalised words and connectors, stopping at punctuation, and
  // after MAX_TITLE_TOKENS: a page of 20,000 capitalised words and connectors with no stop in
  // between ("Alpha of Beta Alpha of Beta …") walked back over all of them from every name, 108 s.
  let first = nameFrom;
  let hasTitleWord = false;
  for (let i = nameFrom - 1; i >= Math.max(0, nameFrom - MAX_TITLE_TOKENS); i--) {
    const token = tokens[i]!;
    if (!onlySpaceBetween(text, token, tokens[i + 1]!)) break;
    const lower = token.text.toLowerCase().replace(/\.$/, '');
    // Lower-case title words join too: "Salesforce founder and co-CEO Marc Benioff".
    if (i < run.from && !token.capitalized && !TITLE_CONNECTORS.has(lower) && !isTitleWord(lower)) break;
    if (isTitleWord(lower)) hasTitleWord = true;
    first = i;
  }
  // Drop leading connectors, determiners and honorifics ("the Minister" → "Minister", "of ITU …"
  // → "ITU …"); "Mr." alone is not a title worth reporting.
  const skippable = (t: Token): boolean => {
    const lower = t.text.toLowerCase();
    // Not every common word: "New York Gov. Andrew Cuomo" keeps its "New".
    return TITLE_CONNECTORS.has(lower) || LEADING_FILLERS.has(lower) || HONORIFICS.has(lower);
  };
  while (first < nameFrom && skippable(tokens[first]!)) first++;
  // A name and "and" before the title belong to someone else: "talks between Trump and Chinese
  // vice-premier Liu He" (scrapinghub/39d5c43beb60) → "Chinese vice-premier"; "Minister of
  // Communications and High Technologies" keeps its "and" (the title word is before it).
  for (let k = nameFrom - 2; k > first; k--) {
    if (tokens[k]!.text !== 'and') continue;
    if (!hasTitleWordIn(tokens, first, k) && hasTitleWordIn(tokens, k + 1, nameFrom)) first = k + 1;
    break;
  }
  if (hasTitleWord && first < nameFrom) {
    let last = nameFrom - 1;
    // Two names after one plural role share it: "cabinet ministers Jonathan Moyo and Saviour
    // Kasukuwere" (readability/telegraph): the second takes the role, not "ministers Jonathan Moyo and".
    if (tokens[last]!.text === 'and') {
      while (last > first && (tokens[last]!.capitalized || tokens[last]!.text === 'and')) last--;
      if (!isTitleWord(tokens[last]!.text.toLowerCase())) return null;
    }
    return singularRole(text.slice(tokens[first]!.start, tokens[last]!.end));
  }
  const before = text.slice(Math.max(0, tokens[nameFrom]!.start - 160), tokens[nameFrom]!.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
  const role = ROLE_BEFORE.exec(clause);
  return role ? role[1]!.trim() : null;
}

function hasTitleWordIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isTitleWord(tokens[i]!.text.toLowerCase().replace(/\.$/, ''))) return true;
  return false;
}

/** The clause before ", Name" when it ends in a role: "Sudan’s president, Omar Hassan al-Bashir,"
 * (readability/nytimes-1), "The leader of Ennahda, Rachid Ghannouchi," (wapo-1), "WeWork’s
 * founder and former CEO, Adam Neumann," (scrapinghub/06e5123e4ef7cf), "his Chinese counterpart,
 * Xi Jinping,". The name must close the appositive (a comma, full stop or clause end follows):
 * in "the ministers, John Smith said" the comma is not an appositive's. */
const ROLE_THEN_COMMA = /(?:^|[\s(])((?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:\p{L}[\p{L}.-]*[’']s\s+)?(?:[\p{Ll}-]+\s+){0,3}?([\p{L}-]+)(?:\s+(?:of|for|at|to|in)\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+(?:\p{Lu}[\p{L}.&-]*|of|and|the|for))*)?),\s+$/u;

function titleBeforeComma(before: string, text: string, end: number): string | null {
  if (!/^\s*(?:[,.;:)]|$)/.test(text.slice(end, end + 3)) || !/,\s+$/.test(before)) return null;
  const trimmed = before.replace(/\s*,\s+$/, '');
  const clause = trimmed.slice(Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf('.'), trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('“'), trimmed.lastIndexOf('"'), trimmed.lastIndexOf(';')) + 1) + ', ';
  const m = ROLE_THEN_COMMA.exec(clause);
  if (!m || !isTitleWord(m[2]!.toLowerCase())) return null;
  // Drop the determiner the phrase opens with ("The leader of Ennahda" → "leader of Ennahda").
  const title = m[1]!.replace(/^(?:the|a|an|his|her|their|its|our)\s+/i, '').trim();
  return NON_OFFICIAL_TITLES.has(title.toLowerCase()) ? null : title;
}

/** A plural role before names is each one's role: "cabinet ministers Jonathan Moyo and …" → "cabinet
 * minister". */
function singularRole(title: string): string {
  const space = title.lastIndexOf(' ');
  const last = title.slice(space + 1);
  if (!last.endsWith('s') || !isTitleWord(last.slice(0, -1).toLowerCase())) return title;
  return title.slice(0, -1);
}

/** Generational suffixes are not surnames: "James P. Kennedy Jr." is Kennedy. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|V)\.?$/;

/** The surname as written (with any soft hyphen, like the name). */
function surnameOf(nameTokens: Token[], text: string): string {
  let i = nameTokens.length - 1;
  while (i > 0 && NAME_SUFFIX.test(nameTokens[i]!.text)) i--;
  return text.slice(nameTokens[i]!.start, nameTokens[i]!.end);
}

/** "co-CEO", "vice-president", "ex-minister" are titles as much as "CEO". */
function isTitleWord(lower: string): boolean {
  if (TITLE_WORDS.has(lower) || TITLE_WORDS.has(lower.replace(/^(?:co|vice|ex|deputy|acting)-/, ''))) return true;
  // Hyphenated offices: "Attorney-General George Brandis" (readability/herald-sun-1),
  // "Director-General", "President-elect".
  const dash = lower.indexOf('-');
  return dash > 0 && (TITLE_WORDS.has(lower.slice(0, dash)) || TITLE_WORDS.has(lower.slice(dash + 1)));
}

/** An appositive right after the name: "Eric Reeves, a senior fellow at … Harvard University,",
 * "James P. Kennedy Jr., the U.S. Attorney for the Western District of New York," (dots inside
 * abbreviations do not end it; scrapinghub/7a457a4f71735c),
 * "Lotfi Azzouz, Tunisia country director for Amnesty International,". Ages ("Webb, 51,") and
 * relative clauses ("who said …") are not titles. */
const APPOSITIVE_AFTER = /^ ?,\s+(?:(?:a|an|the)\s+)?([^,.;:()"“”\n]{3,120}?)(?=\s*[,.;:]|$)/u;

const WHO_AS = /^ ?,\s+who\s+(?:[^,.;:"“”\n]{0,60}?\s)?(?:as|is|was)\s+(?:a|an|the)\s+([^,.;:()"“”\n]{3,100}?)(?=\s*[,.;:]|$)/u;

/** Role nouns that count only in an appositive: "says Parata, a fierce and uncompromising elder of
 * the Ngātiwai tribe" (readability/guardian-1); before a name "Elder" is a surname (Larry Elder). */
const APPOSITIVE_ROLES = new Set(['elder', 'elders']);

function titleAfter(text: string, end: number): string | null {
  // Tokenised text puts a space before the comma ("Duvall , president of …"; CoNLL-style corpora).
  if (text.charCodeAt(end) !== 44 /* , */ && !(text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 44)) return null;
  const window = text.slice(end, end + 200);
  // "Tom Forte, who follows Amazon as a managing director at the D.A. Davidson brokerage"
  // (readability/seattletimes-1), "Smith, who is the city’s mayor".
  const who = WHO_AS.exec(window.replace(/\b(\p{Lu})\./gu, '$1\u00b7'));
  if (who) {
    const role = window.slice(who[0].length - who[1]!.length, who[0].length).trim();
    if (role.toLowerCase().split(/\s+/).some((w) => isTitleWord(w.replace(/[’']s$/, '')))) return role;
  }
  // Dots of initials and abbreviations ("U.S.") do not close the appositive: mask them (same length).
  const m = APPOSITIVE_AFTER.exec(window.replace(/\b(\p{Lu})\./gu, '$1\u00b7'));
  if (!m) return null;
  const phrase = window.slice(m[0].length - m[1]!.length, m[0].length).trim();
  // Nor is a verb phrase: "The priest, Fidelis Mukonori, is acting as a middle-man between Mr
  // Mugabe and the generals" (readability/telegraph).
  if (/^(?:\d|who\b|which\b|whose\b|where\b|when\b|said\b|says\b|and\b|but\b|is\b|was\b|are\b|were\b|has\b|had\b|have\b|will\b|would\b|could\b|can\b|did\b|does\b)/i.test(phrase)) return null;
  // Nor a prepositional phrase: "Rex Tillerson, over his connections to Russian President Vladimir
  // Putin" (readability/yahoo-3).
  if (/^(?:over|about|after|before|in|on|at|with|for|from|by|during|despite|as|to|into|under|since|until|amid|among)\b/i.test(phrase)) return null;
  // The role is the head before any relative clause, and an honorific in it is no role: "Gucci
  // Grace, a former government typist who started having an affair with Mr Mugabe …" (telegraph).
  const head = phrase.split(/\s+(?:who|which|that|whose)\s/)[0]!;
  const words = head.toLowerCase().split(/\s+/).filter((w) => !HONORIFICS.has(w));
  // "a senior fellow at …": fellow is a title only with its institution.
  if (/\bfellows? (?:at|of|with)\b/i.test(phrase)) return phrase;
  return words.some((w) => isTitleWord(w.replace(/[’']s$/, '')) || APPOSITIVE_ROLES.has(w)) ? phrase : null;
}

type SurnameIndex = Map<string, PersonEntry[]>;

function indexSurname(index: SurnameIndex, entry: PersonEntry): void {
  const list = index.get(entry.surname);
  if (list) list.push(entry);
  else index.set(entry.surname, [entry]);
}

function personEntry(people: Map<string, PersonEntry>, index: SurnameIndex, name: string, surname: string): PersonEntry {
  // "Orozobek Kayikov" and a later "Kayikov" (with a title or speech verb) are one person.
  const existing = people.get(name) ?? index.get(name)?.[0] ?? index.get(surname)?.find((p) => p.name.includes(name));
  if (existing) {
    if (existing.name.split(' ').length < name.split(' ').length) {
      people.delete(existing.name);
      const old = index.get(existing.surname);
      if (old) old.splice(old.indexOf(existing), 1);
      existing.name = name;
      existing.surname = surname;
      people.set(name, existing);
      indexSurname(index, existing);
    }
    return existing;
  }
  const entry: PersonEntry = { name, surname, titles: [], evidence: [], mentions: [] };
  people.set(name, entry);
  indexSurname(index, entry);
  return entry;
}

function addEvidence(entry: PersonEntry, evidence: Evidence): void {
  if (!entry.evidence.includes(evidence)) entry.evidence.push(evidence);
}

/**
 * One roster per story. Every full name of a rostered person is a mention wherever it stands,
 * even after an article or inside a longer capitalised run ("the Tom Cruise video", "the Andy
 * Warhol Foundation": GUM news marks the person there). Then every bare surname of a person
 * ("Kayikov said") and every bare given name that no one else in the story shares ("Daniel was
 * picked up by an investigator" after "Daniel Montalvo", GUM news) is a mention of that person.
 */
function addRosterMentions(tokens: Token[], text: string, people: Map<string, PersonEntry>, credits: Span[]): void {
  mergeSurnameOnlyEntries(people);
  // Names are compared as written (tokens read through soft hyphens; see tokenizeNames).
  const soft = text.includes('\u00ad');
  const written = (t: Token): string => (soft ? text.slice(t.start, t.end) : t.text);
  const known = [...people.values()].filter((p) => p.evidence.length > 0);
  // Every mention so far, so a surname inside another person's name is left alone ("Habib" in
  // "Habib Essid" is not Heba Habib).
  // Credit lines count as taken: no roster mention there either.
  const taken = [...known.flatMap((p) => p.mentions), ...credits].sort((a, b) => a.start - b.start);
  const inside = (start: number, end: number): boolean => {
    // Whether [start, end) overlaps a mention: binary search for the last one starting at or
    // before `start` (mentions do not nest more than a couple deep), then look at the next one.
    let lo = 0;
    let hi = taken.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.start <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = found; k >= 0 && k > found - 3; k--) if (taken[k]!.end > start) return true;
    return found + 1 < taken.length && taken[found + 1]!.start < end;
  };

  const byFirstWord = new Map<string, { person: PersonEntry; words: string[] }[]>();
  for (const person of known) {
    const words = person.name.split(' ');
    if (words.length < 2) continue;
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ person, words });
    byFirstWord.set(words[0]!, list);
  }
  const added: { person: PersonEntry; span: Span }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const { person, words } of byFirstWord.get(written(tokens[i]!)) ?? []) {
      let k = 1;
      while (k < words.length && tokens[i + k] && written(tokens[i + k]!) === words[k] && onlySpaceBetween(text, tokens[i + k - 1]!, tokens[i + k]!)) k++;
      if (k < words.length) continue;
      const span = { start: tokens[i]!.start, end: tokens[i + k - 1]!.end };
      if (!inside(span.start, span.end)) added.push({ person, span });
      i += k - 1;
      break;
    }
  }
  for (const { person, span } of added) {
    person.mentions.push(span);
    addEvidence(person, 'roster');
    taken.push(span);
  }
  taken.sort((a, b) => a.start - b.start);

  // Two people may share a word: "Lee Jae-myung" and "Interior Minister Lee Sang-min", two Smiths.
  const bySurname = new Map<string, PersonEntry[]>();
  const add = (map: Map<string, PersonEntry[]>, word: string, person: PersonEntry): void => void map.set(word, [...(map.get(word) ?? []), person]);
  for (const person of known) {
    // A surname that is also a common word is left alone: "Liu He" must not claim every "He".
    if (COMMON_WORDS.has(person.surname.toLowerCase())) continue;
    // A one-word name joins the roster only when a title or a family noun introduced it: "their
    // nine-month-old child, Gloria. … Gloria developed severe eczema" (GUM news, homeopathy
    // trial); "Microsoft says" makes no one-word person worth looking for again.
    if (person.name === person.surname) {
      if (person.evidence.includes('kin') || person.evidence.includes('title')) add(bySurname, person.name, person);
      continue;
    }
    add(bySurname, person.surname, person);
  }
  const byGiven = new Map<string, PersonEntry[]>();
  for (const person of known) {
    const given = person.name.split(' ')[0]!;
    if (person.name === person.surname || bySurname.has(given) || !isNameWord({ text: given, start: 0, end: 0, capitalized: true })) continue;
    // Initials and honorific-led names are no given names: "J. Smith", "Mr Smith".
    if (given.length < 3 || given.endsWith('.')) continue;
    add(byGiven, given, person);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = written(token);
    let person = namedLast(bySurname.get(word), token.start);
    if (!person) {
      // A given name alone, not the start of another name: "Daniel knows", not "Daniel Craig".
      const next = tokens[i + 1];
      const joinedToName = next?.capitalized === true && onlySpaceBetween(text, token, next);
      if (!joinedToName) person = namedLast(byGiven.get(word), token.start);
    }
    if (!person || inside(token.start, token.end)) continue;
    person.mentions.push({ start: token.start, end: token.end });
    addEvidence(person, 'roster');
  }
}

/**
 * Which of the people a bare word may stand for it does stand for at `at`: the only one, or the one
 * whose name the story wrote last before it ("Lee Jae-myung, leader of the liberal opposition …
 * “…,” Lee said." before "Interior Minister Lee Sang-min" comes up, readability/schema-org-context-object);
 * none when several share it and none was named before.
 */
function namedLast(people: PersonEntry[] | undefined, at: number): PersonEntry | undefined {
  if (!people || people.length < 2) return people?.[0];
  let best: PersonEntry | undefined;
  let bestAt = -1;
  for (const person of people) {
    for (const m of person.mentions) {
      if (m.start < at && m.start > bestAt) {
        best = person;
        bestAt = m.start;
      }
    }
  }
  return best;
}

/**
 * "Smith said the talks went well. Later John Smith, the mayor, …": a one-word entry (found by a
 * speech verb or title) joins the one full name in the story with that surname, whichever came
 * first. With no such surname, it joins the one full name that opens with it: a family name
 * written first, "South Korean President Yoon Suk Yeol apologised … Yoon said he would not declare
 * martial law again" (readability/schema-org-context-object), or a first name alone.
 */
function mergeSurnameOnlyEntries(people: Map<string, PersonEntry>): void {
  const bySurname = new Map<string, PersonEntry[]>();
  const byFirstWord = new Map<string, PersonEntry[]>();
  for (const person of people.values()) {
    if (person.name === person.surname) continue;
    bySurname.set(person.surname, [...(bySurname.get(person.surname) ?? []), person]);
    const first = person.name.split(' ')[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), person]);
  }
  for (const single of [...people.values()]) {
    if (single.name !== single.surname) continue;
    const full = bySurname.get(single.name) ?? byFirstWord.get(single.name);
    if (!full) continue;
    // Each mention goes to the one full name, or to the one the story wrote last before it; the
    // titles go with the first mention that has somewhere to go.
    const kept = single.mentions.filter((mention) => {
      const target = namedLast(full, mention.start);
      if (!target) return true;
      target.mentions.push(mention);
      if (single.titles.length) for (const t of single.titles.splice(0)) if (!target.titles.includes(t)) target.titles.push(t);
      for (const e of single.evidence) addEvidence(target, e);
      return false;
    });
    if (kept.length) single.mentions = kept;
    else people.delete(single.name);
  }
}

/** A lower-case kind of place or building right after a name: "Hoa Lo prison", "Ninety Mile beach". */
const PLACE_KIND_AFTER = /^ (?:beach|prison|jail|hospital|clinic|school|street|road|avenue|bridge|park|river|lake|mountain|island|airport|station|stadium|church|mosque|temple|cathedral|hotel|museum|campus|building|tower|square|valley|county|district|province|canyon|desert|forest)\b/;

/** A lower-case kind of work or organisation right before a name: "the journal Nature Astronomy". */
const KIND_BEFORE = /\b(?:journal|newspaper|magazine|tabloid|website|blog|podcast|band|group|firm|company|startup|app|network|channel|station|show|series|film|movie|album|song|book|novel|game|ship|vessel|hospital|school|party)\s+$/;

/** Words a sentence may open with before an organisation's name, no part of it: "The", "Some
 * White House officials" (scrapinghub/39d5c43beb60), "In", "But". Capitalised only: a run of
 * capitalised words opens with them (speakers.ts's BEFORE_NAME is the narrower list for a
 * speaker phrase). */
const ORGANIZATION_OPENER = /^(?:(?:The|A|An|Some|Many|Most|Several|All|Both|Each|Other|In|At|On|For|From|By|With|After|Before|But|And|Or|If|When|While|As|Since|This|That|These|Those|Our|Their|Its|His|Her)\s+)+/;

/** "International Telecommunication Union (ITU)": the name, with the acronym as an alias. */
function addOrganization(name: string, end: number, text: string, organizations: Map<string, Organization>): void {
  const cleaned = name.replace(ORGANIZATION_OPENER, '');
  const acronym = /^\s*\(([\p{Lu}\p{N}&-]{2,10})\)/u.exec(text.slice(end, end + 14));
  const existing = organizations.get(cleaned);
  const org = existing ?? { name: cleaned, aliases: [] };
  if (acronym && !org.aliases.includes(acronym[1]!)) org.aliases.push(acronym[1]!);
  organizations.set(cleaned, org);
}

/** True when a person's titles make them an official (not just "Mr" or "Dr"). */
export function isOfficial(titles: string[]): boolean {
  return titles.some((t) => !NON_OFFICIAL_TITLES.has(t.toLowerCase().replace(/\.$/, '')));
}
