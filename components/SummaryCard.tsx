/**
 * The summary card for one article: what it is (headline, outlet, authors, date, dateline,
 * section), who is quoted and how, the officials named, its tags, the quote list and the citation
 * controls. Plain data in, callbacks out.
 */
import type { ComponentChildren } from 'preact';
import type { Analysis } from '../lib/types';
import type { CitationStyle } from '../lib/cite';
import { CitationControls } from './CitationControls';
import { OfficialList, SpeakerList } from './PeopleLists';
import { QuoteList } from './QuoteList';
import { NoQuotesNotice } from './states';
import { countQuotes, formatCalendarDate, listOfficials, listQuotedSpeakers, plural } from './summary';
import type { QuoteCounts } from './summary';

export interface SummaryCardProps {
  analysis: Analysis;
  citationStyle: CitationStyle;
  onCitationStyleChange: (style: CitationStyle) => void;
  onCopyCitation: (style: CitationStyle) => Promise<void> | void;
  onQuoteSelect: (quoteId: string) => void;
}

export function SummaryCard(props: SummaryCardProps) {
  const { article, quotes, tags } = props.analysis;
  const date = formatCalendarDate(article.published);
  const counts = countQuotes(quotes);
  // Organisation bylines ("Reuters") stand in when no person signed the story.
  const authors = article.authors.length > 0 ? article.authors : (article.organizationAuthors ?? []);

  return (
    <article class="card" data-testid="summary-card">
      <header class="card__header">
        {article.siteName && (
          <p class="card__outlet" data-testid="card-outlet">
            {article.siteName}
          </p>
        )}
        <h2 class="card__title" data-testid="card-title">
          {article.title ?? 'Untitled article'}
        </h2>
        <dl class="card__meta">
          {authors.length > 0 && <MetaRow label="By" value={authors.join(', ')} testId="card-authors" />}
          {date && (
            <MetaRow label="Published" testId="card-date">
              <time dateTime={article.published ?? undefined}>{date}</time>
            </MetaRow>
          )}
          {article.dateline && <MetaRow label="Dateline" value={article.dateline} testId="card-dateline" />}
          {article.section && <MetaRow label="Section" value={article.section} testId="card-section" />}
        </dl>
      </header>

      {counts.total === 0 ? <NoQuotesNotice /> : <QuoteSummary counts={counts} />}
      <SpeakerList speakers={listQuotedSpeakers(props.analysis)} />
      <OfficialList officials={listOfficials(props.analysis)} />
      {tags.length > 0 && (
        <section class="card__section" aria-labelledby="tags-heading">
          <h3 class="card__heading" id="tags-heading">
            Tags
          </h3>
          <ul class="tags" data-testid="card-tags">
            {tags.map((tag) => (
              <li key={tag} class="tag">
                {tag}
              </li>
            ))}
          </ul>
        </section>
      )}
      <QuoteList quotes={quotes} onQuoteSelect={props.onQuoteSelect} />
      <CitationControls
        style={props.citationStyle}
        onStyleChange={props.onCitationStyleChange}
        onCopy={props.onCopyCitation}
      />
    </article>
  );
}

function MetaRow(props: { label: string; testId: string; value?: string; children?: ComponentChildren }) {
  return (
    <div class="card__meta-row">
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.children ?? props.value}</dd>
    </div>
  );
}

/** "5 quotes: 3 direct, 1 indirect, 1 mixed" — kinds with no quote are left out. */
function QuoteSummary(props: { counts: QuoteCounts }) {
  const { counts } = props;
  const kinds = (['direct', 'indirect', 'mixed'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${kind}`);
  if (counts.unattributed > 0) kinds.push(`${counts.unattributed} unattributed`);
  return (
    <p class="card__counts" data-testid="card-quote-counts">
      <strong>{plural(counts.total, 'quote')}</strong>
      {kinds.length > 0 && `: ${kinds.join(', ')}`}
    </p>
  );
}
