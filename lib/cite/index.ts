/**
 * Citations from hand-written templates (no CSL engine: ../../../shared/guides/citations.md says why)
 * and text-fragment deep links to quotes.
 */

import type { CslItem, Quote } from '../types';
import { quoteCitationRich } from './quote';
import { formatApa } from './styles/apa';
import { formatBiblatex, formatBibtex } from './styles/bibtex';
import { formatChicago, formatChicagoAuthorDate, formatChicagoNote } from './styles/chicago';
import { formatCslJson } from './styles/csl-json';
import { formatHarvard } from './styles/harvard';
import { formatIeee } from './styles/ieee';
import { formatMla } from './styles/mla';
import { formatRis } from './styles/ris';
import { formatWikipedia } from './styles/wikipedia';
import { finish } from './text';
import type { CitationStyle, FormattedCitation } from './types';

export type { CitationStyle, FormattedCitation } from './types';
export { cslFromArticle } from './from-article';
export { textFragmentUrl } from './fragment';

/** Display order, APA first. */
export const CITATION_STYLES: { id: CitationStyle; label: string }[] = [
  { id: 'apa', label: 'APA 7' },
  { id: 'mla', label: 'MLA 9' },
  { id: 'chicago', label: 'Chicago (bibliography)' },
  { id: 'chicago-note', label: 'Chicago (note)' },
  { id: 'chicago-author-date', label: 'Chicago (author-date)' },
  { id: 'harvard', label: 'Harvard' },
  { id: 'ieee', label: 'IEEE' },
  { id: 'wikipedia', label: 'Wikipedia {{cite news}}' },
  { id: 'bibtex', label: 'BibTeX' },
  { id: 'biblatex', label: 'BibLaTeX' },
  { id: 'ris', label: 'RIS' },
  { id: 'csl-json', label: 'CSL-JSON' },
];

export function isCitationStyle(value: unknown): value is CitationStyle {
  return CITATION_STYLES.some((s) => s.id === value);
}

const TEMPLATES: Record<CitationStyle, (item: CslItem) => string> = {
  apa: formatApa,
  mla: formatMla,
  chicago: formatChicago,
  'chicago-note': formatChicagoNote,
  'chicago-author-date': formatChicagoAuthorDate,
  harvard: formatHarvard,
  ieee: formatIeee,
  wikipedia: (item) => formatWikipedia(item),
  bibtex: formatBibtex,
  biblatex: formatBiblatex,
  ris: formatRis,
  'csl-json': formatCslJson,
};

// Multi-line machine formats keep their lines when pasted as rich text.
const BLOCK_FORMATS = new Set<CitationStyle>(['bibtex', 'biblatex', 'ris', 'csl-json']);

export function formatCitation(item: CslItem, style: CitationStyle): FormattedCitation {
  return finish(TEMPLATES[style](item), BLOCK_FORMATS.has(style));
}

/** The quote with its speaker and the style's citation, linked to the passage (see ./quote.ts). */
export function formatQuoteCitation(quote: Quote, item: CslItem, style: CitationStyle, pageText?: string): FormattedCitation {
  return finish(quoteCitationRich(quote, item, style, pageText));
}
