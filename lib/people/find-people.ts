/**
 * Named people in a story, with the titles the story gives them, and one roster per story:
 * "Kayikov" after "Orozobek Kayikov" is the same person. Rules and word lists, no model:
 * it must run in a few milliseconds inside a content script.
 */
import type { Organization, Place, Span } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { COMMON_WORDS, DEMONYMS, HONORIFICS, NON_OFFICIAL_TITLES, ORGANIZATION_WORDS, PLACE_FIRST_WORDS, PLACE_WORDS, PLACES, SOURCE_NOUNS, TITLE_WORDS } from './lexicon';

export type Evidence = 'title' | 'speech' | 'shape' | 'roster';

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
/** Speech verbs right after a name are evidence that it names a person ("Kayikov said"). */
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:said|says|told|added|noted|stressed|explained|warned|wrote|tweeted|argued|claimed|announced|stated|asked|replied|insisted|recalled|continued)\b/;
/** A lower-case role right before a name: "the head of the zonal office of the CIS … (ITU) Orozobek
 * Kayikov", "coach Shu Kamo", "former president Barack Obama". Group 1 is the role phrase. */
const ROLE_BEFORE = /(?:^|[\s(])((?:(?:former|acting|deputy|vice|assistant|chief|senior|executive|general|interim|then|press|foreign|prime|state|district|county|city|police|fire|health|finance|defense|defence|interior|justice|education|economy|trade|energy|transport|agriculture|communications)[ -])*(?:head|chief|director|minister|president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|governor|mayor|senator|ambassador|envoy|commissioner|coach|manager|professor|judge|leader|founder|ceo|officer|official|analyst|economist|researcher|lawyer|attorney|prosecutor|adviser|advisor|editor|captain|commander|general)(?: (?:of|for|at|in)(?: (?:\p{L}[\p{L}.'-]*|\([\p{Lu}\p{N}]+\))){1,14})?)\s$/iu;

export function findPeople(text: string): PeopleResult {
  const tokens = tokenize(text);
  const people = new Map<string, PersonEntry>();
  const organizations = new Map<string, Organization>();
  const places = new Map<string, Place>();

  for (const run of capitalizedRuns(tokens, text)) {
    readRun(run, tokens, text, people, organizations, places);
  }
  addRosterMentions(tokens, text, people);
  const list = [...people.values()].filter((p) => p.evidence.length > 0);
  for (const person of list) person.mentions.sort((a, b) => a.start - b.start);
  list.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { people: list, organizations: [...organizations.values()], places: [...places.values()] };
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
    // Particles join a name when a capitalised word follows, possibly after another particle:
    // "Ursula von der Leyen".
    const particleOk = (j: number): boolean =>
      NAME_PARTICLES.has(tokens[j]?.text ?? '') && (tokens[j + 1]?.capitalized === true || particleOk(j + 1));
    const inName = token && (token.capitalized || (joined && particleOk(i)));
    if (inName && (from < 0 || joined)) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) runs.push({ from, to: i });
    from = inName ? i : -1;
  }
  return runs;
}

/** Spaces, no-break spaces and zero-width characters only (pages put U+200B and U+2060 inside names). */
function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0\u200b-\u200d\u2060\ufeff]+$/.test(text.slice(a.end, b.start));
}

/** Invisible characters that pages leave inside names (soft hyphens, zero-width spaces). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

function cleanName(name: string): string {
  return name.replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ');
}

function readRun(
  run: Run,
  tokens: Token[],
  text: string,
  people: Map<string, PersonEntry>,
  organizations: Map<string, Organization>,
  places: Map<string, Place>,
): void {
  const words = tokens.slice(run.from, run.to);
  const runText = text.slice(words[0]!.start, words[words.length - 1]!.end);

  // "Hong Kong", "In Hong Kong", "Hong Kong Island": a place, whatever opens or closes the run.
  const place = placeIn(words, text) ?? placeByShape(words, text);
  if (place) {
    places.set(place, { name: place });
    return;
  }
  const lastWord = words[words.length - 1]!.text.toLowerCase();
  if (ORGANIZATION_WORDS.has(lastWord) && words.length > 1) {
    addOrganization(runText, words[words.length - 1]!.end, text, organizations);
    return;
  }

  // The name is the longest tail of the run made of name-like words (at most four; two after a
  // title's "of": "Secretary of State Mike Pompeo" is Mike Pompeo, not "State Mike Pompeo").
  const afterTitleOf = run.from >= 2 && tokens[run.from - 1]!.text === 'of' && isTitleWord(tokens[run.from - 2]!.text.toLowerCase());
  const maxName = afterTitleOf ? 2 + words.filter((w) => /^\p{Lu}\.$/u.test(w.text)).length : 4;
  let nameFrom = run.to;
  while (nameFrom > run.from && run.to - nameFrom < maxName && isNameWord(tokens[nameFrom - 1]!, nameFrom - 1 === run.from && startsSentence(text, tokens[nameFrom - 1]!))) nameFrom--;
  while (nameFrom < run.to && NAME_PARTICLES.has(tokens[nameFrom]!.text)) nameFrom++;
  if (nameFrom >= run.to) return;
  const nameTokens = tokens.slice(nameFrom, run.to);
  const start = nameTokens[0]!.start;
  const end = nameTokens[nameTokens.length - 1]!.end;
  const name = cleanName(text.slice(start, end));

  const title = titleBefore(tokens, run, nameFrom, text) ?? titleAfter(text, end);
  // Names take no article: "a Responsible Federal Budget", "the Gush Etzion settlement bloc" are
  // not people unless a title or speech verb says so.
  const article = run.from > 0 && nameFrom === run.from && /^(?:the|a|an)$/i.test(tokens[run.from - 1]!.text) && onlySpaceBetween(text, tokens[run.from - 1]!, tokens[run.from]!);
  const speech = SPEECH_AFTER.test(text.slice(end, end + 20));
  if (article && !title && !speech) return;
  if (nameTokens.length === 1) {
    // One word is a person only right after a title word or before a speech verb ("Minister
    // Abbasov", "Trump said"); otherwise the roster pass links it to a full name given elsewhere.
    // ("Minister of Communications" is a title's words, not a person called Communications.)
    // The title must be capitalised ("Minister Abbasov", "Gov. Holcomb"): in "many fellow
    // Republicans" a lower-case word before a capitalised one proves nothing.
    const before = nameFrom > 0 ? tokens[nameFrom - 1]! : null;
    const titleAdjacent = !!before && before.capitalized && TITLE_WORDS.has(before.text.toLowerCase().replace(/\.$/, ''));
    if (!titleAdjacent && !speech) return;
    if (PLACES.has(name) || DEMONYMS.has(name.toLowerCase()) || SOURCE_NOUNS.has(name.toLowerCase())) return;
  }
  const entry = personEntry(people, name, surnameOf(nameTokens));
  entry.mentions.push({ start, end });
  if (title && !entry.titles.includes(title)) entry.titles.push(title);
  addEvidence(entry, title ? 'title' : speech ? 'speech' : 'shape');
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

/** A place by its words: "Bering Sea", "Ninety Mile Beach", "Cape Canaveral", "Lower Manhattan". */
function placeByShape(words: Token[], text: string): string | null {
  if (words.length < 2) return null;
  const first = words[0]!.text.toLowerCase();
  const last = words[words.length - 1]!.text.toLowerCase();
  if (!PLACE_WORDS.has(last) && !PLACE_FIRST_WORDS.has(first)) return null;
  return text.slice(words[0]!.start, words[words.length - 1]!.end);
}

/** Whether a token is the first word of its sentence (after a block start or ". "). */
function startsSentence(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 4), token.start);
  return token.start === 0 || /(?:^|[.!?]["”’]?\s+|\n\s*|["“‘]\s*)$/.test(before);
}

/** A word that can be part of a person's name: capitalised, not a title, organisation or place
 * word, not a common word that happens to open a sentence. */
function isNameWord(token: Token, opensSentence = false): boolean {
  if (!token.capitalized && !NAME_PARTICLES.has(token.text)) return false;
  const lower = token.text.toLowerCase().replace(/\.$/, '');
  // A sentence-opening verb form is no name: "Hosting Cook at Dreamforce, …" (scrapinghub/291a8bf33ee4).
  if (opensSentence && /(?:ing|ed)$/.test(lower)) return false;
  if (TITLE_WORDS.has(lower) || ORGANIZATION_WORDS.has(lower) || COMMON_WORDS.has(lower)) return false;
  if (PLACES.has(token.text) || DEMONYMS.has(lower)) return false;
  // All-capital words of two to five letters are acronyms (ITU, CIS), not names.
  if (/^\p{Lu}{2,5}$/u.test(token.text)) return false;
  return !/\p{N}/u.test(token.text);
}

/**
 * The title the text gives right before a name:
 * - capitalised, inside the same run or joined by "of"/"and": "ITU Secretary General",
 *   "Minister of Communications and High Technologies";
 * - a lower-case role phrase: "the head of the zonal office of … (ITU)", "coach".
 */
function titleBefore(tokens: Token[], run: Run, nameFrom: number, text: string): string | null {
  // Walk back over title words, capitalised words and connectors, stopping at punctuation.
  let first = nameFrom;
  let hasTitleWord = false;
  for (let i = nameFrom - 1; i >= 0; i--) {
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
  if (hasTitleWord && first < nameFrom) return text.slice(tokens[first]!.start, tokens[nameFrom - 1]!.end);
  const before = text.slice(Math.max(0, tokens[nameFrom]!.start - 160), tokens[nameFrom]!.start);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
  const role = ROLE_BEFORE.exec(clause);
  return role ? role[1]!.trim() : null;
}

/** Generational suffixes are not surnames: "James P. Kennedy Jr." is Kennedy. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|V)\.?$/;

function surnameOf(nameTokens: Token[]): string {
  for (let i = nameTokens.length - 1; i > 0; i--) if (!NAME_SUFFIX.test(nameTokens[i]!.text)) return nameTokens[i]!.text;
  return nameTokens[0]!.text;
}

/** "co-CEO", "vice-president", "ex-minister" are titles as much as "CEO". */
function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || TITLE_WORDS.has(lower.replace(/^(?:co|vice|ex|deputy|acting)-/, ''));
}

/** An appositive right after the name: "Eric Reeves, a senior fellow at … Harvard University,",
 * "Lotfi Azzouz, Tunisia country director for Amnesty International,". Ages ("Webb, 51,") and
 * relative clauses ("who said …") are not titles. */
const APPOSITIVE_AFTER = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:()"“”\n]{3,120}?)(?=\s*[,.;:]|$)/;

function titleAfter(text: string, end: number): string | null {
  const m = APPOSITIVE_AFTER.exec(text.slice(end, end + 200));
  if (!m) return null;
  const phrase = m[1]!.trim();
  if (/^(?:\d|who\b|which\b|whose\b|where\b|when\b|said\b|says\b|and\b|but\b)/i.test(phrase)) return null;
  const words = phrase.toLowerCase().split(/\s+/);
  // "a senior fellow at …": fellow is a title only with its institution.
  if (/\bfellows? (?:at|of|with)\b/i.test(phrase)) return phrase;
  return words.some((w) => isTitleWord(w.replace(/[’']s$/, ''))) ? phrase : null;
}

function personEntry(people: Map<string, PersonEntry>, name: string, surname: string): PersonEntry {
  // "Orozobek Kayikov" and a later "Kayikov" (with a title or speech verb) are one person.
  const existing = people.get(name) ?? [...people.values()].find((p) => p.surname === name || p.surname === surname && p.name.includes(name));
  if (existing) {
    if (existing.name.split(' ').length < name.split(' ').length) {
      people.delete(existing.name);
      existing.name = name;
      existing.surname = surname;
      people.set(name, existing);
    }
    return existing;
  }
  const entry: PersonEntry = { name, surname, titles: [], evidence: [], mentions: [] };
  people.set(name, entry);
  return entry;
}

function addEvidence(entry: PersonEntry, evidence: Evidence): void {
  if (!entry.evidence.includes(evidence)) entry.evidence.push(evidence);
}

/** Every later bare surname of a rostered person is a mention of that person ("Kayikov said"). */
function addRosterMentions(tokens: Token[], text: string, people: Map<string, PersonEntry>): void {
  const bySurname = new Map<string, PersonEntry>();
  for (const person of people.values()) {
    if (person.evidence.length > 0 && person.name !== person.surname) bySurname.set(person.surname, person);
  }
  // Every full mention, so a surname inside another person's name is left alone ("Habib" in
  // "Habib Essid" is not Heba Habib).
  const taken = [...people.values()].flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  let t = 0;
  for (const token of tokens) {
    const person = bySurname.get(token.text);
    if (!person) continue;
    while (t < taken.length && taken[t]!.end <= token.start) t++;
    if (t < taken.length && taken[t]!.start <= token.start && token.end <= taken[t]!.end) continue;
    person.mentions.push({ start: token.start, end: token.end });
    addEvidence(person, 'roster');
  }
}

/** "International Telecommunication Union (ITU)": the name, with the acronym as an alias. */
function addOrganization(name: string, end: number, text: string, organizations: Map<string, Organization>): void {
  const cleaned = name.replace(/^(?:The|A|An)\s+/, '');
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
