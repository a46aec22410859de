/** What the popup is showing, and how a content-script answer becomes that. */
import type { Analysis } from '../lib/types';

export type PopupState =
  | { kind: 'loading' }
  /** No content script answered: browser pages, PDFs, store and extension pages. */
  | { kind: 'cannot-read' }
  | { kind: 'error'; message: string }
  | { kind: 'not-article'; analysis: Analysis | null }
  | { kind: 'article'; analysis: Analysis; highlighted: boolean };

/**
 * Reads the content script's answer (`AnalysisResponse` in utils/messages.ts) defensively: it
 * crosses a process boundary, and an old content script (extension updated, page not reloaded)
 * may answer in an older shape.
 */
export function popupStateFromResponse(response: unknown): PopupState {
  if (typeof response !== 'object' || response === null) return { kind: 'cannot-read' };
  const answer = response as { [K in 'status' | 'analysis' | 'message' | 'highlighted']?: unknown };
  switch (answer.status) {
    case 'ok':
      return isAnalysis(answer.analysis)
        ? { kind: 'article', analysis: answer.analysis, highlighted: answer.highlighted === true }
        : { kind: 'error', message: 'The page sent an analysis this version of Sourcelight cannot read.' };
    case 'not-article':
      return { kind: 'not-article', analysis: isAnalysis(answer.analysis) ? answer.analysis : null };
    case 'error':
      return { kind: 'error', message: typeof answer.message === 'string' ? answer.message : 'Unknown error' };
    default:
      return { kind: 'cannot-read' };
  }
}

/** Enough of schema 1 for the card to render without throwing. */
function isAnalysis(value: unknown): value is Analysis {
  if (typeof value !== 'object' || value === null) return false;
  const analysis = value as Partial<Record<keyof Analysis, unknown>>;
  const article = analysis.article as Partial<Record<string, unknown>> | null | undefined;
  return (
    analysis.schema === 1 &&
    typeof article === 'object' &&
    article !== null &&
    Array.isArray(article.authors) &&
    Array.isArray(analysis.quotes) &&
    Array.isArray(analysis.people) &&
    Array.isArray(analysis.tags) &&
    typeof analysis.citation === 'object' &&
    analysis.citation !== null
  );
}
