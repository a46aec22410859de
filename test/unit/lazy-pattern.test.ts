/** LazyPattern (lib/text/lazy-pattern.ts): a pattern created on first use, then the same one. */
import { describe, expect, it } from 'vitest';
import { LazyPattern } from '../../lib/text/lazy-pattern';
import { INLINE_DATELINE, INLINE_DATELINE_MIXED } from '../../lib/article/dateline';
import { DATELINE_LINE, OUTLET_CITY_LINE } from '../../lib/article/body';

describe('LazyPattern', () => {
  it('creates its pattern on the first use only, and once', () => {
    let created = 0;
    const lazy = new LazyPattern(() => {
      created++;
      return /^\p{Lu}\p{Ll}+$/u;
    });
    expect(created).toBe(0);
    expect(lazy.test('Baku')).toBe(true);
    expect(lazy.test('baku')).toBe(false);
    expect(lazy.exec('Nairobi')?.[0]).toBe('Nairobi');
    expect(lazy.regex).toBe(lazy.regex);
    expect(created).toBe(1);
  });

  it('answers as the pattern it wraps, `lastIndex` of a global pattern included', () => {
    const lazy = new LazyPattern(() => /\p{L}+/gu);
    const plain = /\p{L}+/gu;
    for (const text of ['Привет мир', 'naïve café', '', '42']) {
      expect([lazy.exec(text)?.[0], lazy.exec(text)?.[0], lazy.regex.lastIndex]).toEqual([plain.exec(text)?.[0], plain.exec(text)?.[0], plain.lastIndex]);
    }
  });

  it('the shared dateline patterns still match what they are written for', () => {
    expect(INLINE_DATELINE.exec('WASHINGTON (AP) — The Senate voted')?.[1]).toBe('WASHINGTON');
    expect(INLINE_DATELINE_MIXED.exec('Indianapolis – Several thousand teachers')?.[1]).toBe('Indianapolis');
    expect(DATELINE_LINE.exec('Baku, Azerbaijan, Dec.18')?.[1]).toBe('Baku, Azerbaijan');
    expect(OUTLET_CITY_LINE.exec('CNNMoney (New York)')?.[1]).toBe('New York');
  });
});
