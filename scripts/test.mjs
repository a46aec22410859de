#!/usr/bin/env node
/**
 * `npm test`: type check, the HTML-sink check, unit tests (vitest + happy-dom), build, end-to-end
 * tests (node:test + playwright-core + Chromium with the built extension). Ends with one plain
 * line "N passed, N failed" summing every suite, which CI reads (vitest's own summary is not read).
 * The HTML-sink check (scripts/check-html-sinks.mjs) counts as one test: 1 passed or 1 failed.
 *
 * SKIP_E2E=1 runs only the type check, the sink check and unit tests (for quick local loops).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let passed = 0;
let failed = 0;
let broken = false;

/** Runs a command with inherited stdio unless `capture`; resolves to { code, output }. */
function run(command, args, { capture = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: process.env });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const { code } = await run(command, args);
  if (code !== 0) {
    console.log(`✖ ${name} failed (exit ${code})`);
    broken = true;
  }
  return code === 0;
}

await step('type check', 'npx', ['tsc', '--noEmit']);

// No page-derived string may reach innerHTML & co. in product code (issue 8): one counted check.
console.log('\n▶ HTML sinks in product code (scripts/check-html-sinks.mjs)');
const sinks = await run('node', ['scripts/check-html-sinks.mjs']);
if (sinks.code === 0) passed += 1;
else failed += 1;

console.log('\n▶ unit tests (vitest)');
const reportDir = mkdtempSync(path.join(tmpdir(), 'sourcelight-vitest-'));
const report = path.join(reportDir, 'report.json');
const unit = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (unit.code !== 0 && json.numFailedTests === 0) broken = true;
} catch {
  console.log('✖ vitest wrote no report');
  broken = true;
}
rmSync(reportDir, { recursive: true, force: true });

if (process.env.SKIP_E2E !== '1') {
  if (await step('build the extension', 'npx', ['wxt', 'build'])) {
    console.log('\n▶ end-to-end tests (Chromium + built extension)');
    const files = readdirSync(path.join(root, 'test/e2e'))
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => path.join('test/e2e', f));
    const e2e = await run('node', ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=tap', ...files], { capture: true });
    const count = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(e2e.output)?.[1] ?? 0);
    passed += count('pass');
    failed += count('fail') + count('cancelled');
    if (e2e.code !== 0 && count('fail') + count('cancelled') === 0) broken = true;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken ? 1 : 0);
