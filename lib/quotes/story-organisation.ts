/**
 * "The company said", "according to the agency": a second reference to an organisation that the
 * story names in one word or an acronym (NASA, CBP, WeWork, Vidyard), which the patterns for full
 * institution names ("… Department of Conservation") and for sentence subjects ("Whole Foods has
 * been …") do not find. News refers so to the organisation the story is about, or to the one
 * named just before in the same sentence:
 *   - "… one of the highest priority targets in NASA's search for extraterrestrial life,
 *     according to the agency." (scrapinghub/14cc2a0ca59c): NASA, in the same sentence;
 *   - "The New York State Attorney General (NYAG) is investigating WeWork, …, adding to a mounting
 *     series of problems that have turned the workspace provider from a Wall Street darling into
 *     a pariah …. The company, which is expected to lay off thousands …, confirmed …"
 *     (scrapinghub/06e5123e4ef7): WeWork, the name the story repeats, not Wall Street, the last.
 * Nobody when no name qualifies: the caller keeps the description ("German automaker").
 */
import { COMMON_WORDS, DEMONYMS, KNOWN_ORGANIZATIONS, ORGANIZATION_WORDS, PLACES } from '../people/lexicon';
import { splitSentences } from '../text/tokens';

/** "the [up to two modifiers] company": a short second reference to an organisation. Group 1 the
 * modifiers, group 2 the head. */
export const ORGANISATION_REFERENCE = /^the\s+((?:[\p{L}-]+\s+){0,2}?)(company|firm|retailer|chain|startup|carrier|airline|automaker|carmaker|insurer|lender|bank|giant|manufacturer|maker|developer|publisher|studio|broadcaster|agency)$/iu;

/** How far back the reference looks for candidate names (characters). */
const WINDOW = 1500;
/** A capitalised name inside one sentence (no full stop in it): "WeWork", "Whole Foods", "NASA's". */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}&'’+-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’+-]*)*/gu;
/** An agency goes by an acronym ("CBP", "NASA") or a name that says it is one ("Food Standards Agency"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The organisation the reference at `pos` (ORGANISATION_REFERENCE's match) refers to, or null. `isPerson(start, end)` tells whether
 * a span overlaps a person's mention (a person is never "the company").
 */
export function storyOrganisation(text: string, pos: number, reference: RegExpExecArray, isPerson: (start: number, end: number) => boolean): string | null {
  // A nationality the name cannot show: "The German automaker" after Toyota and Nissan
  // (scrapinghub/05844573ca7e), "the Russian space agency" before Roscosmos is named (readability/yahoo-2).
  if (reference[1]!.split(/\s+/).some((w) => DEMONYMS.has(w.toLowerCase()))) return null;
  const head = reference[2]!;
  const from = Math.max(0, pos - WINDOW);
  // Where the sentence holding the reference begins (not before the window). The reference's first
  // letter is included, so a sentence it opens ("… weeks. The company, which …") starts at it.
  const sentenceStart = splitSentences(text, from, pos + 1).at(-1)?.start ?? from;
  const agency = head.toLowerCase() === 'agency';
  let sameSentence: string | null = null;
  const seen = new Map<string, number>();
  CAPITALISED_RUN.lastIndex = 0;
  const window = text.slice(from, pos);
  for (let m = CAPITALISED_RUN.exec(window); m; m = CAPITALISED_RUN.exec(window)) {
    const at = from + m.index;
    const name = candidateName(m[0]);
    if (!name || isPerson(at, at + m[0].length)) continue;
    if (agency ? !isAgencyName(name) : !isCompanyName(name)) continue;
    // A capitalised word is a name only where a sentence does not open with it: "Revamped UX:".
    if (!midSentence(text, name)) continue;
    seen.set(name, at);
    if (at >= sentenceStart) sameSentence = name;
  }
  if (sameSentence) return sameSentence;
  // The one the story names most often, at least twice; the later one on a tie.
  let best: string | null = null;
  let bestCount = 1;
  let bestAt = -1;
  for (const [name, at] of seen) {
    const count = occurrences(text, name);
    if (count > bestCount || (count === bestCount && best !== null && at > bestAt)) {
      best = name;
      bestCount = count;
      bestAt = at;
    }
  }
  return best;
}

/** The run without a possessive and without the function words or nationality before the name
 * ("The", "In", "German"); null when nothing is left or what is left is a place. */
function candidateName(run: string): string | null {
  const words = run.replace(/['’]s$/, '').split(/\s+/);
  while (words.length > 0 && (COMMON_WORDS.has(words[0]!.toLowerCase()) || DEMONYMS.has(words[0]!.toLowerCase()))) words.shift();
  const name = words.join(' ');
  return name.length >= 2 && !PLACES.has(name) ? name : null;
}

function isAgencyName(name: string): boolean {
  const words = name.split(' ');
  return ACRONYM.test(name) || (words.length > 1 && ORGANIZATION_WORDS.has(words[words.length - 1]!.toLowerCase()));
}

/** A company's name, not an abbreviation of a thing ("EV", "SUV", "U.S"): capitals only when known. */
function isCompanyName(name: string): boolean {
  return name !== name.toUpperCase() || KNOWN_ORGANIZATIONS.has(name);
}

/**
 * Whether `name` occurs in `text` after a lower-case word (or its comma), so it is capitalised as
 * a name, not because it opens a sentence ("Revamped UX:"), and not as the start of a longer
 * name ("New" in "New York"). Shared with speakers.ts ("the company" after a sentence subject).
 */
export function midSentence(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const after = text.slice(i + name.length, i + name.length + 3);
    if (/\p{Ll},? $/u.test(text.slice(Math.max(0, i - 30), i)) && !/^[\p{L}\p{N}]|^\s+\p{Lu}/u.test(after)) return true;
  }
  return false;
}

/** How often `name` occurs as a whole word in the text. */
function occurrences(text: string, name: string): number {
  let count = 0;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + name.length] ?? '')) count++;
  }
  return count;
}
