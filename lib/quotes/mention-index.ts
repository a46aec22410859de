/**
 * Look-ups in the story's roster of person mentions (sorted by start, not overlapping), shared by
 * the speaker resolution (./speakers.ts) and the references back to earlier names
 * (./earlier-references.ts).
 */
import type { Span } from '../types';
import type { SpeakerContext } from './speakers';

/** The last roster mention lying within [start, end). */
export function lastMentionWithin(ctx: SpeakerContext, start: number, end: number): SpeakerContext['mentions'][number] | undefined {
  for (let i = lastIndexBefore(ctx.mentions, end); i >= 0 && ctx.mentions[i]!.start >= start; i--) {
    if (ctx.mentions[i]!.end <= end) return ctx.mentions[i];
  }
  return undefined;
}

/** The first roster mention lying within [start, end). */
export function firstMentionWithin(ctx: SpeakerContext, start: number, end: number): SpeakerContext['mentions'][number] | undefined {
  const first = ctx.mentions[lastIndexBefore(ctx.mentions, start) + 1];
  return first && first.end <= end ? first : undefined;
}

/** Whether a roster mention overlaps [start, end). */
export function overlapsMention(ctx: SpeakerContext, start: number, end: number): boolean {
  const i = lastIndexBefore(ctx.mentions, end);
  return i >= 0 && ctx.mentions[i]!.end > start;
}

/** The roster mention that ends the phrase [start, end), if any. */
export function mentionEndingAt(ctx: SpeakerContext, start: number, end: number): SpeakerContext['mentions'][number] | undefined {
  const last = lastMentionWithin(ctx, start, end);
  return last && last.end === end ? last : undefined;
}

/** Whether a mention is the subject opening its sentence ("Benioff introduced Cook …"). */
export function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return at === 0 || /(?:^|[.!?]["”’]?\s+|\n\s*|["“”]\s*|,\s+)(?:(?:the|a|an|but|and|then|however|meanwhile|later|earlier|also|[\p{Lu}][\p{L}.-]*)\s+){0,4}$/u.test(before);
}

/** Index of the last span starting before `pos` in spans sorted by start (binary search). */
export function lastIndexBefore(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Whether `span` lies inside one of `spans` (sorted by start, not overlapping). */
export function inside(span: Span, spans: readonly Span[]): boolean {
  const i = lastIndexBefore(spans, span.start + 1);
  return i >= 0 && spans[i]!.start <= span.start && span.end <= spans[i]!.end;
}
