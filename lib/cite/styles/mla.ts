/** MLA 9: Veliyev, Huseyn. “Title in Title Case.” *Trend*, 18 Dec. 2014, URL. */

import type { CslItem, CslName } from '../../types';
import { dayMonthYear, mlaMonth } from '../dates';
import { citedNames, direct, inverted, joinNames } from '../names';
import { close, italic, spaced, titleCase } from '../text';

/** One name inverted; two: "Veliyev, Huseyn, and John Smith"; three or more: "Veliyev, Huseyn, et al." */
function mlaAuthors(names: CslName[]): string {
  const first = inverted(names[0]!);
  if (names.length > 2) return `${first}, et al.`;
  return joinNames([first, ...names.slice(1).map((n) => direct(n))], 'and', 2);
}

export function formatMla(item: CslItem): string {
  const names = item.author ?? [];
  const title = item.title && `“${close(titleCase(item.title), '.')}”`;
  // Container, date and location are one comma-separated list; no date means no date element.
  const tail = [italic(item['container-title']), dayMonthYear(item.issued, mlaMonth), item.URL].filter(Boolean).join(', ');
  return spaced(names.length > 0 && close(mlaAuthors(names), '.'), title, tail && close(tail, '.'));
}

/** (Veliyev), (Veliyev and Smith), (Veliyev et al.), (“Title”) */
export function mlaInText(item: CslItem): string {
  const names = item.author ?? [];
  return `(${names.length ? citedNames(names, 'and', 3) : item.title ? `“${titleCase(item.title)}”` : ''})`;
}
