/**
 * The CLI as a function: arguments and io in, exit code out. `main.ts` wires it to the process;
 * tests call it directly with captured io.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { formatCitation } from '../cite/index';
import type { Analysis } from '../types';
import { analyzeHtml, analyzePlainText } from './analyze-input';
import { HELP, parseArgs, type CliCommand } from './args';
import { CliError, UsageError } from './errors';
import { formatCard } from './format-card';
import { runBatch } from './jsonl';
import { readError, readInput, type FileAccess } from './read-input';

export interface CliIo extends FileAccess {
  stdin: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>;
  /** May return a promise that settles when the reader has room again (backpressure). */
  stdout: (s: string) => void | Promise<void>;
  stderr: (s: string) => void;
}

/** Exit codes, as `--help` documents them: every failure, usage mistakes included, is 1. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.kind) {
      case 'help':
        await io.stdout(HELP);
        return EXIT_OK;
      case 'version':
        await io.stdout(`${packageJson.version}\n`);
        return EXIT_OK;
      case 'analyze':
        return await runAnalyze(command, io);
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error; // a bug: main.ts reports it with its stack
    const hint = error instanceof UsageError ? '; see sourcelight --help' : '';
    io.stderr(`sourcelight: ${error.message}${hint}\n`);
    return EXIT_FAILURE;
  }
}

async function runAnalyze(command: Extract<CliCommand, { kind: 'analyze' }>, io: CliIo): Promise<number> {
  const { input } = command;
  const now = command.now ?? new Date();
  const stdin = io.stdin as AsyncIterable<string | Uint8Array>;

  if (input.kind === 'jsonl') {
    const source = input.path === null ? stdin : io.openFile(input.path);
    const failed = await runBatch(readingFrom(input.path ?? 'stdin', source), now, io.stdout);
    return failed > 0 ? EXIT_FAILURE : EXIT_OK;
  }

  const content = await readInput(input.path, input.kind, io, stdin);
  const name = input.path === '-' ? 'stdin' : input.path;
  let analysis: Analysis;
  try {
    analysis = input.kind === 'html' ? analyzeHtml(content, command.url, now) : analyzePlainText(content, now);
  } catch (error) {
    throw new CliError(`could not analyse ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  await io.stdout(formatOutput(analysis, command));
  return EXIT_OK;
}

/** The batch never throws for a bad line; its stream can (a missing FILE, a directory). */
async function* readingFrom<T>(name: string, source: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (error) {
    throw readError(name, error);
  }
}

function formatOutput(analysis: Analysis, command: Extract<CliCommand, { kind: 'analyze' }>): string {
  switch (command.format) {
    case 'json':
      return `${JSON.stringify(analysis, null, 2)}\n`;
    case 'card':
      return formatCard(analysis);
    case 'citation': {
      const text = formatCitation(analysis.citation.csl, command.style).text;
      return text.endsWith('\n') ? text : `${text}\n`;
    }
  }
}
