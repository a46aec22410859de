/**
 * Every quote as a button (speaker + first words); choosing one scrolls the page to it. This list
 * is also the accessible view of the highlights. Each quote can be copied with its citation.
 */
import type { Quote } from '../lib/types';
import { CopyStatus, useCopyStatus } from './CopyStatus';
import { quotePreview, quoteSpeakerLabel } from './summary';

export interface QuoteListProps {
  quotes: readonly Quote[];
  onQuoteSelect: (quoteId: string) => void;
  /** "Copy quote with citation"; resolves once it is on the clipboard. Omitted: no copy buttons. */
  onQuoteCopy?: (quoteId: string) => Promise<void> | void;
}

const KIND_LABEL: Record<Quote['kind'], string> = { direct: 'direct', indirect: 'reported', mixed: 'mixed' };

export function QuoteList(props: QuoteListProps) {
  const [status, run] = useCopyStatus();
  if (props.quotes.length === 0) return null;
  const onCopy = props.onQuoteCopy;
  return (
    <section class="card__section" aria-labelledby="quotes-heading">
      <h3 class="card__heading" id="quotes-heading">
        Quotes <span class="card__heading-note">— choose one to see it in the page</span>
      </h3>
      <ol class="quote-list">
        {props.quotes.map((quote) => {
          const speaker = quoteSpeakerLabel(quote);
          const preview = quotePreview(quote.text);
          const shown = quote.kind === 'indirect' ? preview : `“${preview}”`;
          return (
            <li key={quote.id} class="quote-list__entry" data-kind={quote.kind}>
              <button
                type="button"
                class="quote-list__item"
                data-testid="quote-button"
                data-quote-id={quote.id}
                data-kind={quote.kind}
                onClick={() => props.onQuoteSelect(quote.id)}
              >
                <span class="quote-list__speaker">
                  {speaker} <span class="quote-list__kind">({KIND_LABEL[quote.kind]})</span>
                </span>
                <span class="quote-list__text">{shown}</span>
              </button>
              {onCopy && (
                <button
                  type="button"
                  class="quote-list__copy"
                  data-testid="copy-quote"
                  data-quote-id={quote.id}
                  aria-label={`Copy quote with citation: ${speaker}, ${shown}`}
                  onClick={() => void run(() => onCopy(quote.id))}
                >
                  Copy quote with citation
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {onCopy && <CopyStatus status={status} testId="copy-quote-status" copied="Quote with citation copied" />}
    </section>
  );
}
