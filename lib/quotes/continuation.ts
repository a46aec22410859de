/**
 * Quotations with no cue of their own that news style still gives a speaker: the next part of an
 * interrupted quote, a quote paragraph after an attributed one, a partial quotation later in the
 * speaker's paragraph, a quote paragraph after narration about someone quoted before.
 */
import type { QuoteKind, Span } from '../types';
import type { DirectSpan } from './direct-spans';

/** The attributed quote before a quotation: what continuing its speaker needs to know. */
export interface PreviousQuote {
  kind: QuoteKind;
  end: number;
  block: number;
  subject: Span | null;
}

/** A quotation this short with no cue is a term or a scare quote. */
const MIN_CONTINUED_WORDS = 4;
/** …unless it follows an attributed quotation in the same paragraph. */
const MIN_SAME_PARAGRAPH_WORDS = 2;
/** Between two quotations that share one cue: `,” and “` / `” or “`. */
const JOINED_QUOTES = /^[,;]?["”’]?,?\s+(?:and|or)\s+$/;
/** First-person words: inside quotation marks they are someone speaking, not a term. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I['’](?:ve|m|d|ll)|[Mm][ey]|[Ww]e|[Ww]e['’](?:ve|re|d|ll)|[Oo]ur|[Uu]s)(?![\p{L}'’])/u;
/** Every word capitalised: the title of a work ("We’re Not Gonna Take It"). */
const TITLE_CASE = /^(?:\p{Lu}\S*\s+)+\p{Lu}\S*$/u;
/** A quotation in capitals up to this long reads as a title or slogan. */
const MAX_TITLE_WORDS = 8;
/** A first-person partial quotation this long continues the speaker of its paragraph. */
const MIN_FIRST_PERSON_WORDS = 3;
/** A sentence ending between two quotations: a stop, a closing mark perhaps, and a space. */
const SENTENCE_END = /[.!?]["”’]?\s/;

/**
 * A quotation with no cue continues the previous speaker when news style says so:
 * - the second part of an interrupted quote in the same paragraph, opening a new sentence
 *   (`"A," said Kayikov. "B."`);
 * - a paragraph that opens with a quotation right after a paragraph with a quote;
 * - the next paragraph of a quote that runs over several paragraphs.
 */
export function continuesSpeaker(text: string, span: DirectSpan, previous: PreviousQuote, blocks: Span[]): boolean {
  const words = text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
  // In the paragraph of an attributed quote, a short second sentence is still the speaker's
  // (`"…," said Senator Mark Warner. "There's collective amnesia."`); elsewhere it may be a term.
  // A slogan or title in capitals is not speech going on: "“Meth. We're On It.”"
  // (scrapinghub/776a1c046798).
  if (words <= MAX_TITLE_WORDS && TITLE_CASE.test(text.slice(span.start, span.end))) return false;
  const samePara = previous.block === span.block && previous.kind !== 'indirect';
  // Quotations joined by "and" share their cue: "Teachers chanted, “Fund our schools,” and “Put
  // kids first,”" (scrapinghub/7de5241947a5).
  if (samePara && previous.kind === 'direct' && JOINED_QUOTES.test(text.slice(previous.end, span.openAt))) return true;
  if (words < (samePara ? MIN_SAME_PARAGRAPH_WORDS : MIN_CONTINUED_WORDS)) return false;
  // In the paragraph of an attributed quote, a partial quotation in the first person is the
  // speaker's too, mid-sentence: "“I was shocked to see that level,” said Tyler Besecker … The
  // price … is “as low as I’ve ever seen.”" (readability/seattletimes).
  // Not a title in capitals: "played “We’re Not Gonna Take It” from the Statehouse steps".
  const quoted = text.slice(span.start, span.end);
  if (samePara && words >= MIN_FIRST_PERSON_WORDS && FIRST_PERSON.test(quoted) && !TITLE_CASE.test(quoted)) return true;
  // Later in the sentence of an attributed quote, after its attribution, a quotation goes on with
  // the same speaker's words: `Customers "began to say we want you to do this and that," Cook told
  // Benioff, which ultimately meant making the "best mobile operating system for enterprise."`
  // (scrapinghub/291a8bf33ee4).
  if (samePara && previous.kind === 'direct' && previous.subject && previous.subject.end <= span.openAt && words >= MIN_FIRST_PERSON_WORDS && !TITLE_CASE.test(quoted) && !SENTENCE_END.test(text.slice(previous.end, span.openAt))) return true;
  // The next paragraph of a quote left open, when the open part was itself a quote.
  if (span.continuesPrevious) return previous.kind === 'direct' && span.block - previous.block === 1;
  const before = text.slice(blocks[span.block]!.start, span.openAt);
  const opensSentence = before.trim() === '' || /[.!?]["”’]?\s*$/.test(before);
  if (!opensSentence) return false;
  if (samePara) return true;
  if (!span.opensBlock) return false;
  const gap = span.block - previous.block;
  return gap === 1 || (gap === 2 && isCaption(text, blocks[span.block - 1]!));
}

/**
 * A quote paragraph with no cue right after a paragraph of narration about someone quoted earlier
 * is theirs (features introduce a speaker's quote this way): "But for Parata and his family the
 * slow, painful deaths of their ancestors are personal – and ultimately devastating – for the
 * health of the tribe and the sea. / “It’s very emotional. Our ancestors tell us the strandings
 * are a sign from the sea. …”" (readability/guardian-1). The quotation is the whole paragraph, ends
 * a sentence and speaks in the first person; the paragraph before holds no quotation and ends a
 * sentence. Who it is — one person named there who has already spoken — is settled when speakers
 * are resolved in text order (speakers.ts, `narratedSpeaker`).
 */
export function followsNarration(text: string, span: DirectSpan, blocks: Span[], spansByBlock: Map<number, DirectSpan[]>): boolean {
  if (!span.opensBlock || span.continuesPrevious || span.block === 0) return false;
  if (spansByBlock.has(span.block - 1)) return false;
  const block = blocks[span.block]!;
  if (!/^[\s.,!?]*$/.test(text.slice(span.closeAt + 1, block.end))) return false;
  const quoted = text.slice(span.start, span.end);
  if (quoted.split(/\s+/).length < MIN_CONTINUED_WORDS || !FIRST_PERSON.test(quoted)) return false;
  // Whole sentences: a quoted subhead has no stop ("‘We need to listen’", the same page).
  if (!/[.!?]$/.test(quoted)) return false;
  const narration = text.slice(blocks[span.block - 1]!.start, blocks[span.block - 1]!.end).trimEnd();
  return /[.!?]$/.test(narration) && !/["“”„«»]/.test(narration);
}

/**
 * A photo caption left between two paragraphs of one speaker's quotes: a line of eight words or
 * more with no quotation mark and no sentence-final stop — "“Man’s greed in the ocean is hurting
 * the whales,” says Parata … / Hori Parata at his Pātaua farm, the place where he was born and
 * grew up / “We’re having to put up with a lot of stuff today. …”" (readability/guardian-1).
 * Shorter lines are subheads, which do end a speaker's run.
 */
function isCaption(text: string, block: Span): boolean {
  const line = text.slice(block.start, block.end).trim();
  if (/[.!?:;"“”„«»]$|["“”„«»]/.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words >= 8 && words <= 40;
}
