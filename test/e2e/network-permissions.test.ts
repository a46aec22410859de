/**
 * Least privilege (issue 8), on the built manifests: every permission and every page pattern the
 * extension asks for is justified in the README's permissions table, and nothing opens it to
 * pages or other extensions (no host permissions for requests, no externally_connectable, no
 * loosened CSP). The one web-accessible file is the article script the content script imports
 * (entrypoints/content/page-gate.ts), on http(s) pages, at a per-session dynamic URL in Chrome
 * (in-page.test.ts checks a page cannot load it from the extension's own URL). The Firefox build
 * declares it collects no data.
 * Runs after `npm test` has built .output/chrome-mv3; the Firefox part when .output/firefox-mv2
 * exists (test/e2e/firefox*.test.ts build it).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_SCRIPT_FILE as ARTICLE_SCRIPT } from '../../modules/article-script';
import { DIST, ROOT } from './harness';

const FIREFOX_DIST = path.join(ROOT, '.output/firefox-mv2');

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

function manifest(dist: string): Manifest {
  return JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8')) as Manifest;
}

/** The backticked names in the first column of the README's permissions table. */
function justified(): Set<string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /### Permissions\n([\s\S]*?)\n#/.exec(readme)?.[1] ?? '';
  const names = new Set<string>();
  for (const row of section.split('\n').filter((line) => line.startsWith('| `') || line.startsWith('| content script'))) {
    const firstCell = row.split('|')[1] ?? '';
    for (const m of firstCell.matchAll(/`([^`]+)`/g)) names.add(m[1]!);
  }
  return names;
}

function checkManifest(m: Manifest, name: string): void {
  const table = justified();
  assert.ok(table.size >= 3, `README permissions table not found or empty: ${[...table].join(', ')}`);
  for (const permission of m.permissions ?? []) assert.ok(table.has(permission), `${name}: permission "${permission}" is not justified in the README`);
  for (const pattern of (m.content_scripts ?? []).flatMap((c) => c.matches)) {
    assert.ok(table.has(pattern), `${name}: content script on "${pattern}" is not justified in the README`);
  }
  // Firefox MV2 lists host patterns among permissions; none is asked for.
  assert.deepEqual((m.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>'), [], `${name}: host permissions`);
  assert.equal(m.host_permissions, undefined, `${name}: host_permissions`);
  assert.equal(m.optional_permissions, undefined, `${name}: optional_permissions`);
  assert.equal(m.optional_host_permissions, undefined, `${name}: optional_host_permissions`);
  const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
  const onlyArticleScript = name === 'firefox-mv2' ? [ARTICLE_SCRIPT] : [{ resources: [ARTICLE_SCRIPT], matches, use_dynamic_url: true }];
  assert.deepEqual(m.web_accessible_resources, onlyArticleScript, `${name}: web_accessible_resources let pages load and probe our files; only the article script is, at a dynamic URL`);
  assert.equal(m.externally_connectable, undefined, `${name}: externally_connectable lets pages or extensions message us`);
  assert.equal(m.content_security_policy, undefined, `${name}: a custom CSP (the default forbids remote and eval'd code)`);
  assert.ok(!(m.permissions ?? []).some((p) => ['tabs', 'activeTab', 'scripting', 'webRequest', 'history', 'cookies', 'downloads', 'management', 'debugger', 'nativeMessaging'].includes(p)), `${name}: a broad permission`);
}

describe('permissions', () => {
  test('the Chrome manifest asks only for what the README justifies, and opens nothing', () => {
    assert.ok(existsSync(path.join(DIST, 'manifest.json')), `no build at ${DIST}`);
    checkManifest(manifest(DIST), 'chrome-mv3');
  });

  test('the Firefox manifest too, and it declares no data collection', (t) => {
    if (!existsSync(path.join(FIREFOX_DIST, 'manifest.json'))) {
      t.skip(`no Firefox build at ${FIREFOX_DIST} (npm run build:firefox)`);
      return;
    }
    const m = manifest(FIREFOX_DIST);
    checkManifest(m, 'firefox-mv2');
    assert.deepEqual(m.browser_specific_settings?.gecko?.data_collection_permissions, { required: ['none'] });
    assert.deepEqual([...(m.permissions ?? [])].sort(), [...(manifest(DIST).permissions ?? [])].sort(), 'same permissions in both builds');
  });
});
