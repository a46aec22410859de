/** "Who is quoted" and "Officials": the people in the story, from `summary.ts`. */
import type { Official, QuotedSpeaker } from './summary';
import { formatShare, plural } from './summary';

export function SpeakerList(props: { speakers: readonly QuotedSpeaker[] }) {
  if (props.speakers.length === 0) return null;
  return (
    <section class="card__section" aria-labelledby="speakers-heading">
      <h3 class="card__heading" id="speakers-heading">
        Who is quoted
      </h3>
      <ul class="people">
        {props.speakers.map((speaker) => (
          <li key={speaker.key} class="person" data-testid="speaker-row" data-anonymous={speaker.anonymous}>
            <span class="person__name" data-testid="speaker-name">
              {speaker.name}
            </span>
            <span class="person__count">
              <span data-testid="speaker-count">{plural(speaker.quoteCount, 'quote')}</span>
              {' · '}
              <span data-testid="speaker-share" title="Share of all quoted words in the story">
                {formatShare(speaker.share)} of words
              </span>
            </span>
            {speaker.title && (
              <span class="person__title" data-testid="speaker-title">
                {speaker.title}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OfficialList(props: { officials: readonly Official[] }) {
  if (props.officials.length === 0) return null;
  return (
    <section class="card__section" aria-labelledby="officials-heading">
      <h3 class="card__heading" id="officials-heading">
        Officials
      </h3>
      <ul class="people">
        {props.officials.map((official) => (
          <li key={official.key} class="person" data-testid="official-row">
            <span class="person__name">{official.name}</span>
            {official.titles.length > 0 && <span class="person__title">{official.titles.join('; ')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
