/**
 * The card shown over a highlighted quote: speaker, title, kind, cue, how the speaker was
 * resolved, and "Copy quote with citation". Plain data in, one callback out; it is rendered
 * inside a shadow root by ShadowCard (./shadow-card.ts).
 */
import { useState } from 'preact/hooks';
import type { HoverCardData } from './card-data';

export interface HoverCardProps {
  data: HoverCardData;
  /** Puts the quote with its citation on the clipboard; a rejection shows "Couldn't copy". */
  onCopy: () => Promise<void>;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

export function HoverCard({ data, onCopy }: HoverCardProps) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = () => {
    onCopy().then(
      () => setStatus('copied'),
      () => setStatus('failed'),
    );
  };
  const who = data.speakerName ?? (data.anonymous ? 'Unnamed source' : 'Speaker not found');
  return (
    <div class="card" role="dialog" aria-label={`Quote by ${who}`} data-testid="hover-card" data-quote={data.quoteId}>
      <div class="who">
        <span class="name" data-testid="hover-speaker">{who}</span>
        {data.speakerTitle ? (
          <span class="title" data-testid="hover-title">
            {data.speakerTitle}
          </span>
        ) : null}
      </div>
      <dl class="facts">
        <dt>Quote</dt>
        <dd>
          <span class={`kind kind-${data.kind}`} data-testid="hover-kind">
            {data.kindLabel}
          </span>
        </dd>
        <dt>Cue</dt>
        <dd data-testid="hover-cue">{data.cue ? `“${data.cue}”` : 'none (inferred)'}</dd>
        <dt>Speaker</dt>
        <dd data-testid="hover-resolution" data-resolution={data.resolution ?? 'none'}>
          {data.resolutionNote}
        </dd>
      </dl>
      <div class="actions">
        <button type="button" class="copy" data-testid="hover-copy" onClick={copy}>
          Copy quote with citation
        </button>
        <span class="status" role="status" data-testid="hover-copy-status">
          {status === 'copied' ? 'Copied' : status === 'failed' ? 'Couldn’t copy' : ''}
        </span>
      </div>
    </div>
  );
}
