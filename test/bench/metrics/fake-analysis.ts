/** A minimal Analysis for the metric self-tests (only the fields the metrics read matter). */
import { plainTextArticle } from '../../../lib/analyze';
import type { Analysis, Person, Quote } from '../../../lib/types';

export function fakeAnalysis(text: string, quotes: Quote[] = [], people: Person[] = []): Analysis {
  return {
    schema: 1,
    article: { ...plainTextArticle(text), wordCount: 0 },
    quotes,
    people,
    organizations: [],
    places: [],
    tags: [],
    citation: { csl: { type: 'webpage' }, apa: '' },
  };
}

/** A predicted quote over the first occurrence of `content` in `text`. */
export function fakeQuote(
  text: string,
  content: string,
  kind: Quote['kind'],
  speakerName: string | null,
  anonymous = false,
): Quote {
  const start = text.indexOf(content);
  if (start < 0) throw new Error(`fakeQuote: "${content}" not in text`);
  return {
    id: `q${start}`,
    kind,
    text: content,
    start,
    end: start + content.length,
    cue: 'said',
    speaker:
      speakerName === null && !anonymous
        ? null
        : { name: speakerName, title: null, anonymous, personId: null, start: 0, end: 0, resolution: anonymous ? 'anonymous' : 'named' },
  };
}
