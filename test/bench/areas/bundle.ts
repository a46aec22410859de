/**
 * Bundle sizes of the built extension (.output/chrome-mv3), raw and gzipped (zlib level 9), per
 * entry: background.js, content-scripts/content.js (+ its CSS), and the popup (popup.html and
 * every script or stylesheet it loads, following static imports between chunks).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { fmt, table } from '../report';

const require = createRequire(import.meta.url);

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(root: string, file: string): FileSize {
  const data = readFileSync(path.join(root, file));
  return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    return statSync(path.join(root, rel)).isDirectory() ? listFiles(root, rel) : [rel];
  });
}

/** Files an HTML page or a JS chunk loads: src/href attributes, static imports. */
function referencedFiles(root: string, file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const refs = [
    ...text.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+\.(?:js|css))["']/g),
    ...text.matchAll(/\b(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g),
  ].map((m) => m[1] ?? '');
  return refs
    .filter((r) => r && !/^[a-z]+:/i.test(r))
    .map((r) => (r.startsWith('/') ? r.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(file), r))))
    .filter((r) => existsSync(path.join(root, r)));
}

function closure(root: string, start: string): string[] {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (/\.(html|js)$/.test(file)) stack.push(...referencedFiles(root, file));
  }
  return [...seen];
}

const kib = (bytes: number): string => fmt(bytes / 1024, 1);

export function bundleReport(repoRoot: string): string[] {
  const root = path.join(repoRoot, '.output', 'chrome-mv3');
  if (!existsSync(root)) return ['**Bundle sizes**: run npm run build first (or `npm run bench -- --build`).'];
  const all = listFiles(root);
  const entries: { name: string; files: string[] }[] = [];
  if (all.includes('background.js')) entries.push({ name: 'background.js', files: closure(root, 'background.js') });
  const contentFiles = all.filter((f) => f.startsWith('content-scripts/'));
  if (contentFiles.length) {
    const js = contentFiles.filter((f) => f.endsWith('.js'));
    entries.push({ name: 'content script (content-scripts/*)', files: [...new Set([...contentFiles, ...js.flatMap((f) => closure(root, f))])] });
    // The manifest's content_scripts files: what every page gets (the article script is loaded only on articles).
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
    const injected = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]).filter((f) => all.includes(f));
    if (injected.length) entries.push({ name: '… of which injected into every page', files: injected });
  }
  if (all.includes('popup.html')) entries.push({ name: 'popup (popup.html + chunks + css)', files: closure(root, 'popup.html') });
  const rows = entries.map((e) => {
    const sizes = e.files.map((f) => sizeOf(root, f));
    const raw = sizes.reduce((a, s) => a + s.raw, 0);
    const gz = sizes.reduce((a, s) => a + s.gzip, 0);
    return [e.name, kib(raw), kib(gz), e.files.sort().join(', ')];
  });
  const fileRows = all
    .filter((f) => /\.(js|css|html|json)$/.test(f))
    .sort()
    .map((f) => {
      const s = sizeOf(root, f);
      return [f, kib(s.raw), kib(s.gzip)];
    });
  const builtAt = statSync(root).mtime.toISOString().replace(/\.\d+Z$/, 'Z');
  return [
    `**Bundle sizes** (.output/chrome-mv3, built ${builtAt}; gzip level 9, KiB)`,
    table(['entry', 'raw KiB', 'gzip KiB', 'files'], rows),
    `<details><summary>Every file</summary>\n\n${table(['file', 'raw KiB', 'gzip KiB'], fileRows)}\n\n</details>`,
    ...stageSizes(repoRoot),
  ];
}

/** lib/ stages on their own, each with everything it imports (code and word lists). */
const STAGES: [string, string, string][] = [
  ['people: code + word lists (issue #5, target ≤ 50 KB)', 'lib/people/find-people.ts', 'findPeople'],
  ['quotes (with the people stage it resolves speakers against)', 'lib/quotes/find-quotes.ts', 'findQuotes'],
  ['article: detection, body, metadata', 'lib/article/index.ts', 'readArticle'],
];

/** Each stage bundled alone with esbuild, minified, gzip level 9. */
function stageSizes(repoRoot: string): string[] {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = require('esbuild') as typeof import('esbuild');
  } catch {
    return ['Stage sizes: n/a (esbuild not loadable).'];
  }
  const rows = STAGES.map(([label, file, name]) => {
    const out = esbuild.buildSync({
      stdin: { contents: `export { ${name} } from './${file}';`, resolveDir: repoRoot, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    }).outputFiles[0]!.contents;
    return [label, `\`${file}\``, kib(out.length), kib(gzipSync(out, { level: 9 }).length)];
  });
  return ['**lib/ stages alone** (esbuild bundle of the stage and all it imports, minified; gzip level 9)', table(['stage', 'entry', 'raw KiB', 'gzip KiB'], rows)];
}
