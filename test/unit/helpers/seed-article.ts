import type { Article } from '../../../lib/types';

/**
 * The seed story's metadata (Trend, 18 December 2014) as an `Article`, for tests that build an
 * Analysis by hand; each test overrides what it is about (text, URL, dateline …).
 */
export function seedArticle(overrides: Partial<Article> = {}): Article {
  return {
    isArticle: true,
    title: 'ITU advocates for global initiative to fight cybercrime',
    authors: ['Huseyn Veliyev'],
    organizationAuthors: [],
    siteName: 'Trend',
    publisher: null,
    published: '2014-12-18T18:24:00+04:00',
    modified: null,
    dateline: null,
    section: null,
    lang: 'en',
    url: 'https://en.trend.az/business/it/2345678.html',
    keywords: [],
    text: '',
    wordCount: 0,
    ...overrides,
  };
}
