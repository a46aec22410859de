/** One input → Analysis, for a single file and for each --jsonl line alike. */
import { analyze, analyzeText } from '../analyze';
import { parseHtml } from '../dom/parse-html';
import type { Analysis } from '../types';

/** A saved page, parsed with scripts and loading off; the parsed page is always closed. */
export function analyzeHtml(html: string, url: string | null, now: Date): Analysis {
  const page = url ? parseHtml(html, url) : parseHtml(html);
  try {
    return analyze(page.document, { url: url ?? undefined, now });
  } finally {
    page.close();
  }
}

export function analyzePlainText(text: string, now: Date): Analysis {
  return analyzeText(text, { now });
}
