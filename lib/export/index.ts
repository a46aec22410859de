/**
 * All of an article's quotes, with speakers, their titles, kinds and text-fragment links, as
 * Markdown, CSV (RFC 4180) or JSON. Pure functions over an `Analysis`: the popup downloads what
 * they return, the CLI or a test can print it.
 */
import { textFragmentUrl } from '../cite/fragment';
import type { Analysis, CslItem, CslName } from '../types';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export const EXPORT_FORMATS: { id: ExportFormat; label: string; extension: string; mime: string }[] = [
  { id: 'markdown', label: 'Markdown', extension: 'md', mime: 'text/markdown' },
  { id: 'csv', label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv' },
  { id: 'json', label: 'JSON', extension: 'json', mime: 'application/json' },
];

export function isExportFormat(value: unknown): value is ExportFormat {
  return EXPORT_FORMATS.some((format) => format.id === value);
}

/** One quote as every format lists it. */
export interface ExportedQuote {
  number: number;
  /** The speaker's name; null for an anonymous source or an unattributed quote. */
  speaker: string | null;
  /** The speaker's title ("head of …") or, for an anonymous source, how the story describes them. */
  title: string | null;
  anonymous: boolean;
  kind: 'direct' | 'indirect' | 'mixed';
  text: string;
  /** The article URL opened at the passage (`#:~:text=`); null when the article has no URL. */
  link: string | null;
}

export interface ExportedArticle {
  title: string | null;
  authors: string[];
  site: string | null;
  /** As the page gives it (ISO 8601, its own offset). */
  published: string | null;
  url: string | null;
}

/**
 * The rows, in the order of the story. `item` is the citation item (the reader's corrections
 * included), whose URL the links are built on; the article's own URL otherwise.
 */
export function exportedQuotes(analysis: Analysis, item: CslItem = analysis.citation.csl): ExportedQuote[] {
  const url = item.URL ?? analysis.article.url;
  return analysis.quotes.map((quote, index) => {
    const anonymous = quote.speaker !== null && (quote.speaker.anonymous || !quote.speaker.name);
    return {
      number: index + 1,
      speaker: anonymous ? null : (quote.speaker?.name ?? null),
      title: quote.speaker?.title ?? null,
      anonymous,
      kind: quote.kind,
      text: quote.text,
      link: url ? textFragmentUrl(url, quote.text, analysis.article.text, quote.start) : null,
    };
  });
}

function nameOf(name: CslName): string {
  return name.literal ?? [name.given, name.family].filter(Boolean).join(' ');
}

export function exportedArticle(analysis: Analysis, item: CslItem = analysis.citation.csl): ExportedArticle {
  const authors = item.author?.map(nameOf).filter(Boolean);
  return {
    title: item.title ?? analysis.article.title,
    authors: authors ?? analysis.article.authors,
    site: item['container-title'] ?? analysis.article.siteName,
    published: analysis.article.published,
    url: item.URL ?? analysis.article.url,
  };
}

/** How a row names who spoke: "Orozobek Kayikov", "Anonymous source", "Unattributed". */
function speakerLabel(quote: ExportedQuote): string {
  return quote.speaker ?? (quote.anonymous ? 'Anonymous source' : 'Unattributed');
}

// ---- Markdown ----

/** Characters that would turn quote text into emphasis, links, HTML or a table. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~]/g;
const escapeMarkdown = (s: string): string => s.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
// CommonMark's <…> link destination allows parentheses and spaces; only < > and line breaks must go.
const markdownUrl = (url: string): string => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

export function quotesToMarkdown(analysis: Analysis, item?: CslItem): string {
  const article = exportedArticle(analysis, item);
  const lines = [`# Quotes in “${escapeMarkdown(article.title ?? 'Untitled article')}”`, ''];
  const about = [article.site, article.authors.length ? `by ${article.authors.join(', ')}` : '', article.published?.slice(0, 10)]
    .filter(Boolean)
    .map((part) => escapeMarkdown(part!));
  if (about.length) lines.push(about.join(', '), '');
  if (article.url) lines.push(`Source: ${markdownUrl(article.url)}`, '');
  const quotes = exportedQuotes(analysis, item);
  if (quotes.length === 0) lines.push('No attributed quotes found.');
  for (const quote of quotes) {
    const who = `**${escapeMarkdown(speakerLabel(quote))}**${quote.title ? `, ${escapeMarkdown(quote.title)}` : ''}`;
    const text = escapeMarkdown(quote.text);
    const said = quote.kind === 'indirect' ? text : `“${text}”`;
    const link = quote.link ? ` ([open at the passage](${markdownUrl(quote.link)}))` : '';
    lines.push(`${quote.number}. ${who} (${quote.kind}): ${said}${link}`);
  }
  return `${lines.join('\n')}\n`;
}

// ---- CSV (RFC 4180) ----

export const CSV_COLUMNS = ['number', 'speaker', 'title', 'anonymous', 'kind', 'quote', 'link'] as const;

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header plus one record per quote, CRLF line ends (RFC 4180 §2.1), ending with a CRLF. */
export function quotesToCsv(analysis: Analysis, item?: CslItem): string {
  const rows = exportedQuotes(analysis, item).map((q) =>
    [q.number, q.speaker, q.title, q.anonymous, q.kind, q.text, q.link].map(csvField).join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].map((row) => `${row}\r\n`).join('');
}

// ---- JSON ----

export function quotesToJson(analysis: Analysis, item?: CslItem): string {
  return `${JSON.stringify({ article: exportedArticle(analysis, item), quotes: exportedQuotes(analysis, item) }, null, 2)}\n`;
}

export function exportQuotes(analysis: Analysis, format: ExportFormat, item?: CslItem): string {
  switch (format) {
    case 'markdown':
      return quotesToMarkdown(analysis, item);
    case 'csv':
      return quotesToCsv(analysis, item);
    case 'json':
      return quotesToJson(analysis, item);
  }
}

/** "sourcelight-quotes-itu-advocates-for-global-initiative.csv": the title's first words, ASCII. */
export function exportFileName(analysis: Analysis, format: ExportFormat): string {
  const slug = (analysis.article.title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .split('-')
    .filter(Boolean)
    .slice(0, 6)
    .join('-');
  const extension = EXPORT_FORMATS.find((f) => f.id === format)!.extension;
  return `sourcelight-quotes${slug ? `-${slug}` : ''}.${extension}`;
}
