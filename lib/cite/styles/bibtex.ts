/** BibTeX (as Zotero exports it) and BibLaTeX. */

import type { CslItem, CslName } from '../../types';
import { dateParts, isoDate, MONTHS } from '../dates';
import { inverted } from '../names';

// Letters with no decomposition, folded by hand for the key: "Łukasz" → lukasz, "Søren" → soren.
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th', ð: 'd' };
const ascii = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[łøđßæœıþð]/g, (c) => FOLD[c]!)
    .replace(/[^a-z0-9]/g, '');

// Title words skipped for the key, as Zotero does: "The ITU…" → itu.
const KEY_STOP_WORDS = new Set('a an the some from on in to of do with'.split(' '));

/** veliyev_itu_2014: first author's family name, first significant title word, year. */
export function citeKey(item: CslItem): string {
  const author = item.author?.[0];
  // A person's whole family name (martinezgarcia), an organisation's first word (trend).
  const family = author ? ascii(author.literal?.split(/\s/)[0] ?? author.family ?? author.given ?? '') : '';
  const word = (item.title ?? '').split(/\s+/).map(ascii).find((w) => w && !KEY_STOP_WORDS.has(w)) ?? '';
  const year = String(dateParts(item.issued).year ?? '');
  return [family, word, year].filter(Boolean).join('_') || 'item';
}

const TEX_SPECIALS: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
const tex = (s: string): string => s.replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIALS[c] ?? '\\' + c);

// Braces keep capitals that styles would lower-case: acronyms and names ("{ITU} advocates …",
// "… talks with {Azerbaijan}"); a plain capital on the first word stays free.
function protectCase(title: string): string {
  return tex(title).replace(/[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}]*/gu, (word, at: number) =>
    at === 0 && !/\p{Lu}/u.test(word.slice(1)) ? word : `{${word}}`,
  );
}

// An organisation is one name in double braces, or BibTeX would split it: {{Trend News Agency}}.
const bibName = (n: CslName): string => (n.literal ? `{${tex(n.literal)}}` : tex(inverted(n)));

function entry(type: string, item: CslItem, fields: [string, string | false | undefined][]): string {
  const lines = fields.filter((f): f is [string, string] => !!f[1]).map(([k, v]) => `  ${k} = ${v},`);
  return [`@${type}{${citeKey(item)},`, ...lines, '}'].join('\n');
}

const braced = (s: string | undefined): string | undefined => (s ? `{${s}}` : undefined);

const common = (item: CslItem) => ({
  title: braced(item.title && protectCase(item.title.replace(/\s+/g, ' '))),
  url: braced(item.URL),
  urldate: braced(isoDate(item.accessed)),
  container: braced(item['container-title'] && tex(item['container-title'])),
  author: braced(item.author?.map(bibName).join(' and ')),
});

export function formatBibtex(item: CslItem): string {
  const c = common(item);
  const { year, month } = dateParts(item.issued);
  const news = item.type === 'article-newspaper';
  return entry(news ? 'article' : 'misc', item, [
    ['title', c.title],
    ['url', c.url],
    ['urldate', c.urldate],
    ['journal', news && c.container],
    ['author', c.author],
    // Month as the bare BibTeX macro: month = dec
    ['month', month ? MONTHS[month - 1]!.slice(0, 3).toLowerCase() : undefined],
    ['year', braced(year ? String(year) : '')],
  ]);
}

export function formatBiblatex(item: CslItem): string {
  const c = common(item);
  const news = item.type === 'article-newspaper';
  return entry(news ? 'article' : 'online', item, [
    ['title', c.title],
    ['url', c.url],
    ['urldate', c.urldate],
    [news ? 'journaltitle' : 'organization', c.container],
    ['author', c.author],
    ['date', braced(isoDate(item.issued))],
    // biblatex's marker for a newspaper among @article entries.
    ['entrysubtype', news && '{newspaper}'],
  ]);
}
