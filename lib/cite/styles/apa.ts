/** APA 7: Veliyev, H. (2014, December 18). Title. *Trend*. URL */

import type { CslItem, CslName } from '../../types';
import { dateParts, longMonth } from '../dates';
import { citedNames, inverted, joinNames } from '../names';
import { close, italic, spaced, titleCase } from '../text';

/** Up to 20 names "A, B., & C, D."; from 21, the first 19, ". . ." and the last. */
function apaAuthors(names: CslName[]): string {
  const all = names.map((n) => inverted(n, true));
  if (all.length > 20) return [...all.slice(0, 19), `. . . ${all[all.length - 1]}`].join(', ');
  return joinNames(all, '&', 2);
}

/** "2014, December 18"; "2014"; "n.d." */
function apaDate(item: CslItem): string {
  const { year, month, day } = dateParts(item.issued);
  if (!year) return 'n.d.';
  return [year, month && `${longMonth(month)}${day ? ` ${day}` : ''}`].filter(Boolean).join(', ');
}

export function formatApa(item: CslItem): string {
  const names = item.author ?? [];
  // A web page without a site is a stand-alone work: its title is italic.
  const title = item.title && close(item.type === 'webpage' ? italic(item.title) : item.title, '.');
  const date = `(${apaDate(item)}).`;
  // No author: the title moves to the author position ("Title. (2014, December 18). *Trend*. URL").
  const lead = names.length ? spaced(close(apaAuthors(names), '.'), date, title) : spaced(title, date);
  return spaced(lead, item['container-title'] && close(italic(item['container-title']), '.'), item.URL);
}

/** (Veliyev, 2014), (Veliyev & Smith, 2014), (Veliyev et al., 2014), (“Title,” n.d.) */
export function apaInText(item: CslItem): string {
  const names = item.author ?? [];
  const year = dateParts(item.issued).year ?? 'n.d.';
  const who = names.length ? citedNames(names, '&', 3) : item.title ? `“${titleCase(item.title)},”` : '';
  return who.endsWith('”') ? `(${who} ${year})` : `(${spaced(who && who + ',', String(year))})`;
}
