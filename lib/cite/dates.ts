/** CSL date-parts as each style prints them. */

import type { CslDate } from '../types';

export const MONTHS =
  'January February March April May June July August September October November December'.split(' ');

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

export function dateParts(date: CslDate | undefined): DateParts {
  const [year, month, day] = date?.['date-parts'][0] ?? [];
  return { year, month: month && month >= 1 && month <= 12 ? month : undefined, day: month ? day : undefined };
}

type MonthName = (month: number) => string;
export const longMonth: MonthName = (m) => MONTHS[m - 1]!;
// MLA spells out months of four letters or fewer: May, June, July, but "Sept." and "Dec."
export const mlaMonth: MonthName = (m) => {
  const name = longMonth(m);
  return name.length <= 4 ? name : m === 9 ? 'Sept.' : name.slice(0, 3) + '.';
};
// IEEE (ieee.csl) always uses three letters: "Jun.", "Sep.", but "May".
export const ieeeMonth: MonthName = (m) => (m === 5 ? 'May' : longMonth(m).slice(0, 3) + '.');

/** "December 18, 2014" / "Dec. 18, 2014"; "December 2014"; "2014"; "" when undated. */
export function monthDayYear(date: CslDate | undefined, month = longMonth): string {
  const d = dateParts(date);
  if (!d.year) return '';
  if (!d.month) return String(d.year);
  return d.day ? `${month(d.month)} ${d.day}, ${d.year}` : `${month(d.month)} ${d.year}`;
}

/** "18 December 2014" / "18 Dec. 2014"; `withYear` false gives Harvard's "18 December". */
export function dayMonthYear(date: CslDate | undefined, month = longMonth, withYear = true): string {
  const d = dateParts(date);
  if (!d.year) return '';
  return [d.day, d.month && month(d.month), withYear && d.year].filter(Boolean).join(' ');
}

/** "2014-12-18" (BibLaTeX, urldate) or with another separator. */
export function isoDate(date: CslDate | undefined, sep = '-'): string {
  const d = dateParts(date);
  if (!d.year) return '';
  return [d.year, d.month, d.day].filter(Boolean).map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join(sep);
}
