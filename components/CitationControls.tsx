/**
 * "Copy citation" with its style picker. The view only reports the choice and the click; the
 * popup entrypoint formats the citation, writes the clipboard and persists the style.
 */
import { useEffect, useState } from 'preact/hooks';
import { CITATION_STYLES, isCitationStyle } from '../lib/cite';
import type { CitationStyle } from '../lib/cite';

export interface CitationControlsProps {
  style: CitationStyle;
  onStyleChange: (style: CitationStyle) => void;
  /** Resolves once the citation is on the clipboard; a rejection shows "Couldn't copy". */
  onCopy: (style: CitationStyle) => Promise<void> | void;
}

/** How long "Copied" stays visible: long enough to read, short enough not to go stale. */
const STATUS_VISIBLE_MS = 2500;

type CopyStatus = 'idle' | 'copied' | 'failed';

export function CitationControls(props: CitationControlsProps) {
  const [status, setStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), STATUS_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    setStatus('idle');
    try {
      await props.onCopy(props.style);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <div class="citation">
      <label class="citation__style">
        <span class="citation__style-label">Citation style</span>
        <select
          data-testid="style-picker"
          value={props.style}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isCitationStyle(value)) props.onStyleChange(value);
          }}
        >
          {CITATION_STYLES.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="button button--primary" data-testid="copy-citation" onClick={copy}>
        Copy citation
      </button>
      <p class="citation__status" role="status" aria-live="polite" data-testid="copy-status" data-status={status}>
        {status === 'copied' ? 'Copied' : status === 'failed' ? "Couldn't copy" : ''}
      </p>
    </div>
  );
}
