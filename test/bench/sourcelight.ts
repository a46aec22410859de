/**
 * The analysis under test, loaded at run time so that the bench still runs (with "n/a" columns
 * and the reason) while lib/analyze.ts is missing or fails to load. Signatures as agreed:
 * `analyze(document, { url?, now? })` and `analyzeText(text)` (article.text === text).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Analysis } from '../../lib/types';
import { failureMessage } from './report';

export type AnalyzeFn = (document: Document, options?: { url?: string; now?: Date }) => Analysis;
export type AnalyzeTextFn = (text: string) => Analysis;
/** lib/article's `readArticle`: article detection, body and metadata only (issue #3's timing). */
export type ReadArticleFn = (document: Document, pageUrl: string | null) => { article: Analysis['article'] };

export interface SourcelightApi {
  analyze: AnalyzeFn | null;
  analyzeText: AnalyzeTextFn | null;
  readArticle: ReadArticleFn | null;
  /** Why a function is null, for the report. */
  unavailable: string | null;
}

export async function loadSourcelight(repoRoot: string): Promise<SourcelightApi> {
  const file = path.join(repoRoot, 'lib', 'analyze.ts');
  if (!existsSync(file)) return { analyze: null, analyzeText: null, readArticle: null, unavailable: 'lib/analyze.ts does not exist yet' };
  try {
    const mod = (await import(pathToFileURL(file).href)) as { analyze?: unknown; analyzeText?: unknown };
    const analyze = typeof mod.analyze === 'function' ? (mod.analyze as AnalyzeFn) : null;
    const analyzeText = typeof mod.analyzeText === 'function' ? (mod.analyzeText as AnalyzeTextFn) : null;
    const missing = [analyze ? null : 'analyze', analyzeText ? null : 'analyzeText'].filter(Boolean);
    const articleModule = (await import(pathToFileURL(path.join(repoRoot, 'lib', 'article', 'index.ts')).href)) as { readArticle?: unknown };
    const readArticle = typeof articleModule.readArticle === 'function' ? (articleModule.readArticle as ReadArticleFn) : null;
    return { analyze, analyzeText, readArticle, unavailable: missing.length ? `lib/analyze.ts exports no ${missing.join(', ')}` : null };
  } catch (error) {
    return { analyze: null, analyzeText: null, readArticle: null, unavailable: `lib/analyze.ts failed to load: ${failureMessage(error)}` };
  }
}
