/**
 * Puts a quote citation on the clipboard from the page. `navigator.clipboard` needs a secure
 * context (https or localhost); on plain-http news sites it is missing, so the fallback is the
 * `copy` event during a click (`execCommand('copy')`), which also carries the rich-text form.
 */
import type { FormattedCitation } from '../../lib/cite/index';

export async function copyToClipboard(citation: FormattedCitation): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(citation.text);
      return;
    } catch {
      // Refused (document not focused, permission policy): try the copy event.
    }
  }
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', citation.text);
    event.clipboardData?.setData('text/html', citation.html);
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  document.addEventListener('copy', onCopy, true);
  try {
    if (!document.execCommand('copy')) throw new Error('copy refused');
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
}
