/**
 * The popup's states other than the full card, one small component each. Each has a stable
 * `data-testid` so the end-to-end tests can tell them apart.
 */
import type { ComponentChildren } from 'preact';

function StateMessage(props: { testId: string; title: string; role?: 'status' | 'alert'; children?: ComponentChildren }) {
  return (
    <section class="state" data-testid={props.testId} role={props.role}>
      <h2 class="state__title">{props.title}</h2>
      {props.children}
    </section>
  );
}

export function LoadingState() {
  return (
    <StateMessage testId="state-loading" title="Reading this page…" role="status">
      <div class="state__spinner" aria-hidden="true" />
    </StateMessage>
  );
}

export function NotArticleState() {
  return (
    <StateMessage testId="state-not-article" title="This page doesn't look like a news article">
      <p class="state__hint">Sourcelight shows who is quoted on news stories and other articles.</p>
    </StateMessage>
  );
}

/** Browser pages, PDFs, extension and store pages: no content script ever answered. */
export function CannotReadState() {
  return (
    <StateMessage testId="state-cannot-read" title="Sourcelight can't read this page">
      <p class="state__hint">
        Browser pages, PDF files, add-on stores and other extensions' pages are closed to extensions. If this is an
        article that was open before Sourcelight was installed, reload it.
      </p>
    </StateMessage>
  );
}

export function ErrorState(props: { message: string; onRetry?: () => void }) {
  return (
    <StateMessage testId="state-error" title="Something went wrong" role="alert">
      <p class="state__hint">{props.message}</p>
      {props.onRetry && (
        <button type="button" class="button" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </StateMessage>
  );
}

/** Shown inside the card: the article's metadata is still worth having without quotes. */
export function NoQuotesNotice() {
  return (
    <p class="notice" data-testid="state-no-quotes">
      No attributed quotes found
    </p>
  );
}

/** Shown inside the card when the analysis stopped at its time cap (a very long page): what is
 * listed comes from the start of the article only. */
export function PartialNotice() {
  return (
    <p class="notice" data-testid="state-partial">
      This page is very long: quotes and people are from the first part of the article only.
    </p>
  );
}
