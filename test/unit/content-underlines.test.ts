/**
 * The underline overlay (Firefox build: its highlights draw fills only): one box per line of the
 * text a highlight covers, in the kind's underline style and colour, inside our own shadow root,
 * gone at once on clear. happy-dom has no layout, so text boxes come from a stub that lays text
 * out on one 16 px line per text node, 8 px per character; the real layout is checked end to end
 * in firefox-esr (test/e2e/firefox.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clipped, lineBoxes, textRects, UnderlineOverlay, UNDERLINE_HOST_TAG } from '../../entrypoints/content/underline-overlay';
import { underlineColors } from '../../entrypoints/content/highlight-colors';
import { defaultHighlightColors } from '../../utils/settings-schema';

const rect = (left: number, top: number, width: number, height = 16): DOMRect => new DOMRect(left, top, width, height);

/** Ranges whose text boxes were asked for, and a fake layout: text node i on line i. */
let asked: string[] = [];
function stubLayout(): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    asked.push(this.toString());
    const rects: DOMRect[] = [];
    // An element fully inside the range reports its own box too (as browsers do).
    if (this.startContainer !== this.endContainer || this.startContainer.nodeType !== Node.TEXT_NODE) rects.push(rect(0, 0, 999));
    else {
      const texts = [...document.body.querySelectorAll('p')].flatMap((p) => [...p.childNodes].flatMap((n) => (n.nodeType === 3 ? [n] : [...n.childNodes])));
      const line = texts.indexOf(this.startContainer as ChildNode);
      rects.push(rect(10 + this.startOffset * 8, 100 + line * 20, (this.endOffset - this.startOffset) * 8));
    }
    return rects as unknown as DOMRectList;
  });
}

function rangeOf(from: Node, fromOffset: number, to: Node, toOffset: number): Range {
  const range = document.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  return range;
}

beforeEach(() => {
  document.body.innerHTML = '<p>“The resolution addresses the issues,” said <b>Orozobek Kayikov</b>, head of the office.</p>';
  asked = [];
  stubLayout();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.querySelector(UNDERLINE_HOST_TAG)?.remove();
});

describe('textRects', () => {
  it('measures each text node the range covers, never the box of an element inside it', () => {
    const p = document.querySelector('p')!;
    const name = p.querySelector('b')!.firstChild!;
    const first = p.firstChild as Text;
    const rects = textRects(document, rangeOf(first, first.data.indexOf('said'), name, 16));
    expect(asked).toEqual(['said ', 'Orozobek Kayikov']);
    expect(rects.map((r) => r.width)).toEqual([5 * 8, 16 * 8]);
    expect(rects.some((r) => r.width === 999)).toBe(false);
  });

  it('asks a range inside one text node for its boxes directly', () => {
    const text = document.querySelector('p')!.firstChild!;
    expect(textRects(document, rangeOf(text, 1, text, 15)).map((r) => r.width)).toEqual([14 * 8]);
  });
});

describe('lineBoxes', () => {
  it('joins the word boxes of one line into one stretch (no breaks at the spaces)', () => {
    const words = [rect(10, 100, 30), rect(44, 100, 50), rect(98, 100, 20)];
    expect(lineBoxes(words)).toEqual([{ left: 10, width: 108, bottom: 116 }]);
  });

  it('keeps lines apart, and words far apart on one line (columns, floats)', () => {
    const boxes = lineBoxes([rect(10, 100, 300), rect(10, 120, 120), rect(400, 120, 50)]);
    expect(boxes).toEqual([
      { left: 10, width: 300, bottom: 116 },
      { left: 10, width: 120, bottom: 136 },
      { left: 400, width: 50, bottom: 136 },
    ]);
  });
});

describe('clipped', () => {
  const pane = rect(100, 100, 300, 200); // x 100–400, y 100–300
  const lines = [
    { left: 110, width: 250, bottom: 90 }, // scrolled out above the pane
    { left: 110, width: 250, bottom: 150 }, // inside
    { left: 50, width: 500, bottom: 200 }, // wider than the pane
    { left: 110, width: 250, bottom: 320 }, // below it
  ];

  it('keeps only the lines whose underline is inside every clipping box, cut to its width', () => {
    expect(clipped(lines, [pane])).toEqual([
      { left: 110, width: 250, bottom: 150 },
      { left: 100, width: 300, bottom: 200 },
    ]);
  });

  it('keeps every line when nothing clips', () => {
    expect(clipped(lines, [])).toEqual(lines);
  });
});

describe('UnderlineOverlay', () => {
  const boxes = () =>
    [...(document.querySelector(UNDERLINE_HOST_TAG)?.shadowRoot?.querySelectorAll<HTMLElement>('div[data-kind]') ?? [])].map((box) => ({
      kind: box.dataset.kind,
      left: box.style.left,
      top: box.style.top,
      width: box.style.width,
      line: box.style.borderBottom,
    }));

  it('draws each kind in its own line style and colour, below its text, in a shadow root of ours', () => {
    const p = document.querySelector('p')!;
    const before = document.body.innerHTML;
    const quote = rangeOf(p.firstChild!, 1, p.firstChild!, 37);
    const person = rangeOf(p.querySelector('b')!.firstChild!, 0, p.querySelector('b')!.firstChild!, 16);
    const overlay = new UnderlineOverlay(document);
    overlay.draw({ quote: [quote], reported: [], person: [person] }, underlineColors(defaultHighlightColors()));

    expect(boxes()).toEqual([
      { kind: 'person', left: '10px', top: '134px', width: '128px', line: '2px dotted rgba(30, 90, 200, 0.95)' },
      { kind: 'quote', left: '18px', top: '114px', width: '288px', line: '2px solid rgba(176, 120, 0, 0.9)' },
    ]);
    // Nothing of the page changed; our host is the last child of <html>, outside the body.
    expect(document.body.innerHTML).toBe(before);
    expect(document.documentElement.lastElementChild?.tagName.toLowerCase()).toBe(UNDERLINE_HOST_TAG);

    overlay.focus(quote);
    expect(boxes().filter((b) => b.kind === 'focus')).toEqual([{ kind: 'focus', left: '18px', top: '113px', width: '288px', line: '3px double rgba(200, 70, 0, 1)' }]);
    overlay.focus(null);
    expect(boxes().some((b) => b.kind === 'focus')).toBe(false);

    overlay.clear();
    expect(document.querySelector(UNDERLINE_HOST_TAG)).toBeNull();
    expect(document.body.innerHTML).toBe(before);
  });

  it('draws nothing for no ranges, and a second draw replaces the first', () => {
    const text = document.querySelector('p')!.firstChild!;
    const overlay = new UnderlineOverlay(document);
    overlay.draw({ quote: [rangeOf(text, 1, text, 10)] }, underlineColors(defaultHighlightColors()));
    overlay.draw({ reported: [rangeOf(text, 1, text, 10)] }, underlineColors(defaultHighlightColors()));
    expect(boxes().map((b) => b.kind)).toEqual(['reported']);
    overlay.draw({}, underlineColors(defaultHighlightColors()));
    expect(boxes()).toEqual([]);
    expect(document.querySelectorAll(UNDERLINE_HOST_TAG)).toHaveLength(1);
    overlay.clear();
  });

  it('takes out an underline host left by an earlier copy of the script (Firefox, after an update)', () => {
    const leftover = document.documentElement.appendChild(document.createElement(UNDERLINE_HOST_TAG));
    const text = document.querySelector('p')!.firstChild!;
    const overlay = new UnderlineOverlay(document);
    overlay.draw({ quote: [rangeOf(text, 1, text, 10)] }, underlineColors(defaultHighlightColors()));
    const hosts = document.querySelectorAll(UNDERLINE_HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).not.toBe(leftover);
    expect(boxes().map((b) => b.kind)).toEqual(['quote']);
    overlay.clear();
  });
});

describe('UnderlineOverlay relayout', () => {
  it('lays the boxes out again after a box of the page scrolls, not after the document scrolls', async () => {
    const text = document.querySelector('p')!.firstChild!;
    const overlay = new UnderlineOverlay(document);
    overlay.draw({ quote: [rangeOf(text, 1, text, 10)] }, underlineColors(defaultHighlightColors()));
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    asked = [];
    document.dispatchEvent(new Event('scroll'));
    await frame();
    await frame();
    expect(asked).toEqual([]);
    document.querySelector('p')!.dispatchEvent(new Event('scroll'));
    await frame();
    await frame();
    expect(asked).toHaveLength(1);
    overlay.clear();
    document.querySelector('p')!.dispatchEvent(new Event('scroll'));
    await frame();
    await frame();
    expect(asked).toHaveLength(1);
  });
});

describe('underlineColors', () => {
  it('gives highlights.css’s own underline colours for the defaults, so both browsers look alike', () => {
    const css = readFileSync(path.join(import.meta.dirname, '../../entrypoints/content/highlights.css'), 'utf8');
    const inCss = (name: string) => new RegExp(`::highlight\\(${name}\\) \\{[^}]*text-decoration: underline \\w+ (rgba\\([^)]*\\))`).exec(css)?.[1];
    const colors = underlineColors(defaultHighlightColors());
    expect(colors.quote).toBe(inCss('sourcelight-quote'));
    expect(colors.reported).toBe(inCss('sourcelight-reported'));
    expect(colors.person).toBe(inCss('sourcelight-person'));
  });

  it('darkens a reader’s colour as the colour sheet does, and ignores a hostile one', () => {
    const colors = underlineColors({ quote: '#ff0000', reported: 'red; x' as string, person: '#3c8cff' });
    expect(colors.quote).toBe('rgba(166, 0, 0, 0.9)');
    expect(colors.reported).toBe('rgba(176, 120, 0, 0.9)');
  });
});
