/**
 * Reported speech in the GUM news texts (gum-news/*.conllu): the discourse layer marks each
 * `attribution` relation between an attributing unit ("Whitmore stated") and the unit it
 * attributes ("Montalvo left Scientology-related employment …"). The bench keeps the relations
 * whose attributing unit holds a speech cue (GUIDELINES.md: said, told, announced, …, by the
 * token's lemma); beliefs and perceptions ("thinks", "found") are no quotes in our guidelines.
 *
 * The quote rules were written on the dev pages; these texts are a second set, which they met
 * late (a few rules of 2026-11-30 came from its misses, each checked on the dev pages too).
 *
 * The text is rebuilt as written: tokens joined as `SpaceAfter` says, a multi-word token by its
 * surface form, the sentences of a paragraph by a space, paragraphs (`# newpar`) by a blank line.
 * (persons.jsonl's text puts a space between all tokens, "Sheriff 's office", which reads as a
 * quotation mark to a quote finder.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Span } from '../../lib/types';

/** Lemmas of speech cues (GUIDELINES.md "indirect"): the attributing unit must hold one. */
export const SPEECH_LEMMAS = new Set(
  `say tell announce add note explain claim report state write warn argue comment confirm deny insist
   reply respond stress suggest describe admit acknowledge ask answer declare remark reveal testify
   tweet urge predict promise accuse allege complain conclude emphasize estimate indicate maintain
   mention point recall reiterate quote cite according speak`.split(/\s+/),
);

export interface GumAttribution {
  /** The attributing unit: "Whitmore stated". */
  source: Span;
  /** The unit attributed: what was said. */
  content: Span;
  /** The speech lemma found in the source. */
  cue: string;
}

export interface GumAttributionText {
  id: string;
  text: string;
  attributions: GumAttribution[];
}

interface Token {
  start: number;
  end: number;
  lemma: string;
  /** Discourse unit number (1-based, in text order). */
  unit: number;
  misc: string;
}

/** Reads one CoNLL-U document: its text and its speech attributions. */
export function parseGumAttributions(id: string, conllu: string): GumAttributionText {
  const tokens: Token[] = [];
  let text = '';
  let unit = 0;
  let space = false;
  let multiword: { last: number; start: number; end: number } | null = null;
  for (const line of conllu.split('\n')) {
    if (line === '# newpar' || line.startsWith('# newpar ')) {
      if (text) text += '\n\n';
      space = false;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) continue;
    const [idCol, form, lemma, , , , , , , misc] = cols as [string, string, string, string, string, string, string, string, string, string];
    const range = /^(\d+)-(\d+)$/.exec(idCol);
    if (range) {
      if (space) text += ' ';
      const start = text.length;
      text += form;
      multiword = { last: Number(range[2]), start, end: text.length };
      space = !misc.includes('SpaceAfter=No');
      continue;
    }
    if (!/^\d+$/.test(idCol)) continue; // empty nodes
    // A new sentence in the same paragraph: one space.
    if (idCol === '1' && text && !text.endsWith('\n')) space = true;
    if (misc.includes('Discourse=')) unit++;
    if (multiword && Number(idCol) <= multiword.last) {
      tokens.push({ start: multiword.start, end: multiword.end, lemma, unit, misc });
      if (Number(idCol) === multiword.last) multiword = null;
      continue;
    }
    if (space) text += ' ';
    const start = text.length;
    text += form;
    tokens.push({ start, end: text.length, lemma, unit, misc });
    space = !misc.includes('SpaceAfter=No');
  }
  const units = new Map<number, Token[]>();
  for (const t of tokens) units.set(t.unit, [...(units.get(t.unit) ?? []), t]);
  const spanOf = (n: number): Span | null => {
    const ts = units.get(n);
    return ts ? { start: ts[0]!.start, end: ts[ts.length - 1]!.end } : null;
  };
  const attributions: GumAttribution[] = [];
  for (const t of tokens) {
    // On a unit's first token: "Discourse=attribution-positive:4->5:…", unit 4 attributes unit 5.
    const m = /Discourse=attribution-positive:(\d+)->(\d+)/.exec(t.misc);
    if (!m) continue;
    const cue = units.get(Number(m[1]))?.map((x) => x.lemma.toLowerCase()).find((l) => SPEECH_LEMMAS.has(l));
    const source = spanOf(Number(m[1]));
    const content = spanOf(Number(m[2]));
    if (cue && source && content) attributions.push({ source, content, cue });
  }
  return { id, text, attributions };
}

export function loadGumAttributions(dataDir: string): GumAttributionText[] {
  const dir = path.join(dataDir, 'gum-news');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .map((f) => parseGumAttributions(`gum/${f.replace(/\.conllu$/, '')}`, readFileSync(path.join(dir, f), 'utf8')));
}
