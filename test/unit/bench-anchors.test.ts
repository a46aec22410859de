// @vitest-environment node
/**
 * The bench's anchor extensions (test/bench/anchor-extensions.ts): built as area 6 loads them,
 * and their content script run on real saved pages, so a change that stops them measuring (a
 * file outside `content-scripts/`, where the trace counts the compile; a measure without the
 * detail area 6 reads) fails here rather than as a blank row in the report.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAnchorExtension, type AnchorName } from '../bench/anchor-extensions';
import { parseHtml } from '../../lib/dom/parse-html';
import { FIXTURES, REPO_ROOT } from './helpers/fixtures';

interface Manifest {
  manifest_version: number;
  content_scripts: { matches: string[]; js: string[]; run_at: string }[];
  background?: unknown;
  permissions?: unknown;
}

/** Runs an anchor's content script against `document` with a stand-in extension API; returns the measure's detail. */
function runAnchor(code: string, document: Document): { article: boolean; mainThreadMs: number; startup: boolean } {
  performance.clearMarks();
  performance.clearMeasures();
  let idle: (() => void) | null = null;
  let listeners = 0;
  const chrome = { runtime: { onMessage: { addListener: () => void listeners++ } } };
  new Function('chrome', 'requestIdleCallback', 'document', code)(chrome, (callback: () => void) => void (idle = callback), document);
  expect(listeners).toBe(1);
  expect(idle).not.toBeNull();
  idle!();
  const measure = performance.getEntriesByName('sourcelight:analysis', 'measure')[0] as PerformanceMeasure | undefined;
  const detail = measure?.detail as { article: boolean; mainThreadMs: number };
  return { ...detail, startup: performance.getEntriesByName('sourcelight:startup', 'measure').length === 1 };
}

function page(relative: string): Document {
  return parseHtml(readFileSync(join(FIXTURES, relative), 'utf8'), 'https://example.com/story').document;
}

describe('bench anchor extensions', () => {
  const built: { remove(): void }[] = [];
  afterEach(() => {
    for (const b of built.splice(0)) b.remove();
  });

  async function build(name: AnchorName): Promise<{ manifest: Manifest; code: string }> {
    const extension = await buildAnchorExtension(name, REPO_ROOT);
    built.push(extension);
    const manifest = JSON.parse(readFileSync(join(extension.dir, 'manifest.json'), 'utf8')) as Manifest;
    return { manifest, code: readFileSync(join(extension.dir, manifest.content_scripts[0]!.js[0]!), 'utf8') };
  }

  it.each(['floor', 'readability'] as const)('%s: one content script under content-scripts/, at document idle, nothing else', async (name) => {
    const { manifest, code } = await build(name);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]).toEqual({ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/anchor.js'], run_at: 'document_idle' });
    expect(manifest.background).toBeUndefined();
    expect(manifest.permissions).toBeUndefined();
    // The start mark comes before any bundled module is evaluated.
    expect(code.startsWith("performance.mark('sourcelight:injected');")).toBe(true);
  });

  it('readability reads the seed story and gives up on a page that is not an article', async () => {
    const { code } = await build('readability');
    const seed = runAnchor(code, page('seed/trend-itu-cybercrime.html'));
    expect(seed).toMatchObject({ article: true, startup: true });
    expect(seed.mainThreadMs).toBeGreaterThan(0);
    expect(runAnchor(code, page('real/mozilla-2/source.html'))).toMatchObject({ article: false, startup: true });
  });

  it('floor only looks for paragraphs', async () => {
    const { code } = await build('floor');
    expect(code).not.toContain('Readability');
    expect(runAnchor(code, page('seed/trend-itu-cybercrime.html'))).toMatchObject({ article: true, startup: true });
  });
});
