/**
 * What the hover card shows for one quote, as plain data: who said it (resolved name and title),
 * the kind of quote, the cue, and how the speaker was found. Built from an `Analysis`; the view
 * (HoverCard.tsx) only renders it.
 */
import type { Analysis, Quote, QuoteKind, Speaker, SpeakerResolution } from '../../lib/types';

export interface HoverCardData {
  quoteId: string;
  /** The resolved name; null for an unnamed source or when no speaker was found. */
  speakerName: string | null;
  speakerTitle: string | null;
  anonymous: boolean;
  kind: QuoteKind;
  /** "direct" / "reported" / "mixed": the reader's words for the kind. */
  kindLabel: string;
  cue: string | null;
  resolution: SpeakerResolution | null;
  /** Why this speaker, in a sentence ("Named by surname, …"). */
  resolutionNote: string;
}

// Reported speech is what the schema calls "indirect"; "mixed" quotes part of the words.
const KIND_LABELS: Record<QuoteKind, string> = { direct: 'direct', indirect: 'reported', mixed: 'mixed' };

/** The reader-facing reason for each speaker resolution (the analysis' `speaker.resolution`). */
const RESOLUTION_NOTES: Record<SpeakerResolution, string> = {
  named: 'Named where the quote is attributed',
  surname: 'Named by surname; full name from earlier in the story',
  pronoun: 'Referred to by a pronoun; resolved to the person the sentences before are about',
  role: 'Referred to by role or description; resolved to the person the story names',
  continued: 'No cue here: continues the previous speaker',
  anonymous: 'Unnamed source',
};

export function hoverCardData(analysis: Analysis, quote: Quote): HoverCardData {
  const speaker = quote.speaker;
  // An official's title from the roster when the quote itself carries none ("Kayikov said").
  const person = speaker?.personId ? analysis.people.find((p) => p.id === speaker.personId) : undefined;
  return {
    quoteId: quote.id,
    speakerName: speaker && !speaker.anonymous ? speaker.name : null,
    speakerTitle: speaker?.title ?? person?.titles[0] ?? null,
    anonymous: speaker?.anonymous ?? false,
    kind: quote.kind,
    kindLabel: KIND_LABELS[quote.kind],
    cue: quote.cue,
    resolution: speaker?.resolution ?? null,
    resolutionNote: speaker ? resolutionNote(speaker) : 'No speaker found',
  };
}

/** The note for a speaker: a person's as in RESOLUTION_NOTES; an organisation found through "it"
 * or "the company" says so, and a pronoun that found no one says that. */
function resolutionNote(speaker: Speaker): string {
  const organisation = speaker.personId === null && speaker.name !== null && !speaker.anonymous;
  if (speaker.resolution === 'role' && organisation) return 'Referred to by description; resolved to the organisation the story names';
  if (speaker.resolution === 'pronoun' && organisation) return 'Referred to as “it” or “they”; resolved to the organisation last named';
  if (speaker.resolution === 'pronoun' && speaker.name === null) return 'Referred to by a pronoun; no one named before it';
  return RESOLUTION_NOTES[speaker.resolution];
}
