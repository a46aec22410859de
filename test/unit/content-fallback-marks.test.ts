/** The fallback highlighter (no CSS.highlights): wrapping text in <sl-mark> undoes itself exactly. */
import { describe, expect, it } from 'vitest';
import { quoteRangesFromMarks, wrapRanges, MARK_TAG } from '../../entrypoints/content/fallback-marks';

function rangeOver(root: HTMLElement, from: string, to: string): Range {
  // [start of `from`, end of `to`) over the text nodes of root, in document order.
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const range = document.createRange();
  const start = texts.find((t) => t.data.includes(from))!;
  const end = texts.find((t) => t.data.includes(to))!;
  range.setStart(start, start.data.indexOf(from));
  range.setEnd(end, end.data.indexOf(to) + to.length);
  return range;
}

const PAGE = `<p>“The resolution addresses the issues,” said <b>Orozobek Kayikov</b>, head of the office.</p>
<ul>
  <li>Mr Obama said the <em>trade deal</em> was good</li>
  <li>and that it would last</li>
</ul>
<table><tbody><tr><td>He said it twice</td></tr></tbody></table>`;

describe('wrapRanges / unwrap', () => {
  it('wraps quote text and people, then restores the exact DOM with the same text nodes', () => {
    const root = document.createElement('div');
    root.innerHTML = PAGE;
    document.body.appendChild(root);
    const before = root.innerHTML;
    const firstText = root.querySelector('p')!.firstChild as Text;
    const nodeCounts = [...root.querySelectorAll('*')].map((el) => el.childNodes.length);

    const wrapped = wrapRanges([
      { range: rangeOver(root, 'The resolution', 'issues'), kind: 'quote', quoteId: 'q1' },
      { range: rangeOver(root, 'Orozobek', 'Kayikov'), kind: 'person' },
      // Across two list items: the list's own whitespace text stays unwrapped.
      { range: rangeOver(root, 'Mr Obama', 'would last'), kind: 'reported', quoteId: 'q2' },
      { range: rangeOver(root, 'said it', 'twice'), kind: 'reported', quoteId: 'q3' },
      // Overlapping a quote: one mark carries both kinds, no nesting.
      { range: rangeOver(root, 'resolution', 'resolution'), kind: 'person' },
    ]);
    expect(root.innerHTML).not.toBe(before);
    expect(root.textContent).toBe(new DOMParser().parseFromString(`<div>${PAGE}</div>`, 'text/html').body.textContent);
    expect(root.querySelectorAll(`${MARK_TAG} ${MARK_TAG}`)).toHaveLength(0);
    for (const mark of root.querySelectorAll(MARK_TAG)) {
      expect(['UL', 'OL', 'TABLE', 'TBODY', 'TR']).not.toContain(mark.parentElement!.tagName);
    }
    expect(root.querySelector('ul')!.children).toHaveLength(2);
    const both = [...root.querySelectorAll(MARK_TAG)].find((m) => m.textContent === 'resolution')!;
    expect(both.getAttribute('data-sl')).toBe('quote person');

    const ranges = quoteRangesFromMarks(wrapped.marks);
    expect(ranges.get('q1')!.toString()).toBe('The resolution addresses the issues');
    expect(ranges.get('q2')!.toString().replace(/\s+/g, ' ')).toBe('Mr Obama said the trade deal was good and that it would last');

    wrapped.unwrap();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelectorAll(MARK_TAG)).toHaveLength(0);
    // The page's own text node is back whole (not left split in pieces, as normalize() would fix).
    expect(root.querySelector('p')!.firstChild).toBe(firstText);
    expect([...root.querySelectorAll('*')].map((el) => el.childNodes.length)).toEqual(nodeCounts);
    root.remove();
  });

  it('wrapping nothing and unwrapping twice are harmless', () => {
    const root = document.createElement('div');
    root.innerHTML = PAGE;
    const before = root.innerHTML;
    const wrapped = wrapRanges([]);
    wrapped.unwrap();
    wrapped.unwrap();
    expect(root.innerHTML).toBe(before);
  });
});
