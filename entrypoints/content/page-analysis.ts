/**
 * The analysis of the page the content script runs in, computed once and kept: the popup's
 * questions and the highlights use the same result, and an unchanged page is never analysed
 * twice.
 */
import { analyzeWithMap, type AnalysisWithMap } from '../../lib/analyze';

let cached: { url: string; result: AnalysisWithMap } | null = null;

export function analyzePage(): AnalysisWithMap {
  const url = location.href;
  if (cached && cached.url === url) return cached.result;
  const result = analyzeWithMap(document, { url });
  cached = { url, result };
  return result;
}
