/** Chicago 17: notes-bibliography (bibliography entry and first note) and author-date. */

import type { CslItem, CslName } from '../../types';
import { dateParts, monthDayYear } from '../dates';
import { citedNames, direct, inverted, joinNames } from '../names';
import { close, italic, spaced, titleCase } from '../text';

/** Bibliography: "Veliyev, Huseyn, John Smith, and Ann Lee"; more than ten: the first seven, et al. */
function listAuthors(names: CslName[]): string {
  const shown = names.length > 10 ? names.slice(0, 7) : names;
  const all = shown.map((n, i) => (i ? direct(n) : inverted(n)));
  return names.length > 10 ? `${all.join(', ')}, et al.` : joinNames(all, 'and', 2);
}

/** Note: "Huseyn Veliyev and John Smith"; four or more: "Huseyn Veliyev et al." */
function noteAuthors(names: CslName[]): string {
  if (names.length > 3) return `${direct(names[0]!)} et al.`;
  return joinNames(names.map((n) => direct(n)), 'and', 3);
}

const quotedTitle = (item: CslItem, mark: '.' | ','): string =>
  item.title ? `“${close(titleCase(item.title), mark)}”` : '';

// Undated: the access date stands in ("Accessed November 28, 2026.").
const accessedIfUndated = (item: CslItem, word: string): string =>
  !item.issued && item.accessed ? `${word} ${monthDayYear(item.accessed)}` : '';

const sentence = (s: string | undefined): string => (s ? close(s, '.') : '');

export function formatChicago(item: CslItem): string {
  const names = item.author ?? [];
  const tail = [italic(item['container-title']), monthDayYear(item.issued)].filter(Boolean).join(', ');
  return spaced(
    names.length > 0 && sentence(listAuthors(names)),
    quotedTitle(item, '.'),
    sentence(tail),
    sentence(accessedIfUndated(item, 'Accessed')),
    sentence(item.URL),
  );
}

export function formatChicagoNote(item: CslItem): string {
  const names = item.author ?? [];
  const rest = [
    italic(item['container-title']),
    monthDayYear(item.issued) || accessedIfUndated(item, 'accessed'),
    item.URL,
  ].filter(Boolean).join(', ');
  return spaced('1.', names.length > 0 && noteAuthors(names) + ',', quotedTitle(item, rest ? ',' : '.'), sentence(rest));
}

export function formatChicagoAuthorDate(item: CslItem): string {
  const names = item.author ?? [];
  const { year, month } = dateParts(item.issued);
  // The full date follows the container only when there is more than a year to give.
  const tail = [italic(item['container-title']), month && monthDayYear(item.issued)].filter(Boolean).join(', ');
  const date = year ? `${year}.` : 'n.d.';
  // No author: the title leads ("“Title.” 2014. *Trend*, …").
  const lead = names.length ? spaced(sentence(listAuthors(names)), date, quotedTitle(item, '.')) : spaced(quotedTitle(item, '.'), date);
  return spaced(lead, sentence(tail), sentence(accessedIfUndated(item, 'Accessed')), sentence(item.URL));
}

/** (Veliyev 2014), (Veliyev and Smith 2014), (Veliyev, Smith, and Lee 2014), (Veliyev et al. 2014) */
export function chicagoInText(item: CslItem): string {
  const names = item.author ?? [];
  const who = names.length ? citedNames(names, 'and', 4, 3) : item.title ? `“${titleCase(item.title)}”` : '';
  return `(${spaced(who, String(dateParts(item.issued).year ?? 'n.d.'))})`;
}
