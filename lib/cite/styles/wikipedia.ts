/** Wikipedia: {{cite news |last=Veliyev |first=Huseyn |date=18 December 2014 |title=… |url=… |work=Trend |location=Baku |access-date=28 November 2026}} */

import type { CslItem } from '../../types';
import { dayMonthYear } from '../dates';

// A "|" would end the parameter; square brackets in a title break the link.
const wiki = (s: string): string => s.replace(/\s+/g, ' ').replace(/\|/g, '{{!}}');
const wikiTitle = (s: string): string => wiki(s).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

/** `quote` fills |quote= (quote citations). */
export function formatWikipedia(item: CslItem, quote?: string): string {
  const names = item.author ?? [];
  const params: [string, string | undefined][] = names.flatMap((n, i): [string, string | undefined][] => {
    // One author: |last= |first=; several: |last1= |first1= |last2= …
    const k = names.length > 1 ? String(i + 1) : '';
    return n.literal || !n.family ? [[`author${k}`, n.literal || n.given]] : [[`last${k}`, n.family], [`first${k}`, n.given]];
  });
  const web = item.type === 'webpage';
  params.push(
    ['date', dayMonthYear(item.issued)],
    ['title', item.title && wikiTitle(item.title)],
    ['url', item.URL],
    [web ? 'website' : 'work', item['container-title']],
    ['location', item['event-place'] ?? item['publisher-place']],
    ['access-date', dayMonthYear(item.accessed)],
    // English is the default on the English Wikipedia.
    ['language', item.language && !/^en\b/i.test(item.language) ? item.language : undefined],
    ['quote', quote],
  );
  const set = params.filter((p): p is [string, string] => !!p[1]).map(([k, v]) => `${k}=${wiki(v)}`);
  return `{{cite ${web ? 'web' : 'news'} |${set.join(' |')}}}`;
}
