/**
 * lib/text: the text map (whitespace, line breaks, DOM ranges back from offsets) and the
 * tokenizer / sentence splitter shared by the people and quote stages.
 *
 * Ranges are built in the test's own `document`: in happy-dom a Range on a DOMParser document is
 * always collapsed, while the content script works on the live page's document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TextMapBuilder, type TextMap } from '../../lib/text/text-map';
import { isAbbreviation, splitSentences, tokenize } from '../../lib/text/tokens';

/** Builds a map from the given block elements (by id) of `html`, the way extractBody walks them. */
function mapOf(html: string, ids: string[]): TextMap {
  document.body.innerHTML = html;
  const builder = new TextMapBuilder();
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) builder.addText(child as Text);
      else if ((child as Element).tagName === 'BR') builder.addLineBreak();
      else walk(child);
    }
  };
  for (const id of ids) {
    builder.startBlock();
    walk(document.getElementById(id)!);
  }
  return builder.finish();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TextMapBuilder', () => {
  it('collapses whitespace runs (spaces, newlines, tabs, no-break spaces) to one space and trims blocks', () => {
    const map = mapOf('<p id="a">  Hello \n\t  big&nbsp;&nbsp;world   </p>', ['a']);
    expect(map.text).toBe('Hello big world');
    expect(map.blocks).toEqual([{ start: 0, end: 15 }]);
  });

  it('joins blocks with "\\n\\n" and drops empty blocks without leaving separators', () => {
    const map = mapOf('<p id="a">One.</p><p id="b">   </p><p id="c">Two.</p>', ['a', 'b', 'c']);
    expect(map.text).toBe('One.\n\nTwo.');
    expect(map.blocks).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 10 },
    ]);
  });

  it('<br> becomes "\\n", with no space left around it; a leading <br> is dropped', () => {
    const map = mapOf('<p id="a"><br>Line one <br> Line two<br></p>', ['a']);
    expect(map.text).toBe('Line one\nLine two');
  });

  it('rangeOf inside one text node: toString equals the slice', () => {
    const map = mapOf('<p id="a">The resolution addresses the issues.</p>', ['a']);
    const range = map.rangeOf(4, 14)!;
    expect(range.toString()).toBe('resolution');
    expect(range.startContainer).toBe(document.getElementById('a')!.firstChild);
  });

  it('rangeOf across two text nodes and across an inline element', () => {
    const map = mapOf('<p id="a">Said <b>Orozobek</b> Kay<i>ikov</i> today.</p>', ['a']);
    expect(map.text).toBe('Said Orozobek Kayikov today.');
    const name = map.text.indexOf('Orozobek Kayikov');
    const range = map.rangeOf(name, name + 'Orozobek Kayikov'.length)!;
    expect(range.toString()).toBe('Orozobek Kayikov');
    expect(range.startContainer.parentElement!.tagName).toBe('B');
    expect(range.endContainer.parentElement!.tagName).toBe('I');
    // A word split over two nodes.
    const surname = map.text.indexOf('Kayikov');
    expect(map.rangeOf(surname, surname + 7)!.toString()).toBe('Kayikov');
  });

  it('rangeOf over collapsed whitespace maps back to the DOM text (same words)', () => {
    const map = mapOf('<p id="a">  Hello   <b>big</b>\n world  </p>', ['a']);
    const range = map.rangeOf(0, map.text.length)!;
    expect(range.toString().replace(/\s+/g, ' ').trim()).toBe('Hello big world');
  });

  it('rangeOf across blocks spans both paragraphs; a span of only a separator is null', () => {
    const map = mapOf('<p id="a">First part.</p><p id="b">Second part.</p>', ['a', 'b']);
    const range = map.rangeOf(6, map.text.length)!;
    expect(range.toString()).toBe('part.Second part.');
    expect(map.rangeOf(11, 13)).toBeNull();
  });

  it('every character of the text maps to the same character in the DOM', () => {
    const map = mapOf('<p id="a">“We are <em>ready</em>,” said <a href="#">Ali&nbsp;Abbasov</a>.</p><p id="b">Tail<br>line.</p>', ['a', 'b']);
    for (let i = 0; i < map.text.length; i++) {
      const ch = map.text[i]!;
      if (ch === '\n') continue;
      const r = map.rangeOf(i, i + 1)!;
      expect(r.toString().replace(/\s/g, ' '), `offset ${i}`).toBe(ch);
    }
  });
});

describe('tokenize', () => {
  const words = (text: string): string[] => tokenize(text).map((t) => t.text);

  it('abbreviations and initials keep their dot: "Sen.", "J.", "U.S.", "Dec."', () => {
    expect(words('Sen. Elizabeth Warren met J. Smith in the U.S. on Dec. 17.')).toEqual([
      'Sen.', 'Elizabeth', 'Warren', 'met', 'J.', 'Smith', 'in', 'the', 'U.S.', 'on', 'Dec.', '17',
    ]);
  });
  it('a sentence-final dot is not part of an ordinary word', () => {
    expect(words('The talks ended.')).toEqual(['The', 'talks', 'ended']);
  });
  it('possessive "Kayikov\'s" / "Kayikov’s" → "Kayikov", offsets on the name only', () => {
    const text = "Kayikov's aide and Kayikov’s plan";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Kayikov', 'aide', 'and', 'Kayikov', 'plan']);
    expect(text.slice(tokens[3]!.start, tokens[3]!.end)).toBe('Kayikov');
  });
  it('inner apostrophes and hyphens stay inside a word: "O\'Brien", "Jean-Luc", "doesn\'t"', () => {
    expect(words("O'Brien and Jean-Luc said it doesn't matter")).toEqual(["O'Brien", 'and', 'Jean-Luc', 'said', 'it', "doesn't", 'matter']);
  });
  it('numbers with separators are one token; capitalised flag', () => {
    const tokens = tokenize('About 4,000 jobs at WeWork');
    expect(tokens.map((t) => t.text)).toEqual(['About', '4,000', 'jobs', 'at', 'WeWork']);
    expect(tokens.map((t) => t.capitalized)).toEqual([true, false, false, false, true]);
  });
  it('from/to limit the range and offsets stay absolute', () => {
    const text = 'One two three four';
    const tokens = tokenize(text, 4, 13);
    expect(tokens.map((t) => t.text)).toEqual(['two', 'three']);
    expect(tokens[0]!.start).toBe(4);
  });
  it('isAbbreviation: titles, months and initials, not ordinary words', () => {
    for (const w of ['Sen.', 'Gov.', 'Dec.', 'J.', 'U.S.', 'Mr.']) expect(isAbbreviation(w), w).toBe(true);
    for (const w of ['ended.', 'Baku.', 'said.']) expect(isAbbreviation(w), w).toBe(false);
  });
});

describe('splitSentences', () => {
  const sentences = (text: string): string[] => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

  it('"Dec. 17": a month abbreviation does not end the sentence', () => {
    expect(sentences('The meeting is on Dec. 17 in Baku. It will last two days.')).toEqual([
      'The meeting is on Dec. 17 in Baku.',
      'It will last two days.',
    ]);
  });
  it('"U.S. Attorney" and "Sen. Warren": dotted initials and titles do not end the sentence', () => {
    expect(sentences('He met U.S. Attorney James Kennedy. They talked.')).toEqual(['He met U.S. Attorney James Kennedy.', 'They talked.']);
    expect(sentences('Sen. Warren spoke. Gov. Noem replied.')).toEqual(['Sen. Warren spoke.', 'Gov. Noem replied.']);
  });
  it('a closing quotation mark after the stop belongs to the sentence it closes', () => {
    expect(sentences('He said "It is over." The crowd cheered.')).toEqual(['He said "It is over."', 'The crowd cheered.']);
    expect(sentences('“We are ready.” Then he left. “Are you?” she asked.')).toEqual(['“We are ready.”', 'Then he left.', '“Are you?” she asked.']);
  });
  it('no break before a lower-case word: "… the U.S. economy", "etc. and"', () => {
    expect(sentences('Growth in the U.S. economy slowed. Prices rose.')).toEqual(['Growth in the U.S. economy slowed.', 'Prices rose.']);
  });
  it('works inside a block of a larger text (offsets are absolute)', () => {
    const text = 'First block.\n\nSecond block one. Second block two.';
    const from = text.indexOf('Second');
    const spans = splitSentences(text, from, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Second block one.', 'Second block two.']);
  });
});
