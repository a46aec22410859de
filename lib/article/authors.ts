/**
 * Bylines to people. Guards from the citation tools' bug trackers (../shared/guides/citations.md):
 * the outlet is never an author, nor a URL, a handle, "Staff", or a byline with a date glued on.
 */

/** Bylines that name an organisation or desk, not a person ("Reuters", "AP", "Trend News Agency Staff"). */
const ORGANIZATION_BYLINE =
  /\b(?:staff|news ?desk|desk|editors?|editorial|team|agency|agencies|press|reuters|associated press|afp|ap|bloomberg|bureau|correspondents?|contributors?|news|media|online|wire|service|magazine|times|post|herald|journal|tribune|daily|group|inc|ltd|llc|corp|organi[sz]ation|foundation|institute|association|society)\b/i;

/** Words that end a byline: "By Huseyn Veliyev - Trend:", "Jordan Oloman Updated: 1 Oct 2021",
 * "By GILLIAN MOHNEY March 11, 2015 3:46 PM" (the date glued on by the page's markup), "By Mike
 * Wuerthele and Malcolm Owen Monday, November 18, 2019" (a weekday before it, scrapinghub/65bf3048b500). */
const BYLINE_TAIL =
  /\s+(?:[-–—|]\s.*|(?:updated|published|posted|last updated)\b.*|\d{1,2}[:/].*|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec).*|(?:on )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b.*)$/i;
/** A weekday glued to the last name by markup with no space between its elements: "Jeff
 * FoustMonday" (scrapinghub/c00962aabe7b). Case-sensitive: the capital after a small letter. */
const GLUED_WEEKDAY = /(?<=\p{Ll})(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$/u;

export interface SplitAuthors {
  people: string[];
  organizations: string[];
}

/**
 * "By A, B and C" → [A, B, C]; "Huseyn Veliyev - Trend:" → [Huseyn Veliyev].
 * `outletNames` (site name, publisher) are dropped wherever they appear.
 */
export function splitByline(byline: string, outletNames: string[]): SplitAuthors {
  const cleaned = byline
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^\s*(?:(?:written |reported |words |text |story |posted )?by:?\s+|(?:text|texte|words|author|authors|текст|автор)\s*:\s*)/i, '')
    .replace(BYLINE_TAIL, '')
    .replace(GLUED_WEEKDAY, '')
    .replace(/[:;,.\s]+$/, '')
    .trim();
  const parts = cleaned
    .split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\bwith\b|\bavec\b|\|)\s*/i)
    // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the brackets are no part of a name.
    .map((p) => p.replace(/^[()[\]\s]+|[()[\]\s]+$/g, ''))
    .filter(Boolean);
  const result: SplitAuthors = { people: [], organizations: [] };
  for (const part of parts) classifyName(part, outletNames, result);
  return result;
}

/** Adds one author name to people or organisations, or drops it when it is not a name at all. */
export function classifyName(name: string, outletNames: string[], into: SplitAuthors): void {
  const clean = name.replace(/^by\s+/i, '').replace(/\s+/g, ' ').trim();
  if (!clean || clean.length > 60) return;
  // URLs, handles and e-mail addresses are not names ("https://facebook.com/…", "@h_veliyev").
  if (/https?:|www\.|@|\.com\b|\/|\d/.test(clean)) return;
  const lower = clean.toLowerCase();
  if (outletNames.some((o) => o && (lower === o.toLowerCase() || lower.startsWith(`${o.toLowerCase()} `)))) {
    return;
  }
  const words = clean.split(' ');
  if (ORGANIZATION_BYLINE.test(clean) || words.length > 5) {
    if (!into.organizations.includes(clean)) into.organizations.push(clean);
    return;
  }
  // A person's name has at least one capitalised word and no sentence punctuation.
  if (!/\p{Lu}/u.test(clean) || /[!?;"“”]/.test(clean)) return;
  // …and a given name and a family name: a lone word in a byline is a place or a desk
  // ("Reuters, Washington" on deccanherald.com), not a person.
  if (words.length < 2) return;
  const person = fixAllCaps(clean);
  if (!into.people.includes(person)) into.people.push(person);
}

/** "LISA MASCARO" (AP and NYT bylines) → "Lisa Mascaro"; "McDONALD"-style names keep their case
 * when they are not all capitals. */
function fixAllCaps(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
