/** Quote citations: the quote, its speaker, the style's in-text citation and a deep link. */

import type { CslItem, Quote, Speaker } from '../types';
import { textFragmentUrl } from './fragment';
import { apaInText } from './styles/apa';
import { chicagoInText, formatChicagoNote } from './styles/chicago';
import { harvardInText } from './styles/harvard';
import { formatIeee } from './styles/ieee';
import { mlaInText } from './styles/mla';
import { formatWikipedia } from './styles/wikipedia';
import { italic } from './text';
import type { CitationStyle } from './types';

// Phrases that already carry their article or number: "the minister", "two officials".
const DETERMINER = /^(?:a|an|the|one|two|three|four|five|several|some|many|\d+)\s/i;

/** "senior official" → "a senior official"; "officials close to the ministry" stays plural. */
function sourcePhrase(title: string | null): string {
  if (!title) return 'an unnamed source';
  const t = title.trim();
  if (DETERMINER.test(t)) return t;
  const head = t.split(/\s(?:of|with|familiar|close|who|in|at|from|on|to)\s/)[0]!;
  if (/[^siu]s$/i.test(head)) return t;
  return (/^[aeiou]/i.test(t) ? 'an ' : 'a ') + t;
}

/** "Orozobek Kayikov, head of …, told *Trend*"; "a source told *Trend*"; "" without a speaker. */
function speakerPhrase(speaker: Speaker | null, outlet: string | undefined): string {
  if (!speaker) return '';
  const who =
    speaker.anonymous || !speaker.name
      ? sourcePhrase(speaker.title)
      : speaker.title
        ? `${speaker.name}, ${speaker.title},`
        : speaker.name;
  return `${who} ${outlet ? `told ${italic(outlet)}` : 'said'}`;
}

/**
 * `“The resolution addresses …,” Orozobek Kayikov, head of …, told Trend (Veliyev, 2014). URL#:~:text=…`
 * Note styles (Chicago, IEEE, Wikipedia) put the link in the note they attach. Machine formats
 * (BibTeX, RIS, CSL-JSON) describe works, not quotes: they get the APA form.
 */
export function quoteCitationRich(quote: Quote, item: CslItem, style: CitationStyle, pageText?: string): string {
  const link = item.URL ? textFragmentUrl(item.URL, quote.text, pageText, quote.start) : '';
  const linked: CslItem = link ? { ...item, URL: link } : item;
  // The sentence's own period or comma gives way to ours: “… whole world,” Kayikov told …
  const body = quote.text.trim().replace(/[\s.,;:]+$/u, '');
  const asks = /[?!]$/.test(body);
  const who = speakerPhrase(quote.speaker, item['container-title']);
  // Harvard is British: single marks, punctuation outside (‘… world’, Kayikov told …).
  const uk = style === 'harvard';
  const quoted = uk ? `‘${body}’${who && !asks ? ',' : ''}` : `“${body}${who && !asks ? ',' : ''}”`;
  const said = who ? `${quoted} ${who}` : quoted;
  // US style ends a sentence inside the marks when nothing follows them: “… world.”¹
  const ended = who || asks ? `${said}.`.replace(/([?!]”)\.$/, '$1') : `“${body}.”`;
  const withLink = (cite: string): string => `${said} ${cite}.${link ? ` ${link}` : ''}`;
  switch (style) {
    case 'chicago':
    case 'chicago-note':
      return `${ended}¹\n\n${formatChicagoNote(linked)}`;
    case 'ieee':
      return `${said} [1].\n\n${formatIeee(linked)}`;
    case 'wikipedia':
      return `${ended}<ref>${formatWikipedia(linked, body)}</ref>`;
    case 'mla':
      return withLink(mlaInText(item));
    case 'harvard':
      return withLink(harvardInText(item));
    case 'chicago-author-date':
      return withLink(chicagoInText(item));
    default:
      return withLink(apaInText(item));
  }
}
