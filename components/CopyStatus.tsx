/** "Copied" / "Couldn't copy" after a copy button, announced politely and cleared after a while. */
import { useEffect, useState } from 'preact/hooks';

/** How long "Copied" stays visible: long enough to read, short enough not to go stale. */
export const STATUS_VISIBLE_MS = 2500;

export type CopyStatusValue = 'idle' | 'copied' | 'failed';

/** The status and a runner that sets it from a copy's outcome. */
export function useCopyStatus(): [CopyStatusValue, (copy: () => Promise<void> | void) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatusValue>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), STATUS_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  const run = async (copy: () => Promise<void> | void) => {
    setStatus('idle');
    try {
      await copy();
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return [status, run];
}

export function CopyStatus(props: { status: CopyStatusValue; testId: string; copied?: string; failed?: string }) {
  return (
    <p class="copy-status" role="status" aria-live="polite" data-testid={props.testId} data-status={props.status}>
      {props.status === 'copied' ? (props.copied ?? 'Copied') : props.status === 'failed' ? (props.failed ?? "Couldn't copy") : ''}
    </p>
  );
}
