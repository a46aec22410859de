/**
 * `--format card`: the popup's summary card as plain text for a terminal. It reads the same
 * derived data as the popup (../../components/summary.ts), so both group and count alike.
 */
import { countQuotes, formatCalendarDate, listOfficials, listQuotedSpeakers, plural } from '../../components/summary';
import type { Analysis } from '../types';

const DASH = ' — ';

export function formatCard(analysis: Analysis): string {
  const { article } = analysis;
  if (!article.isArticle) return formatNotArticle(analysis);

  // Organisation bylines ("Reuters") stand in when no person signed the story, as in the popup.
  const authors = article.authors.length > 0 ? article.authors : article.organizationAuthors;
  const meta = labelled([
    ['By', authors.join(', ')],
    ['Published', formatCalendarDate(article.published)],
    ['Dateline', article.dateline],
    ['Section', article.section],
  ]);

  const counts = countQuotes(analysis.quotes);
  const kinds = (['direct', 'indirect', 'mixed'] as const).filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${kind}`);
  if (counts.unattributed > 0) kinds.push(`${counts.unattributed} unattributed`);
  const quoteLine =
    (counts.total === 0 ? 'No quotes found' : `${plural(counts.total, 'quote')}${kinds.length ? `: ${kinds.join(', ')}` : ''}`) +
    (analysis.partial ? ' (partial: the page is very long; quotes from the first part only)' : '');

  const speakers = listQuotedSpeakers(analysis).map((s) => [s.name, s.title, plural(s.quoteCount, 'quote')].filter(Boolean).join(DASH));
  const officials = listOfficials(analysis).map((o) => [o.name, o.titles.join('; ')].filter(Boolean).join(DASH));

  const blocks = [
    [article.title ?? 'Untitled article', article.siteName].filter(isText),
    meta,
    [quoteLine],
    list('Who is quoted', speakers),
    list('Officials', officials),
    analysis.tags.length ? [`Tags: ${analysis.tags.join(', ')}`] : [],
    // Plain text (`--text`) has no title or address, and "(n.d.)." cites nothing.
    article.title || article.url ? list('Citation (APA)', [analysis.citation.apa]) : [],
  ];
  return render(blocks);
}

/** A page that is not a story still says what it is, so a batch of cards stays readable. */
function formatNotArticle(analysis: Analysis): string {
  const { article } = analysis;
  return render([['Not an article', article.title, article.url].filter(isText)]);
}

function labelled(rows: [string, string | null][]): string[] {
  const present = rows.filter((row): row is [string, string] => isText(row[1]));
  const width = Math.max(0, ...present.map(([label]) => label.length));
  return present.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
}

function list(heading: string, items: string[]): string[] {
  return items.length ? [heading, ...items.map((item) => `  ${item}`)] : [];
}

/** Blocks separated by a blank line, empty blocks dropped, one final newline. */
function render(blocks: string[][]): string {
  return `${blocks.filter((block) => block.length).map((block) => block.join('\n')).join('\n\n')}\n`;
}

function isText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
