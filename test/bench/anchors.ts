/**
 * The anchors Sourcelight is measured beside, run in the same process on their own parse of the
 * same page (both rewrite the document they are given).
 * - @mozilla/readability: `new Readability(doc).parse()`; the body is `textContent` of the result,
 *   as the Scrapinghub benchmark's own readability_js runner takes it.
 * - defuddle: its Node entry (`defuddle/node`) exports the class that works on any DOM Document;
 *   we call the synchronous `parse()` (no async extractors: they may fetch third-party APIs) and
 *   take `textContent` of its `content` HTML, like Readability's. By default it gets a linkedom
 *   document, prepared as defuddle's own Node string path does (utils/linkedom-compat:
 *   `styleSheets` and `getComputedStyle` stubs, `URL` set): that is the DOM defuddle picks for
 *   itself in Node (linkedom is its optional dependency, installed with it). On happy-dom 21 it
 *   trips on a selector on some pages and returns near-empty bodies (F1 0.924 vs 0.931 on
 *   linkedom, Nov 2026): `--defuddle-dom happy-dom` still runs it there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';

export interface ReadabilityOutput {
  text: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export function runReadability(document: Document): ReadabilityOutput {
  const article = new Readability(document).parse();
  return {
    text: article?.textContent ?? '',
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
  };
}

export interface DefuddleOutput {
  /** The extracted body as HTML, turned into text by `defuddleText` outside the timed part. */
  html: string;
}

export function runDefuddle(document: Document, url: string): DefuddleOutput {
  const result = new DefuddleClass(document, { url, useAsync: false }).parse();
  return { html: result.content };
}

export type LinkedomParse = (html: string) => { document: unknown };
let linkedomParse: LinkedomParse | null | undefined;

/** linkedom's parseHTML, or null when it cannot be loaded (then Defuddle runs on happy-dom). */
export async function loadLinkedom(): Promise<LinkedomParse | null> {
  if (linkedomParse === undefined) {
    try {
      const mod = (await import('linkedom')) as { parseHTML?: unknown };
      linkedomParse = typeof mod.parseHTML === 'function' ? (mod.parseHTML as LinkedomParse) : null;
    } catch {
      linkedomParse = null;
    }
  }
  return linkedomParse;
}

/** A linkedom document as defuddle's linkedom-compat prepares one. */
export function linkedomDocument(parse: LinkedomParse, html: string, url: string): Document {
  const document = parse(html).document as Document & { styleSheets?: unknown; URL: string };
  const loose = document as unknown as { styleSheets?: unknown; URL: string; defaultView?: { getComputedStyle?: unknown } | null };
  if (!loose.styleSheets) loose.styleSheets = [];
  if (loose.defaultView && !loose.defaultView.getComputedStyle) loose.defaultView.getComputedStyle = () => ({ display: '' });
  // Read-only per spec, writable in linkedom: the base for relative URLs and site extractors.
  loose.URL = url;
  return document;
}

export function defuddleText(document: Document, output: DefuddleOutput): string {
  const holder = document.createElement('div');
  holder.innerHTML = output.html;
  return holder.textContent ?? '';
}

/** "0.6.0" from node_modules/<name>/package.json, for the table headers. */
export function installedVersion(repoRoot: string, name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return 'not installed';
  }
}
