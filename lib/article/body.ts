/**
 * The story's paragraphs inside its root(s): page furniture left out, the byline and date
 * lines at the top kept aside for the metadata, and the rest laid out as `article.text`
 * with its map back to the DOM.
 */
import { TextMapBuilder, type TextMap } from '../text/text-map';
import { AFTER_STORY_HEADING, AFTER_STORY_OPENINGS, BLOCK_TAGS, BOILERPLATE_BLOCK, BOILERPLATE_OPENINGS, NEWSLETTER_PITCH, SEPARATOR_MARKS } from './boilerplate';
import { isFurniture } from './visibility';
import { LazyPattern } from '../text/lazy-pattern';

interface Block {
  items: (Text | 'br')[];
  text: string;
  linkChars: number;
  /** Inside a <blockquote>: an embedded post or a quoted passage, links and all. */
  quoted: boolean;
}

export interface Body {
  map: TextMap;
  /** Short lines that opened the body and were metadata, not story: "By Huseyn Veliyev - Trend:",
   * "Baku, Azerbaijan, Dec.18", "18 December 2014 18:24". */
  headerLines: string[];
}

/** How many blocks at the top may be header lines (byline, date line, dateline, section). */
const HEADER_ZONE = 6;
/** A header line is short; story paragraphs are longer. */
const HEADER_MAX_WORDS = 16;
/** A block mostly made of links and short is a list of links, not prose. */
const MAX_LINK_DENSITY = 0.5;
const LINK_BLOCK_MAX_WORDS = 30;
/** A newsletter pitch is a sentence or two; a longer block that mentions one is story. */
const PITCH_MAX_WORDS = 60;

export function extractBody(roots: Element[], byName = true): Body {
  const blocks: Block[] = [];
  for (const root of roots) collectBlocks(root, blocks, { current: null }, false, byName);
  for (const block of blocks) block.text = block.text.trim();

  const kept = cutAfterStory(blocks.filter((b) => b.text.length > 0 && !isBoilerplate(b)));
  const headerLines: string[] = [];
  // Leading short lines (section, date, dateline, byline) are metadata, not story.
  while (kept.length > 1 && headerLines.length < HEADER_ZONE && isHeaderLine(kept[0]!.text)) {
    headerLines.push(kept.shift()!.text);
  }

  const builder = new TextMapBuilder();
  for (const block of kept) {
    builder.startBlock();
    for (const item of block.items) {
      if (item === 'br') builder.addLineBreak();
      else builder.addText(item);
    }
  }
  return { map: builder.finish(), headerLines };
}

function collectBlocks(el: Element, blocks: Block[], state: { current: Block | null }, inLink: boolean, byName: boolean, quoted = false): void {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const text = node as Text;
      if (!state.current) {
        state.current = { items: [], text: '', linkChars: 0, quoted };
        blocks.push(state.current);
      }
      state.current.items.push(text);
      const normalized = text.data.replace(/[\s\u00a0]+/g, ' ');
      state.current.text += normalized;
      if (inLink) state.current.linkChars += normalized.trim().length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.tagName === 'BR') {
      state.current?.items.push('br');
      continue;
    }
    if (isFurniture(child, byName)) continue;
    const isBlock = BLOCK_TAGS.has(child.tagName);
    if (isBlock) state.current = null;
    collectBlocks(child, blocks, state, inLink || child.tagName === 'A', byName, quoted || child.tagName === 'BLOCKQUOTE');
    if (isBlock) state.current = null;
  }
}

/** Share of the text that must come before a related/comments heading for the cut to apply:
 * a heading near the top ("Related coverage" under the headline) is no end of the story. */
const STORY_SHARE_BEFORE_CUT = 0.5;
/** …or this much text: a story of a hundred words or more has been told before the list starts. */
const STORY_CHARS_BEFORE_CUT = 600;

/** Drops everything from a heading that opens a related list or comments (AFTER_STORY_HEADING). */
function cutAfterStory(blocks: Block[]): Block[] {
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if ((seen >= total * STORY_SHARE_BEFORE_CUT || seen >= STORY_CHARS_BEFORE_CUT) && block.text.length < 80 && mayBeAfterStoryHeading(block.text) && AFTER_STORY_HEADING.test(block.text)) {
      return blocks.slice(0, i);
    }
    seen += block.text.length;
  }
  return blocks;
}

function isBoilerplate(block: Block): boolean {
  if (mayBeBoilerplateBlock(block.text) && BOILERPLATE_BLOCK.test(block.text)) return true;
  // Counted only as far as the larger limit: a story's paragraphs are longer, and splitting each
  // into an array of words was most of this function's cost.
  const words = wordCount(block.text, PITCH_MAX_WORDS + 1);
  if (words <= PITCH_MAX_WORDS && mayBeNewsletterPitch(block.text) && NEWSLETTER_PITCH.test(block.text)) return true;
  // An embedded tweet is mostly links ("— Mike Beauvais (@MikeBeauvais) November 18, 2019") and
  // still part of the story (scrapinghub/3f65af7b6b98).
  if (block.quoted) return false;
  return block.linkChars / block.text.length > MAX_LINK_DENSITY && words <= LINK_BLOCK_MAX_WORDS;
}

/** Openings by their first character, and the length of the longest. */
interface Openings {
  byFirst: Map<string, string[]>;
  longest: number;
}

function indexOpenings(openings: readonly string[]): Openings {
  const byFirst = new Map<string, string[]>();
  for (const opening of openings) {
    const group = byFirst.get(opening[0]!);
    if (group) group.push(opening);
    else byFirst.set(opening[0]!, [opening]);
  }
  return { byFirst, longest: Math.max(...openings.map((o) => o.length)) };
}

/** Whether `text`, lower-cased, begins with one of `openings`. Lower-casing is exact for the ASCII
 * openings of patterns with the `i` flag (without `u`): such a pattern matches an ASCII letter only
 * with one of its two cases, and nothing else lower-cases to an ASCII opening that the pattern
 * would match. */
function beginsWithOneOf(text: string, { byFirst, longest }: Openings): boolean {
  const head = text.slice(0, longest).toLowerCase();
  const candidates = byFirst.get(head[0] ?? '');
  return candidates !== undefined && candidates.some((opening) => head.startsWith(opening));
}

// Built on first use, not when the content script loads: a page that is not an article never
// needs them, and building them was the largest part of loading the script in a warm tab.
let boilerplateIndex: Openings | null = null;
let afterStoryIndex: Openings | null = null;

/** False when `text` cannot match BOILERPLATE_BLOCK (see BOILERPLATE_OPENINGS). */
export function mayBeBoilerplateBlock(text: string): boolean {
  if (!beginsWithOneOf(text, (boilerplateIndex ??= indexOpenings(BOILERPLATE_OPENINGS)))) return false;
  // Of its alternatives only a separator line begins with a mark ("— Mike Beauvais (@MikeBeauvais)"
  // is no separator), and only "12 shares" with a digit ("3. The cloud becomes…" is none).
  if (SEPARATOR_MARKS.includes(text[0]!)) return [...text].every((ch) => SEPARATOR_MARKS.includes(ch));
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return /shares?$/.test(text.slice(-6).toLowerCase());
  return true;
}

/** False when `text` cannot match AFTER_STORY_HEADING (see AFTER_STORY_OPENINGS): its headings in
 * other alphabets begin with a letter beyond ASCII, and those lines are left to the pattern. */
export function mayBeAfterStoryHeading(text: string): boolean {
  const first = text.charCodeAt(0);
  // Of its headings only "12 comments" begins with a digit ("3. The cloud becomes…" is none).
  if (first >= 0x30 && first <= 0x39) return text.toLowerCase().includes('comment');
  if (first < 0x80) return beginsWithOneOf(text, (afterStoryIndex ??= indexOpenings(AFTER_STORY_OPENINGS)));
  // "À lire aussi" and the Russian headings: À or à, or a Cyrillic letter (its blocks, and the
  // variant letters of Cyrillic Extended-C, which the `i` flag matches with с, д, т…). A curly
  // quote or a dash ("‘We need to listen’") begins none.
  return first === 0xc0 || first === 0xe0 || (first >= 0x400 && first <= 0x52f) || (first >= 0x1c80 && first <= 0x1c8f);
}

/** A block that mentions no newsletter cannot be a pitch for one (lower-cased as above). */
const mayBeNewsletterPitch = (text: string): boolean => text.toLowerCase().includes('newsletter');

/** Patterns of the short lines above a story that belong to its metadata. Those with `\p{…}`
 * classes are created on first use (see LazyPattern): the first block of most stories needs none. */
const BYLINE_LINE = new LazyPattern(() => /^(?:by|from|von|par|por|di)\s+\p{Lu}/iu);
const MONTH = '(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*';
const DATE_IN_LINE = new RegExp(
  `\\b(?:\\d{1,2}[ .]+${MONTH}\\.?,? +\\d{4}|${MONTH}\\.? ?\\d{1,2},? +\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}:\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)|(?:[Uu]pdated|[Pp]ublished|[Pp]osted)\\b)`,
);
/** A place name: capitalised words ("Baku", "SIOUX FALLS", "S.D."). */
const PLACE = "\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)*";
/** "Baku, Azerbaijan, Dec.18" / "NAIROBI, Kenya —" alone on a line; group 1 is the place. */
export const DATELINE_LINE = new LazyPattern(() => new RegExp(`^(${PLACE}(?:, ${PLACE})*?)(?:,? ${MONTH}\\.? ?\\d{1,2})?\\s*[-–—:]?$`, 'u'));

/** A wire agency credited on its own line above the story ("Associated Press", scrapinghub/82b6d780c792). */
const AGENCY_LINE = /^(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|dpa|efe|ansa|xinhua|tass|upi)$/i;
/** An outlet with the city it files from: "CNNMoney (New York)" (readability/cnn). Group 1 is the city. */
export const OUTLET_CITY_LINE = new LazyPattern(() => /^[\p{L}.&]+(?: [\p{L}.&]+)? \((\p{Lu}[\p{L}. ]+)\)$/u);

function isHeaderLine(text: string): boolean {
  if (wordCount(text, HEADER_MAX_WORDS + 1) > HEADER_MAX_WORDS) return false;
  // Each pattern is tried only on lines that could match it (see mayBeByline, mayBeDateline, and an
  // outlet line ends with its city in brackets): with `\p{…}` classes they cost a fresh tab up to a
  // millisecond to compile, and the first block of most stories is none of these.
  if ((mayBeByline(text) && BYLINE_LINE.test(text)) || AGENCY_LINE.test(text) || (text.endsWith(')') && OUTLET_CITY_LINE.test(text))) return true;
  if (DATE_IN_LINE.test(text) && !/[.!?]["”’]?$/.test(text)) return true;
  return text.includes(',') && mayBeDateline(text) && DATELINE_LINE.test(text);
}

/** BYLINE_LINE's words begin with b, f, v, p or d; with `iu` nothing else folds to those letters. */
function mayBeByline(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return first === 0x62 || first === 0x66 || first === 0x76 || first === 0x70 || first === 0x64;
}

/** DATELINE_LINE begins with an upper-case letter: never with an ASCII character other than A-Z. */
function mayBeDateline(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 0x80 || (first >= 0x41 && first <= 0x5a);
}

/** Runs of non-space characters (what `text.split(/\s+/).filter(Boolean)` keeps), counted no
 * further than `cap`, without building the array of words. */
function wordCount(text: string, cap: number): number {
  let count = 0;
  NON_SPACE_RUN.lastIndex = 0;
  while (count < cap && NON_SPACE_RUN.test(text)) count++;
  return count;
}
const NON_SPACE_RUN = /\S+/g;
