/** RIS: "TAG  - value" lines, LF-separated, ending with "ER  - ". */

import type { CslItem } from '../../types';
import { dateParts } from '../dates';
import { inverted } from '../names';

// RIS dates are YYYY/MM/DD/other, empty parts kept: 2014/12/18/, 2014/12//
function risDate(date: CslItem['issued']): string | undefined {
  const { year, month, day } = dateParts(date);
  if (!year) return undefined;
  return [year, month && String(month).padStart(2, '0'), day && String(day).padStart(2, '0'), ''].map((p) => p || '').join('/');
}

export function formatRis(item: CslItem): string {
  const lines: [string, string | number | undefined][] = [
    ['TY', item.type === 'webpage' ? 'ELEC' : 'NEWS'],
    ['TI', item.title],
    ...(item.author ?? []).map((n): [string, string] => ['AU', inverted(n)]),
    ['T2', item['container-title']],
    ['DA', risDate(item.issued)],
    ['PY', dateParts(item.issued).year],
    ['UR', item.URL],
    ['Y2', risDate(item.accessed)],
    ['LA', item.language],
  ];
  const body = lines.filter(([, v]) => v).map(([tag, v]) => `${tag}  - ${String(v).replace(/\s+/g, ' ')}`);
  return [...body, 'ER  - '].join('\n');
}
