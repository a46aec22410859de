/**
 * The Analysis JSON, schema 1 (../shared/guides/analysis-schema.md). `analyze()` returns it, the
 * CLI prints it, the popup renders it. Fields may be added; existing ones keep their meaning.
 */

export interface Article {
  /** false: not a news/article page (quotes etc. may then be empty). */
  isArticle: boolean;
  title: string | null;
  /** People only, never the outlet. */
  authors: string[];
  /** Organisation bylines ("Reuters", "Trend News Agency Staff") kept apart from people. */
  organizationAuthors: string[];
  /** The outlet as readers name it. */
  siteName: string | null;
  publisher: string | null;
  /** ISO 8601 keeping the page's own offset; date only when no time is known. */
  published: string | null;
  modified: string | null;
  /** "Baku, Azerbaijan" — the place line that opens a wire story. */
  dateline: string | null;
  section: string | null;
  lang: string | null;
  /** Canonical URL when the page gives one, else the page URL (tracking parameters removed). */
  url: string | null;
  /** Page keywords (meta keywords, article:tag, JSON-LD keywords), as given. */
  keywords: string[];
  /** Article body as plain text; paragraphs joined by "\n\n". */
  text: string;
  wordCount: number;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

/** How a quote's speaker was found, for the hover card ("why this speaker?"). */
export type SpeakerResolution = 'named' | 'surname' | 'pronoun' | 'role' | 'continued' | 'anonymous';

export interface Speaker {
  /** Full name after resolving "Kayikov" / "he"; null when anonymous. */
  name: string | null;
  title: string | null;
  anonymous: boolean;
  /** id of the entry in `people`, null when anonymous or an organisation. */
  personId: string | null;
  /** Offsets of the mention that attributes this quote, in article.text. */
  start: number;
  end: number;
  resolution: SpeakerResolution;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  /** Content without the quotation marks. */
  text: string;
  /** Offsets of `text` in article.text (UTF-16, end exclusive). */
  start: number;
  end: number;
  /** The attribution verb or phrase, null when inferred (continued paragraph). */
  cue: string | null;
  speaker: Speaker | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface Person {
  id: string;
  name: string;
  titles: string[];
  /** Holds a public or organisational office. */
  official: boolean;
  quoteCount: number;
  mentions: Span[];
}

export interface Organization {
  name: string;
  aliases: string[];
}

export interface Place {
  name: string;
}

/** CSL-JSON item (the subset we produce). https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html */
export interface CslName {
  family?: string;
  given?: string;
  /** An organisation as author: cited by this name, never split. */
  literal?: string;
}

export interface CslDate {
  'date-parts': [number, number?, number?][];
}

export interface CslItem {
  type: 'article-newspaper' | 'webpage';
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  /** The dateline city ("Baku"): where the story was filed from (Wikipedia's `location`). */
  'event-place'?: string;
  section?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
}

export interface Citation {
  csl: CslItem;
  apa: string;
}

export interface Analysis {
  schema: 1;
  article: Article;
  quotes: Quote[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  tags: string[];
  citation: Citation;
  /**
   * true when the analysis ran out of its time budget (`analyze(doc, { budgetMs })`, 1,500 ms by
   * default) and stopped early: `article` (metadata and the whole text) is complete, but people,
   * organisations, places, quotes and tags come only from the start of `article.text`, or are
   * empty. `analyze()` and `analyzeText()` always set it; it is optional in the type only so that
   * Analysis objects written before it existed (fixtures, stored results) still type-check, and
   * missing means false.
   */
  partial?: boolean;
}
