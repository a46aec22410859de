/**
 * The whole popup as a function of its state: the entrypoint owns the browser calls and passes
 * plain data and callbacks, so every state renders in happy-dom.
 */
import type { CitationStyle } from '../lib/cite';
import type { ExportFormat } from '../lib/export';
import type { CitationFields } from '../utils/settings-schema';
import { HighlightToggles } from './HighlightToggles';
import type { HighlightTogglesProps } from './HighlightToggles';
import type { PopupState } from './popup-state';
import { CannotReadState, ErrorState, LoadingState, NotArticleState } from './states';
import { SummaryCard } from './SummaryCard';

export interface PopupViewProps {
  state: PopupState;
  citationStyle: CitationStyle;
  /** The switches; null hides them (settings not read yet, or a page extensions cannot touch). */
  toggles: HighlightTogglesProps | null;
  onCitationStyleChange: (style: CitationStyle) => void;
  onCopyCitation: (style: CitationStyle) => Promise<void> | void;
  onQuoteSelect: (quoteId: string) => void;
  onCopyQuote?: (quoteId: string) => Promise<void> | void;
  citationFields?: CitationFields;
  citationFieldsEdited?: boolean;
  onCitationFieldsChange?: (fields: CitationFields) => void;
  onCitationFieldsReset?: () => void;
  onExportQuotes?: (format: ExportFormat) => Promise<void> | void;
  /** "Options" at the foot of the popup; omitted hides it. */
  onOpenOptions?: () => void;
  onRetry?: () => void;
}

export function PopupView(props: PopupViewProps) {
  const { state } = props;
  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <h1 class="popup__brand">Sourcelight</h1>
      {state.kind === 'loading' && <LoadingState />}
      {state.kind === 'cannot-read' && <CannotReadState />}
      {state.kind === 'error' && <ErrorState message={state.message} onRetry={props.onRetry} />}
      {state.kind === 'not-article' && <NotArticleState />}
      {state.kind === 'article' && (
        <SummaryCard
          analysis={state.analysis}
          citationStyle={props.citationStyle}
          onCitationStyleChange={props.onCitationStyleChange}
          onCopyCitation={props.onCopyCitation}
          onQuoteSelect={props.onQuoteSelect}
          onCopyQuote={props.onCopyQuote}
          citationFields={props.citationFields}
          citationFieldsEdited={props.citationFieldsEdited}
          onCitationFieldsChange={props.onCitationFieldsChange}
          onCitationFieldsReset={props.onCitationFieldsReset}
          onExportQuotes={props.onExportQuotes}
        />
      )}
      {props.toggles && state.kind !== 'cannot-read' && state.kind !== 'loading' && <HighlightToggles {...props.toggles} />}
      {props.onOpenOptions && (
        <footer class="popup__footer">
          <button type="button" class="link-button" data-testid="open-options" onClick={props.onOpenOptions}>
            Options
          </button>
        </footer>
      )}
    </main>
  );
}
