/** Author names as each style writes them. */

import type { CslName } from '../types';

// A suffix rides on the given name after a comma ("Martin Luther, Jr."): King, M. L., Jr.
const splitSuffix = (given: string): [string, string] => {
  const at = given.indexOf(', ');
  return at < 0 ? [given, ''] : [given.slice(0, at), given.slice(at)];
};

/** "Huseyn" → "H.", "Jean-Paul" → "J.-P.", "J.R.R." → "J. R. R.", "Łukasz" → "Ł." */
export function initials(given: string): string {
  const [names, suffix] = splitSuffix(given);
  const short = names
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((part) => part.split('-').filter(Boolean).map((p) => p.charAt(0).toUpperCase() + '.').join('-'))
    .join(' ');
  return short + suffix;
}

/** "Veliyev, Huseyn" (or "Veliyev, H." with `short`); an organisation is cited whole. */
export function inverted(n: CslName, short = false): string {
  if (n.literal) return n.literal;
  const given = n.given ? (short ? initials(n.given) : n.given) : '';
  return n.family && given ? `${n.family}, ${given}` : n.family || given;
}

/** "Huseyn Veliyev" (or "H. Veliyev" with `short`). */
export function direct(n: CslName, short = false): string {
  if (n.literal) return n.literal;
  const [given, suffix] = splitSuffix(n.given ?? '');
  return [short && given ? initials(given) : given, n.family].filter(Boolean).join(' ') + suffix;
}

/** The name used in text: family name, or the organisation. */
export const surname = (n: CslName): string => n.literal || n.family || n.given || '';

/**
 * "A, B, and C". `serialFrom`: the list size from which a comma precedes the conjunction
 * (2 when the first name is inverted: "Veliyev, Huseyn, and John Smith"; Infinity for Harvard).
 */
export function joinNames(names: string[], conj: string, serialFrom: number): string {
  if (names.length < 2) return names[0] ?? '';
  const head = names.slice(0, -1).join(', ');
  return `${head}${names.length >= serialFrom ? ',' : ''} ${conj} ${names[names.length - 1]}`;
}

/** In-text names: "Veliyev", "Veliyev & Smith", "Veliyev et al." from `etAlFrom` names. */
export function citedNames(names: CslName[], conj: string, etAlFrom: number, serialFrom = Infinity): string {
  const all = names.map(surname);
  return all.length >= etAlFrom ? `${all[0]} et al.` : joinNames(all, conj, serialFrom);
}
