/**
 * Who a speaker phrase refers to: a named person from the story's roster, a pronoun or role noun
 * resolved to a person named earlier, an organisation, or an anonymous source.
 */
import type { Span, SpeakerResolution } from '../types';
import type { PersonEntry } from '../people/find-people';
import { ORGANIZATION_WORDS, SOURCE_NOUNS, TITLE_ABBREVIATIONS } from '../people/lexicon';

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
  /^(?:(?:a|an|one|two|three|four|several|some|other|many|multiple|senior|government|administration|u\.s\.|western|\p{Lu}\p{L}+)\s+)*(?:[\p{L}-]+\s+){0,3}?(?:officials?|sources?|persons?|people|aides?|diplomats?|officers?|spokes(?:man|woman|person)|employees?|staffers?|insiders?|executives?|analysts?|members?|residents?|witnesses?|experts?|critics?|observers?|investigators?|lawmakers?|activists?|doctors?|scientists?|researchers?|authorities|police)\b/iu;
/** Indefinite or plural openings: an anonymous source, not a reference back to a named one. */
const INDEFINITE = /^(?:a|an|one|two|three|four|several|some|other|many|multiple|officials|sources|people|authorities|police|analysts|experts|critics|residents|witnesses|investigators|lawmakers|activists|diplomats|observers)\b/i;
/** Nouns for one unnamed source: "the source told Reuters", "his spokesman said" — anonymous
 * unless the story gave that role to a named person. */
const ANONYMOUS_HEADS = new Set(['source', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'diplomat', 'person', 'insider', 'officer', 'employee', 'staffer', 'executive', 'analyst', 'member', 'resident', 'witness', 'expert', 'adviser', 'advisor']);
const PRONOUNS = /^(?:he|she)$/i;
const PLURAL_PRONOUNS = /^(?:they|we)$/i;

export interface SpeakerContext {
  people: PersonEntry[];
  /** Person mentions in text order, for pronouns ("he said" → the last person named). */
  mentions: { start: number; end: number; person: PersonEntry }[];
  /** Spans of accepted quotes; names inside them are not antecedents. */
  quoted: Span[];
  /** The speaker of the previous quote, for "they" and role nouns. */
  lastSpeaker: ResolvedSpeaker | null;
}

export function resolveSpeaker(text: string, start: number, end: number, ctx: SpeakerContext): ResolvedSpeaker | null {
  // Trim the phrase: spaces, a final dot that is not an initial, possessives.
  while (end > start && /[\s.,:;]/.test(text[end - 1]!) && !/\b\p{Lu}\.$/u.test(text.slice(start, end))) end--;
  while (start < end && /\s/.test(text[start]!)) start++;
  const phrase = text.slice(start, end);
  if (!phrase) return null;

  // A group of unnamed sources named after its employer is anonymous, whatever name it carries:
  // "Con Edison officials say", "Trump administration officials said".
  const comma = phrase.indexOf(',');
  const head = /([\p{L}-]+)(?:\s+(?:familiar|close|briefed|with)\b.*)?$/u.exec(comma > 0 ? phrase.slice(0, comma) : phrase)?.[1]?.toLowerCase() ?? '';
  if (SOURCE_NOUNS.has(head)) {
    return { name: null, title: phrase.replace(/^(?:a|an|the)\s+/i, ''), anonymous: true, person: null, start, end, resolution: 'anonymous' };
  }

  // A named person of the roster: the one the phrase before an appositive ends with ("Eswar
  // Prasad, a Cornell professor,"), else the last one in the phrase ("… Orozobek Kayikov",
  // "Carlineo's attorney, Sonya Zoghlin,").
  const named = (comma > 0 ? mentionEndingAt(ctx, start, start + comma) : undefined) ?? lastMentionWithin(ctx, start, end);
  if (named) {
    const mention = text.slice(named.start, named.end);
    return speaker(named.person.name, named.person, named.start, named.end, mention === named.person.name ? 'named' : 'surname');
  }

  // Past the named-person check, an appositive adds nothing: "the source, who said he had spoken
  // to people inside the compound," is "the source".
  if (comma > 0) return resolveSpeaker(text, start, start + comma, ctx);

  if (PRONOUNS.test(phrase)) {
    const antecedent = lastPersonBefore(text, start, ctx);
    return antecedent
      ? speaker(antecedent.name, antecedent, start, end, 'pronoun')
      : { name: null, title: null, anonymous: false, person: null, start, end, resolution: 'pronoun' };
  }
  if (PLURAL_PRONOUNS.test(phrase)) {
    const last = ctx.lastSpeaker;
    if (last && !last.person) return { ...last, start, end, resolution: last.anonymous ? 'anonymous' : 'pronoun' };
    return null;
  }

  const definiteSource = /^(?:the|his|her|their|its)\s/i.test(phrase) && ANONYMOUS_HEADS.has(head);
  if ((INDEFINITE.test(phrase) && ANONYMOUS.test(phrase)) || (definiteSource && !roleHolder(head, ctx))) {
    return { name: null, title: phrase.replace(/^(?:a|an|the)\s+/i, ''), anonymous: true, person: null, start, end, resolution: 'anonymous' };
  }

  // "the minister", "the head of …": the person named earlier with that role.
  const role = /^the\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?:\s+(?:of|for|at)\b.*)?$/iu.exec(phrase);
  if (role && !ORGANIZATION_WORDS.has(role[1]!.toLowerCase())) {
    const head = role[1]!.toLowerCase();
    const holder = roleHolder(role[1]!.toLowerCase(), ctx);
    if (holder) return speaker(holder.name, holder, start, end, 'role');
  }

  // An organisation or a document: "the ministry said", "Apple said", "the report says".
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  const org = /^(?:the\s+)?\p{Lu}/u.test(phrase) || ORGANIZATION_WORDS.has(last) || /^(?:report|statement|study|document|letter|court|ruling|survey|agency|company|ministry|government|department|police|army|military)$/.test(last);
  // A long capitalised phrase with no known person in it is not a speaker we can name.
  // Long names are institutions when one of their words says so: "the U.S. Attorney’s Office for
  // the Western District of New York".
  const institution = words.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase().replace(/['’]s$/, '')));
  if (org && (words.length <= 6 || (institution && words.length <= 14)) && !/\s(?:said|says|told)\s/.test(phrase)) {
    return { name: phrase.replace(/^the\s+/i, ''), title: null, anonymous: false, person: null, start, end, resolution: 'named' };
  }
  return null;
}

/** The person named earlier whose title has this role noun ("the minister" → the Minister of …). */
function roleHolder(noun: string, ctx: SpeakerContext): PersonEntry | null {
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

function speaker(name: string, person: PersonEntry, start: number, end: number, resolution: SpeakerResolution): ResolvedSpeaker {
  return { name, title: person.titles[0] ?? null, anonymous: false, person, start, end, resolution };
}

/** The last person named before `pos`, outside quotations (a name inside a quote is rarely "he"). */
function lastPersonBefore(text: string, pos: number, ctx: SpeakerContext): PersonEntry | null {
  const last = ctx.lastSpeaker;
  if (last?.person && last.end <= pos) {
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
  for (let i = lastIndexBefore(ctx.mentions, pos); i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end <= pos && !inside(m, ctx.quoted)) return m.person;
  }
  return null;
}

/** The last roster mention lying within [start, end). */
function lastMentionWithin(ctx: SpeakerContext, start: number, end: number): SpeakerContext['mentions'][number] | undefined {
  for (let i = lastIndexBefore(ctx.mentions, end); i >= 0 && ctx.mentions[i]!.start >= start; i--) {
    if (ctx.mentions[i]!.end <= end) return ctx.mentions[i];
  }
  return undefined;
}

/** The roster mention that ends the phrase [start, end), if any. */
function mentionEndingAt(ctx: SpeakerContext, start: number, end: number): SpeakerContext['mentions'][number] | undefined {
  const last = lastMentionWithin(ctx, start, end);
  return last && last.end === end ? last : undefined;
}

/** Whether a mention is the subject opening its sentence ("Benioff introduced Cook …"). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return at === 0 || /(?:^|[.!?]["”’]?\s+|\n\s*|["“”]\s*|,\s+)(?:(?:the|a|an|but|and|then|however|meanwhile|later|earlier|also|[\p{Lu}][\p{L}.-]*)\s+){0,4}$/u.test(before);
}

/** Index of the last span starting before `pos` in spans sorted by start (binary search). */
function lastIndexBefore(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Whether `span` lies inside one of `spans` (sorted by start, not overlapping). */
function inside(span: Span, spans: Span[]): boolean {
  const i = lastIndexBefore(spans, span.start + 1);
  return i >= 0 && spans[i]!.start <= span.start && span.end <= spans[i]!.end;
}
