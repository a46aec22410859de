/**
 * Speaker and person name matching, SCORING.md step 4: "same surname token (case- and
 * accent-insensitive) and no conflicting given name; for organisations, the same name ignoring a
 * leading 'the'". Whether a gold name is a person is decided by the page's own gold `people` and
 * `officials` lists (every person speaker of dev.jsonl is in one of them; organisations are not).
 */

/** Courtesy titles a resolved name may still carry ("Mr. Trump"); not a given name. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);
/** Generational suffixes: "Patrick W. Carlineo Jr." has the surname Carlineo. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Lower-cased, accent-free word tokens of a name. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function personParts(name: string): { given: string | null; surname: string | null } {
  const tokens = nameTokens(name);
  while (tokens.length > 1 && HONORIFICS.has(tokens[0] ?? '')) tokens.shift();
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  const surname = tokens[tokens.length - 1] ?? null;
  const given = tokens.length > 1 ? (tokens[0] ?? null) : null;
  return { given, surname };
}

/**
 * Same surname token and no conflicting given name. Given names conflict when both are present
 * and neither starts the other (so an initial "J" agrees with "Jeffrey").
 */
export function personNamesMatch(gold: string, predicted: string): boolean {
  const g = personParts(gold);
  const p = personParts(predicted);
  if (g.surname === null || g.surname !== p.surname) return false;
  if (g.given === null || p.given === null) return true;
  return g.given.startsWith(p.given) || p.given.startsWith(g.given);
}

/** Organisations: same name after folding, ignoring a leading "the". */
export function organisationNamesMatch(gold: string, predicted: string): boolean {
  const fold = (s: string): string => {
    const tokens = nameTokens(s);
    if (tokens[0] === 'the') tokens.shift();
    return tokens.join(' ');
  };
  const g = fold(gold);
  return g.length > 0 && g === fold(predicted);
}
