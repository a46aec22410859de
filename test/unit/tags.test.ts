/**
 * lib/tags: page keywords first, then organisations (by acronym), places, section; de-duplicated
 * case-insensitively, at most ten, no empty or outlet keywords.
 */
import { describe, expect, it } from 'vitest';
import { buildTags } from '../../lib/tags/build-tags';
import type { Article, Organization, Place } from '../../lib/types';
import { analyzeHtml, readFixture } from './helpers/fixtures';

function article(over: Partial<Article> = {}): Article {
  return {
    isArticle: true, title: 'T', authors: [], organizationAuthors: [], siteName: 'Trend', publisher: 'Trend News Agency',
    published: null, modified: null, dateline: null, section: 'Business', lang: 'en', url: null,
    keywords: [], text: '', wordCount: 0, ...over,
  };
}
const ITU: Organization = { name: 'International Telecommunication Union', aliases: ['ITU'] };
const EU: Organization = { name: 'European Union', aliases: [] };
const AZ: Place = { name: 'Azerbaijan' };

describe('buildTags', () => {
  it('keywords first, then organisations, places and the section', () => {
    expect(buildTags(article({ keywords: ['Cybercrime'] }), [EU], [AZ])).toEqual(['Cybercrime', 'European Union', 'Azerbaijan', 'Business']);
  });
  it('de-duplicates case-insensitively, across keywords, acronyms and places', () => {
    const tags = buildTags(article({ keywords: ['ITU', 'itu', 'Cybercrime', 'azerbaijan'] }), [ITU], [AZ, { name: 'Azerbaijan' }]);
    expect(tags).toEqual(['ITU', 'Cybercrime', 'azerbaijan', 'Business']);
  });
  it('an organisation with an acronym is tagged by the acronym, once', () => {
    expect(buildTags(article({ section: null }), [ITU, { name: 'CIS International Telecommunication Union', aliases: ['ITU'] }], [])).toEqual(['ITU']);
  });
  it('an organisation already given by its full name is not added again by its acronym', () => {
    expect(buildTags(article({ keywords: ['International Telecommunication Union'], section: null }), [ITU], [])).toEqual([
      'International Telecommunication Union',
    ]);
  });
  it('a content system\'s codes are no tags: AP keywords on the Houston Chronicle (test/fixtures/real/chron-db6b0816c612)', () => {
    const tags = analyzeHtml(readFixture('real/chron-db6b0816c612/source.html')).tags;
    expect(tags.slice(0, 3)).toEqual(['John McCain', 'Mark Esper', 'Vietnam']);
    expect(tags.filter((t) => /_|^PERSON$/.test(t))).toEqual([]);
  });
  it('at most ten tags', () => {
    const tags = buildTags(article({ keywords: Array.from({ length: 30 }, (_, i) => `keyword ${i}`) }), [ITU, EU], [AZ]);
    expect(tags).toHaveLength(10);
    expect(tags[9]).toBe('keyword 9');
  });
  it('empty keywords ("news", "Latest") and the outlet name are dropped', () => {
    expect(buildTags(article({ keywords: ['news', 'Latest', 'Trend', 'trend news agency', 'Cybercrime'], section: null }), [], [])).toEqual(['Cybercrime']);
  });
  it('nothing in, nothing out', () => {
    expect(buildTags(article({ section: null, siteName: null, publisher: null }), [], [])).toEqual([]);
  });
  // An organisation named like the outlet ("BBC News" on bbc.co.uk) is no tag.
  it('an organisation that is the outlet is not a tag', () => {
    expect(buildTags(article({ siteName: 'BBC News', publisher: 'BBC News', section: null }), [{ name: 'BBC News', aliases: [] }], [])).toEqual([]);
  });
});
