/** IEEE: [1] H. Veliyev, “Title,” *Trend*, Dec. 18, 2014. Accessed: Nov. 28, 2026. [Online]. Available: URL */

import type { CslItem, CslName } from '../../types';
import { ieeeMonth, monthDayYear } from '../dates';
import { direct, joinNames } from '../names';
import { close, italic, spaced } from '../text';

/** "H. Veliyev, J. Smith, and A. Lee"; seven or more: "H. Veliyev et al." */
function ieeeAuthors(names: CslName[]): string {
  if (names.length > 6) return `${direct(names[0]!, true)} et al.`;
  return joinNames(names.map((n) => direct(n, true)), 'and', 3);
}

export function formatIeee(item: CslItem): string {
  const names = item.author ?? [];
  const dated = [italic(item['container-title']), monthDayYear(item.issued, ieeeMonth)].filter(Boolean).join(', ');
  return spaced(
    '[1]',
    names.length > 0 && ieeeAuthors(names) + ',',
    item.title && `“${close(item.title, dated ? ',' : '.')}”`,
    dated && dated + '.',
    item.accessed && `Accessed: ${monthDayYear(item.accessed, ieeeMonth)}.`,
    item.URL && `[Online]. Available: ${item.URL}`,
  );
}
