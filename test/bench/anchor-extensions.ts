/**
 * Two stand-in extensions that area 6 (./areas/chromium.ts) measures the way it measures ours,
 * in the same run, in fresh tabs on the same pages. They tell how much of our figure any content
 * script pays, and how we compare with the usual way of reading an article in the page:
 *   - floor: the least a content script like ours does. It registers the message listener a
 *     popup needs, and at the first idle moment looks up the page's paragraphs once. In a new
 *     tab even this costs something: Chrome sets up the script's world and the extension API,
 *     and the first touch of the DOM from that world sets up its bindings.
 *   - readability: a reader-mode extension's read. Mozilla Readability's documented use:
 *     `isProbablyReaderable(document)`, then `new Readability(clone).parse()` on a copy of the
 *     document (parse changes the document it is given).
 * Both take our user-timing measures: `sourcelight:startup` from their first statement, and
 * `sourcelight:analysis` with `detail.mainThreadMs` for the idle-time work. Their file is a
 * classic content script under `content-scripts/`, so the trace counts its compile as it counts
 * ours. Each runs alone in its own browser.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type AnchorName = 'floor' | 'readability';

export const ANCHOR_LABELS: Record<AnchorName, string> = {
  floor: 'empty content script (message listener, one look at the page)',
  readability: 'Readability as a content script (isProbablyReaderable, then parse of a copy)',
};

/** The idle-time work of each anchor: an expression, true when the page was read as an article. */
const WORK: Record<AnchorName, { imports: string; work: string }> = {
  floor: { imports: '', work: "document.getElementsByTagName('p').length > 0" },
  readability: {
    imports: "import { Readability, isProbablyReaderable } from '@mozilla/readability';",
    work: 'isProbablyReaderable(document) && new Readability(document.cloneNode(true)).parse() !== null',
  },
};

/** The same skeleton for both; the mark goes in a banner, before any bundled module evaluates. */
function entrySource(name: AnchorName): string {
  return `${WORK[name].imports}
chrome.runtime.onMessage.addListener(() => undefined);
performance.measure('sourcelight:startup', 'sourcelight:injected');
requestIdleCallback(() => {
  performance.mark('sourcelight:analysis:start');
  const started = performance.now();
  const article = ${WORK[name].work};
  const ms = performance.now() - started;
  performance.measure('sourcelight:analysis', { start: 'sourcelight:analysis:start', detail: { article, mainThreadMs: ms } });
}, { timeout: 2000 });
`;
}

/** Writes the anchor's unpacked extension to a temporary folder; `remove` deletes it. */
export async function buildAnchorExtension(name: AnchorName, repoRoot: string): Promise<{ dir: string; remove(): void }> {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(path.join(tmpdir(), `sourcelight-anchor-${name}-`));
  mkdirSync(path.join(dir, 'content-scripts'));
  const bundle = await esbuild.build({
    stdin: { contents: entrySource(name), resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    banner: { js: "performance.mark('sourcelight:injected');" },
    write: false,
  });
  writeFileSync(path.join(dir, 'content-scripts/anchor.js'), bundle.outputFiles[0]!.contents);
  const manifest = {
    manifest_version: 3,
    name: `Sourcelight bench anchor: ${name}`,
    version: '0.0.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/anchor.js'], run_at: 'document_idle' }],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
