export type CitationStyle =
  | 'apa'
  | 'mla'
  | 'chicago'
  | 'chicago-note'
  | 'chicago-author-date'
  | 'harvard'
  | 'ieee'
  | 'wikipedia'
  | 'bibtex'
  | 'biblatex'
  | 'ris'
  | 'csl-json';

/** `text`: plain (italics dropped). `html`: the same with <i>…</i>, every field escaped (clipboard only). */
export interface FormattedCitation {
  text: string;
  html: string;
}
