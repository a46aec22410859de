/** Harvard (Cite Them Right): Veliyev, H. (2014) ‘Title’, *Trend*, 18 December. Available at: URL (Accessed: 28 November 2026). */

import type { CslItem, CslName } from '../../types';
import { dateParts, dayMonthYear, longMonth } from '../dates';
import { citedNames, inverted, joinNames } from '../names';
import { italic, spaced } from '../text';

/** "Veliyev, H., Smith, J. and Lee, A."; four or more: "Veliyev, H. et al." */
function harvardAuthors(names: CslName[]): string {
  if (names.length > 3) return `${inverted(names[0]!, true)} et al.`;
  return joinNames(names.map((n) => inverted(n, true)), 'and', Infinity);
}

export function formatHarvard(item: CslItem): string {
  const names = item.author ?? [];
  const year = `(${dateParts(item.issued).year ?? 'no date'})`;
  // UK quotation marks, and the day and month without the year, which is given in brackets.
  const tail = [italic(item['container-title']), dayMonthYear(item.issued, longMonth, false)].filter(Boolean).join(', ');
  const title = item.title ? `‘${item.title}’` : '';
  const lead = names.length ? spaced(harvardAuthors(names), year, title && title + (tail ? ',' : '.')) : spaced(title, year);
  const accessed = item.accessed ? ` (Accessed: ${dayMonthYear(item.accessed)})` : '';
  return spaced(lead, tail && tail + '.', item.URL && `Available at: ${item.URL}${accessed}.`);
}

/** (Veliyev, 2014), (Veliyev and Smith, 2014), (Veliyev, Smith and Lee, 2014), (Veliyev et al., no date) */
export function harvardInText(item: CslItem): string {
  const names = item.author ?? [];
  const who = names.length ? citedNames(names, 'and', 4) : item.title ? `‘${item.title}’` : '';
  return `(${spaced(who && who + ',', String(dateParts(item.issued).year ?? 'no date'))})`;
}
