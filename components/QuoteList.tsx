/** Every quote as a button (speaker + first words); choosing one scrolls the page to it. */
import type { Quote } from '../lib/types';
import { quotePreview, quoteSpeakerLabel } from './summary';

export interface QuoteListProps {
  quotes: readonly Quote[];
  onQuoteSelect: (quoteId: string) => void;
}

export function QuoteList(props: QuoteListProps) {
  if (props.quotes.length === 0) return null;
  return (
    <section class="card__section" aria-labelledby="quotes-heading">
      <h3 class="card__heading" id="quotes-heading">
        Quotes
      </h3>
      <ol class="quote-list">
        {props.quotes.map((quote) => (
          <li key={quote.id}>
            <button
              type="button"
              class="quote-list__item"
              data-testid="quote-button"
              data-quote-id={quote.id}
              data-kind={quote.kind}
              onClick={() => props.onQuoteSelect(quote.id)}
            >
              <span class="quote-list__speaker">{quoteSpeakerLabel(quote)}</span>
              <span class="quote-list__text">
                {quote.kind === 'indirect' ? quotePreview(quote.text) : `“${quotePreview(quote.text)}”`}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
