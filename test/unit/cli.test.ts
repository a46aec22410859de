import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitLines, type InputLine } from '../../lib/cli/jsonl';
import { decodeInput, nodeFiles } from '../../lib/cli/read-input';
import { runCli } from '../../lib/cli/run';
import type { Analysis } from '../../lib/types';
import { REPO_ROOT as ROOT } from './helpers/fixtures';

const SEED = 'test/fixtures/seed/trend-itu-cybercrime.html';
const STATEMENT = 'test/fixtures/cli/statement.txt';
const NOW = ['--now', '2026-11-28'];
const SEED_APA =
  'Veliyev, H. (2014, December 18). ITU advocates for global initiative to fight cybercrime. Trend. ' +
  'https://en.trend.az/business/it/2345678.html';

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** runCli in-process, relative paths read from the repository root, stdin from `stdin` chunks. */
async function cli(argv: string[], stdin: string[] = []): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readFile: (path) => nodeFiles.readFile(resolve(ROOT, path)),
    openFile: (path) => nodeFiles.openFile(resolve(ROOT, path)),
    stdin: (async function* () {
      yield* stdin;
    })(),
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { code, stdout, stderr };
}

const seedHtml = () => readFile(join(ROOT, SEED), 'utf8');

describe('sourcelight analyze FILE.html', () => {
  it('prints the seed page’s Analysis as indented JSON', async () => {
    const run = await cli(['analyze', SEED, ...NOW]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^\{\n {2}"schema": 1,/);
    const analysis = JSON.parse(run.stdout) as Analysis;
    expect(analysis.article.title).toBe('ITU advocates for global initiative to fight cybercrime');
    expect(analysis.article.authors).toEqual(['Huseyn Veliyev']);
    const speakers = new Set(analysis.quotes.map((q) => q.speaker?.name));
    expect(speakers).toContain('Orozobek Kayikov');
    expect(speakers).toContain('Ali Abbasov');
    expect(analysis.citation.csl.accessed).toEqual({ 'date-parts': [[2026, 11, 28]] });
  });

  it('--format citation --style apa prints exactly the APA reference', async () => {
    const run = await cli(['analyze', SEED, '--format', 'citation', '--style', 'apa', ...NOW]);
    expect(run).toEqual({ code: 0, stdout: `${SEED_APA}\n`, stderr: '' });
  });

  it('--style alone implies --format citation, and multi-line styles end with one newline', async () => {
    const run = await cli(['analyze', SEED, '--style=bibtex', ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^@article\{veliyev_itu_2014,\n[\s\S]*urldate = \{2026-11-28\}[\s\S]*\n\}\n$/);
  });

  it('--format card prints the summary card as text', async () => {
    const run = await cli(['analyze', SEED, '--format', 'card', ...NOW]);
    expect(run.code).toBe(0);
    const card = run.stdout;
    expect(card.split('\n')[0]).toBe('ITU advocates for global initiative to fight cybercrime');
    expect(card).toContain('Trend');
    expect(card).toMatch(/^By +Huseyn Veliyev$/m);
    expect(card).toMatch(/^Published +18 December 2014$/m);
    expect(card).toMatch(/^Dateline +Baku, Azerbaijan$/m);
    expect(card).toMatch(/^Section +Business$/m);
    expect(card).toMatch(/^\d+ quotes: /m);
    expect(card).toMatch(/^ {2}Orozobek Kayikov — head of the zonal office .* — \d+ quotes$/m);
    expect(card).toMatch(/^ {2}Ali Abbasov — Minister of Communications and High Technologies — 1 quote$/m);
    expect(card).toMatch(/^Officials$/m);
    expect(card).toMatch(/^Tags: .*Cybercrime/m);
    expect(card).toContain(`Citation (APA)\n  ${SEED_APA}\n`);
  });

  it('reads the page from stdin as "-" and uses --url when the page names no canonical URL', async () => {
    const html = '<html><head><title>Bridge</title></head><body><p>Short.</p></body></html>';
    const run = await cli(['analyze', '-', '--url', 'https://example.org/bridge?id=1', ...NOW], [html]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Analysis).article.url).toMatch(/^https:\/\/example\.org\/bridge/);
  });

  it('a page that is not an article is a success with isArticle false, and the card says so', async () => {
    const indexJson = await readFile(join(ROOT, 'test/fixtures/real/index.json'), 'utf8');
    const index = JSON.parse(indexJson) as { slug: string; nonArticle?: boolean }[];
    const page = `test/fixtures/real/${index.find((entry) => entry.nonArticle)!.slug}/source.html`;
    const json = await cli(['analyze', page, ...NOW]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(json.stdout) as Analysis).article.isArticle).toBe(false);
    const card = await cli(['analyze', page, '--format', 'card', ...NOW]);
    expect(card.code).toBe(0);
    expect(card.stdout.split('\n')[0]).toBe('Not an article');
  });
});

describe('sourcelight analyze --text', () => {
  it('article.text is the file exactly, so offsets index the file', async () => {
    const content = await readFile(join(ROOT, STATEMENT), 'utf8');
    const run = await cli(['analyze', '--text', STATEMENT, ...NOW]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const analysis = JSON.parse(run.stdout) as Analysis;
    expect(analysis.article.text).toBe(content);
    expect(analysis.article.title).toBeNull();
    for (const quote of analysis.quotes) expect(content.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('the card of plain text has no empty citation', async () => {
    const run = await cli(['analyze', '--text', STATEMENT, '--format', 'card', ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Citation');
  });
});

describe('sourcelight analyze --jsonl', () => {
  it('answers each line in order; a bad line gets {"id": null, "line", "error"} and exit 1', async () => {
    const lines = [
      JSON.stringify({ id: 'seed', html: await seedHtml(), url: 'https://en.trend.az/business/it/2345678.html' }),
      '{"id": "broken", "html": ',
      JSON.stringify({ id: 7, text: 'Ali Abbasov said the centre would open in March.' }),
    ];
    const run = await cli(['analyze', '--jsonl', ...NOW], [`${lines.join('\n')}\n`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'seed', schema: 1, article: { title: 'ITU advocates for global initiative to fight cybercrime' } });
    expect(out[1]).toEqual({ id: null, line: 2, error: expect.stringMatching(/^invalid JSON/) });
    expect(out[2]).toMatchObject({ id: 7, schema: 1, article: { text: 'Ali Abbasov said the centre would open in March.' } });
  });

  it('skips empty lines, accepts CRLF and chunks cut anywhere, and exits 0 when every line succeeds', async () => {
    const batch = `${JSON.stringify({ id: 'a', text: 'One line.' })}\r\n\r\n   \n${JSON.stringify({ id: 'b', text: 'Two “lines”.' })}`;
    // One byte at a time, so multi-byte characters and line ends straddle chunks.
    const bytes = [...new TextEncoder().encode(batch)];
    let stdout = '';
    const code = await runCli(['analyze', '--jsonl', ...NOW], {
      ...nodeFiles,
      stdin: (async function* () {
        for (const byte of bytes) yield Uint8Array.of(byte);
      })(),
      stdout: (s) => void (stdout += s),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const ids = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; article: { text: string } });
    expect(ids.map((r) => [r.id, r.article.text])).toEqual([['a', 'One line.'], ['b', 'Two “lines”.']]);
  });

  it('reports each kind of bad line with its id when it has one, and goes on', async () => {
    const lines = [
      '[1]',
      '{"html": "<p>x</p>"}',
      '{"id": "n", "html": 5}',
      '{"id": "both", "html": "<p>x</p>", "text": "x"}',
      '{"id": "u", "html": "<p>x</p>", "url": "not a url"}',
      '{"id": "e", "text": "  "}',
    ];
    const run = await cli(['analyze', '--jsonl', ...NOW], [lines.join('\n')]);
    expect(run.code).toBe(1);
    const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: unknown; line: number; error: string });
    expect(out.map((r) => [r.id, r.line])).toEqual([[null, 1], [null, 2], ['n', 3], ['both', 4], ['u', 5], ['e', 6]]);
    for (const result of out) expect(result.error).toEqual(expect.any(String));
  });

  it('reads a FILE argument, and a missing one is one error line', async () => {
    const run = await cli(['analyze', '--jsonl', 'test/fixtures/cli/missing.jsonl']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'sourcelight: cannot read test/fixtures/cli/missing.jsonl: no such file\n' });
  });

  it('splitLines drops a line over the limit without holding it, and keeps counting lines', async () => {
    async function* chunks() {
      yield 'short\n' + 'x'.repeat(6);
      yield 'x'.repeat(10);
      yield '\nlast';
    }
    const lines: InputLine[] = [];
    for await (const line of splitLines(chunks(), 10)) lines.push(line);
    expect(lines).toEqual([
      { number: 1, text: 'short' },
      { number: 2, tooLong: true, bytes: 16 },
      { number: 3, text: 'last' },
    ]);
  });
});

describe('errors are one line on stderr, exit 1, nothing on stdout', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sourcelight-cli-'));
    await writeFile(join(dir, 'empty.html'), '');
    await writeFile(join(dir, 'blank.txt'), ' \n\t\n');
    await writeFile(join(dir, 'image.html'), Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['analyze', 'nope/page.html'], /^sourcelight: cannot read nope\/page\.html: no such file$/],
    ['a directory', () => ['analyze', 'test/fixtures'], /^sourcelight: cannot read test\/fixtures: is a directory$/],
    ['a binary file', () => ['analyze', join(dir, 'image.html')], /^sourcelight: .*image\.html is a binary file/],
    ['an empty file', () => ['analyze', join(dir, 'empty.html')], /^sourcelight: .*empty\.html is empty$/],
    ['a blank text file', () => ['analyze', '--text', join(dir, 'blank.txt')], /^sourcelight: .*blank\.txt is empty$/],
    ['an unknown style', () => ['analyze', SEED, '--format', 'citation', '--style', 'vancouver'], /^sourcelight: unknown style "vancouver"/],
    ['an unknown option', () => ['analyze', SEED, '--frmat', 'card'], /^sourcelight: unknown option --frmat/],
    ['an unknown format', () => ['analyze', SEED, '--format', 'xml'], /^sourcelight: unknown format "xml"/],
    ['an impossible --now', () => ['analyze', SEED, '--now', '2026-02-30'], /^sourcelight: --now "2026-02-30" is not a date/],
    ['no file', () => ['analyze'], /^sourcelight: missing file/],
    ['no command', () => [], /^sourcelight: missing command/],
  ];
  it.each(cases)('%s', async (_, argv, message) => {
    const { code, stdout, stderr } = await cli(argv());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(stderr.trimEnd()).toMatch(message);
  });
});

describe('help, version and decoding', () => {
  it('--help documents the exit status; --version prints the package version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit status');
    expect((await cli(['analyze', '-h'])).stdout).toBe(help.stdout);
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('decodes a page in the charset its <meta> declares, and a UTF-16 page by its BOM', () => {
    // "Привет" in windows-1251, as saved from a 2010s Russian news site.
    const head = new TextEncoder().encode('<meta charset="windows-1251"><p>');
    const cp1251 = Uint8Array.of(...head, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2);
    expect(decodeInput(cp1251, 'html')).toBe('<meta charset="windows-1251"><p>Привет');
    const utf16 = Uint8Array.of(0xff, 0xfe, ...[...'<p>Hi'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeInput(utf16, 'html')).toBe('<p>Hi');
    expect(decodeInput(Uint8Array.of(0x41, 0, 0x42), 'text')).toBeNull();
  });
});

describe('the real entry points', () => {
  const run = promisify(execFile);

  it('node --import tsx lib/cli/main.ts analyze prints the seed Analysis', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'lib/cli/main.ts', 'analyze', SEED, ...NOW], { cwd: ROOT });
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.article.title).toBe('ITU advocates for global initiative to fight cybercrime');
    expect(analysis.citation.apa).toBe(SEED_APA);
  }, 60_000);

  it('bin/sourcelight.js --version, and a user error exits 1 with one line', async () => {
    const { stdout } = await run(join(ROOT, 'bin/sourcelight.js'), ['--version'], { cwd: ROOT });
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const failed = await run(join(ROOT, 'bin/sourcelight.js'), ['analyze', 'nope.html'], { cwd: ROOT }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failed).toMatchObject({ code: 1, stdout: '', stderr: 'sourcelight: cannot read nope.html: no such file\n' });
  }, 60_000);
});
