/**
 * The citation's editable fields (title, authors, site, date, URL) ↔ the CSL item the styles
 * format. Pure: the card shows `fieldsFromCsl`, the reader's corrections go back through
 * `cslWithFields`, and the content script's context-menu copy uses the same two functions.
 */
import { cslDateFromIso } from '../lib/cite/from-article';
import type { CslItem, CslName } from '../lib/types';
import type { CitationFields } from '../utils/settings-schema';

/** "Veliyev, Huseyn" for a person, the name itself for an organisation or a single name. */
export function authorField(name: CslName): string {
  if (name.literal) return name.literal;
  if (name.family && name.given) return `${name.family}, ${name.given}`;
  return name.family ?? name.given ?? '';
}

/**
 * One line of the authors box → a CSL name. "Family, Given" is a person; a line without a comma
 * is cited as written (an organisation, or a single-name author), never split: "Trend News Agency"
 * must not become "Agency, T. N.".
 */
export function authorFromField(line: string): CslName | null {
  const text = line.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const comma = text.indexOf(',');
  if (comma < 0) return { literal: text };
  // Split at the first comma only: "King, Martin Luther, Jr." keeps its suffix on the given name.
  const family = text.slice(0, comma).trim();
  const given = text.slice(comma + 1).trim();
  if (!family) return given ? { literal: given } : null;
  return given ? { family, given } : { family };
}

/** "2014-12-18" / "2014-12" / "2014" from CSL date-parts; "" without a date. */
export function dateField(item: CslItem): string {
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  if (!year) return '';
  return [year, month, day]
    .filter((n): n is number => n !== undefined)
    .map((n, i) => (i ? String(n).padStart(2, '0') : String(n)))
    .join('-');
}

export function fieldsFromCsl(item: CslItem): CitationFields {
  return {
    title: item.title ?? '',
    authors: (item.author ?? []).map(authorField).filter(Boolean),
    site: item['container-title'] ?? '',
    date: dateField(item),
    url: item.URL ?? '',
  };
}

/** A date the reader may type: year, year-month or a full day, each a real one. */
const DATE_FIELD = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Why a typed date cannot be used, or null when it can (empty means "no date"). */
export function dateFieldError(date: string): string | null {
  const text = date.trim();
  if (!text) return null;
  const m = DATE_FIELD.exec(text);
  if (!m) return 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY';
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return 'No such month';
  if (month !== undefined && day !== undefined) {
    const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    if (day < 1 || day > last) return 'No such day in that month';
  }
  return null;
}

function normalizedDate(date: string): string {
  const m = DATE_FIELD.exec(date.trim());
  if (!m) return '';
  return [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map((p, i) => (i ? p.padStart(2, '0') : p)).join('-');
}

/**
 * The page's CSL item with the reader's fields in place of its own. An emptied field removes
 * it (the styles then use their "no author" / "n.d." forms); a date that does not parse keeps
 * the page's date. Everything else (accessed, language, dateline) stays the page's.
 */
export function cslWithFields(item: CslItem, fields: CitationFields): CslItem {
  const next: CslItem = { ...item };
  const set = <K extends 'title' | 'container-title' | 'URL'>(key: K, value: string) => {
    const text = value.trim().replace(/\s+/g, ' ');
    if (text) next[key] = text;
    else delete next[key];
  };
  set('title', fields.title);
  set('container-title', fields.site);
  set('URL', fields.url);
  const authors = fields.authors.map(authorFromField).filter((n): n is CslName => n !== null);
  if (authors.length) next.author = authors;
  else delete next.author;
  if (!fields.date.trim()) delete next.issued;
  else if (dateFieldError(fields.date) === null) {
    const issued = cslDateFromIso(normalizedDate(fields.date));
    if (issued) next.issued = issued;
  }
  return next;
}

/** Whether two sets of fields say the same thing (an edit equal to the page's data is no edit). */
export function sameFields(a: CitationFields, b: CitationFields): boolean {
  return (
    a.title === b.title &&
    a.site === b.site &&
    a.date === b.date &&
    a.url === b.url &&
    a.authors.length === b.authors.length &&
    a.authors.every((author, i) => author === b.authors[i])
  );
}
