/**
 * scripts/check-html-sinks.mjs, the "no page string reaches an HTML parser" lint (issue 8): it
 * finds every kind of sink with its file:line and fails, ignores mentions in comments and strings
 * and plain reads, and passes on the product code. npm test runs it as a counted step.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT as ROOT } from './helpers/fixtures';

const SCRIPT = path.join(ROOT, 'scripts/check-html-sinks.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'sourcelight-sinks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(files: Record<string, string>): { status: number | null; output: string } {
  const folder = mkdtempSync(path.join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const run = spawnSync(process.execPath, [SCRIPT, folder], { cwd: folder, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('check-html-sinks', () => {
  it('fails on every sink, one file:line:col line each', () => {
    const sinks = [
      'el.innerHTML = quote.text;',
      'el.outerHTML += x;',
      "el['innerHTML'] = x;",
      "el?.insertAdjacentHTML('beforeend', x);",
      'document.write(x);',
      'window.document.writeln(x);',
      'frame.contentDocument.write(x);',
      'range.createContextualFragment(x);',
      'el.setHTMLUnsafe(x);',
      'frame.srcdoc = x;',
      "Reflect.set(el, 'innerHTML', x);",
      'Object.assign(el, { innerHTML: x });',
      "h('div', { dangerouslySetInnerHTML: { __html: x } });",
      'export const A = () => <div dangerouslySetInnerHTML={{ __html: x }} />;',
      'export const B = () => <div innerHTML={x} />;',
    ];
    const { status, output } = check({ 'bad.tsx': sinks.join('\n') });
    expect(status).toBe(1);
    for (let line = 1; line <= sinks.length; line++) expect(output).toMatch(new RegExp(`bad\\.tsx:${line}:\\d+ `));
    expect(output.match(/bad\.tsx:\d+:\d+/g)).toHaveLength(sinks.length);
  });

  it('passes on mentions in comments and strings, reads, and writes that are not documents', () => {
    const { status, output } = check({
      'fine.ts': [
        '// never el.innerHTML = x; use textContent',
        "const advice = 'do not call document.write(x)';",
        'const html = el.innerHTML;',
        'el.textContent = quote.text;',
        'process.stdout.write(x);',
        'await navigator.clipboard.write([item]);',
        'list.write(sheets);',
      ].join('\n'),
    });
    expect(output).toContain('No HTML sinks');
    expect(status).toBe(0);
  });

  it('the product code (lib, entrypoints, components, utils) is clean', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toContain('No HTML sinks');
    expect(run.status).toBe(0);
  });
});
