/**
 * What every Analysis must satisfy, whatever the page: used by the reliability sweep
 * (hardening-sweep.test.ts), the random-DOM fuzz test (fuzz.test.ts) and the hostile inputs
 * (hardening.test.ts). Returns the broken rules as sentences (empty when all hold), so a failure
 * names the page and the rule instead of stopping at the first `expect`.
 */
import type { Analysis, Span } from '../../lib/types';

export function analysisProblems(a: Analysis): string[] {
  const problems: string[] = [];
  const fail = (message: string): void => void problems.push(message);
  const text = a.article?.text;
  if (a.schema !== 1) fail(`schema is ${String(a.schema)}, not 1`);
  if (typeof text !== 'string') return [...problems, 'article.text is not a string'];
  if (typeof a.partial !== 'boolean') fail('partial is not a boolean');
  if (!Number.isInteger(a.article.wordCount) || a.article.wordCount < 0) fail(`wordCount ${a.article.wordCount}`);
  if (!text && a.article.wordCount !== 0) fail('empty text with words');
  if (!text && a.quotes.length > 0) fail('quotes without text');

  const inText = (span: Span, what: string): void => {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) {
      fail(`${what} [${span.start}, ${span.end}) is not a non-empty span of article.text (${text.length} chars)`);
    }
  };

  const personIds = new Set<string>();
  for (const person of a.people) {
    if (personIds.has(person.id)) fail(`person id ${person.id} twice`);
    personIds.add(person.id);
    if (!person.name.trim()) fail(`person ${person.id} has an empty name`);
    for (const mention of person.mentions) inText(mention, `mention of ${person.name}`);
  }

  const quoteIds = new Set<string>();
  const quotesByPerson = new Map<string, number>();
  for (const quote of a.quotes) {
    if (quoteIds.has(quote.id)) fail(`quote id ${quote.id} twice`);
    quoteIds.add(quote.id);
    inText(quote, `quote ${quote.id}`);
    if (quote.text !== text.slice(quote.start, quote.end)) fail(`quote ${quote.id} text is not article.text.slice(start, end)`);
    if (!['direct', 'indirect', 'mixed'].includes(quote.kind)) fail(`quote ${quote.id} kind ${quote.kind}`);
    const speaker = quote.speaker;
    if (!speaker) continue;
    inText(speaker, `speaker of ${quote.id}`);
    if (speaker.personId !== null) {
      if (!personIds.has(speaker.personId)) fail(`quote ${quote.id} names person ${speaker.personId}, who is not in people`);
      quotesByPerson.set(speaker.personId, (quotesByPerson.get(speaker.personId) ?? 0) + 1);
    }
    if (speaker.anonymous && speaker.personId !== null) fail(`quote ${quote.id}: an anonymous speaker with a person id`);
  }
  for (const person of a.people) {
    const counted = quotesByPerson.get(person.id) ?? 0;
    if (person.quoteCount !== counted) fail(`${person.name}: quoteCount ${person.quoteCount}, ${counted} quotes name them`);
  }
  if (a.tags.some((tag) => typeof tag !== 'string' || !tag.trim())) fail('an empty tag');
  if (typeof a.citation?.apa !== 'string') fail('no APA citation');

  // The popup and the CLI receive it as JSON: it must survive the round trip unchanged.
  try {
    const copy = JSON.stringify(JSON.parse(JSON.stringify(a)));
    if (copy !== JSON.stringify(a)) fail('not stable through JSON');
  } catch (error) {
    fail(`not serialisable: ${(error as Error).message}`);
  }
  return problems;
}
