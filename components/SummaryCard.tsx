/**
 * The summary card for one article: what it is (headline, outlet, authors, date, dateline,
 * section, reading time), how it is sourced (who is quoted and how much, named against anonymous,
 * direct against reported), the officials named, its tags, the quote list, the citation controls
 * and the export. Plain data in, callbacks out.
 */
import type { ComponentChildren } from 'preact';
import type { Analysis } from '../lib/types';
import type { CitationStyle } from '../lib/cite';
import type { ExportFormat } from '../lib/export';
import type { CitationFields } from '../utils/settings-schema';
import { CitationControls } from './CitationControls';
import { ExportControls } from './ExportControls';
import { OfficialList, SpeakerList } from './PeopleLists';
import { QuoteList } from './QuoteList';
import { NoQuotesNotice, PartialNotice } from './states';
import {
  cardTags,
  countQuotes,
  formatCalendarDate,
  formatShare,
  listOfficials,
  listQuotedSpeakers,
  plural,
  readingMinutes,
  summarizeSourcing,
} from './summary';
import type { QuoteCounts, Sourcing } from './summary';

export interface SummaryCardProps {
  analysis: Analysis;
  citationStyle: CitationStyle;
  onCitationStyleChange: (style: CitationStyle) => void;
  onCopyCitation: (style: CitationStyle) => Promise<void> | void;
  onQuoteSelect: (quoteId: string) => void;
  /** "Copy quote with citation" on each quote; omitted hides the buttons. */
  onCopyQuote?: (quoteId: string) => Promise<void> | void;
  /** The citation's fields as they will be cited; with `onCitationFieldsChange`, they are editable. */
  citationFields?: CitationFields;
  citationFieldsEdited?: boolean;
  onCitationFieldsChange?: (fields: CitationFields) => void;
  onCitationFieldsReset?: () => void;
  /** "Export quotes"; omitted hides the export. */
  onExportQuotes?: (format: ExportFormat) => Promise<void> | void;
}

export function SummaryCard(props: SummaryCardProps) {
  const { article, quotes } = props.analysis;
  const date = formatCalendarDate(article.published);
  const counts = countQuotes(quotes);
  const minutes = readingMinutes(article.wordCount);
  const tags = cardTags(props.analysis.tags);
  // Organisation bylines ("Reuters") stand in when no person signed the story.
  const authors = article.authors.length > 0 ? article.authors : (article.organizationAuthors ?? []);

  return (
    <article class="card" data-testid="summary-card" aria-labelledby="card-title">
      <header class="card__header">
        {article.siteName && (
          <p class="card__outlet" data-testid="card-outlet">
            {article.siteName}
          </p>
        )}
        <h2 class="card__title" id="card-title" data-testid="card-title">
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
          {minutes !== null && (
            <MetaRow label="Reading" value={`${minutes} min (${article.wordCount.toLocaleString('en')} words)`} testId="card-reading-time" />
          )}
        </dl>
      </header>

      {props.analysis.partial && <PartialNotice />}
      {counts.total === 0 ? <NoQuotesNotice /> : <SourcingSummary counts={counts} sourcing={summarizeSourcing(props.analysis)} />}
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
      <QuoteList quotes={quotes} onQuoteSelect={props.onQuoteSelect} onQuoteCopy={props.onCopyQuote} />
      <CitationControls
        style={props.citationStyle}
        onStyleChange={props.onCitationStyleChange}
        onCopy={props.onCopyCitation}
        fields={props.citationFields}
        edited={props.citationFieldsEdited}
        onFieldsChange={props.onCitationFieldsChange}
        onFieldsReset={props.onCitationFieldsReset}
      />
      {props.onExportQuotes && quotes.length > 0 && <ExportControls onExport={props.onExportQuotes} />}
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

/**
 * "5 quotes: 3 direct, 1 reported, 1 mixed" — kinds with no quote are left out — then named
 * against anonymous: how much of the story rests on sources the reader cannot check.
 */
function SourcingSummary(props: { counts: QuoteCounts; sourcing: Sourcing }) {
  const { counts, sourcing } = props;
  const kinds = (['direct', 'indirect', 'mixed'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${kind === 'indirect' ? 'reported' : kind}`);
  if (counts.unattributed > 0) kinds.push(`${counts.unattributed} unattributed`);
  return (
    <section class="card__section" aria-labelledby="sourcing-heading">
      <h3 class="card__heading" id="sourcing-heading">
        Sourcing
      </h3>
      <p class="card__counts" data-testid="card-quote-counts">
        <strong>{plural(counts.total, 'quote')}</strong>
        {kinds.length > 0 && `: ${kinds.join(', ')}`}
      </p>
      <p class="card__sourcing" data-testid="card-sourcing">
        {plural(sourcing.named, 'quote')} from {plural(sourcing.namedSpeakers, 'named source')}, {sourcing.anonymous} from
        anonymous sources
        {sourcing.anonymous > 0 && (
          <>
            {' '}
            (<strong data-testid="card-anonymous-share">{formatShare(sourcing.anonymousShare)}</strong> of quoted words)
          </>
        )}
        .
      </p>
    </section>
  );
}
