/**
 * `sourcelight` entry: `node --import tsx lib/cli/main.ts analyze page.html` (or bin/sourcelight.js).
 * Only wiring to the process lives here; the CLI itself is `runCli` in ./run.ts.
 */
import { once } from 'node:events';
import { nodeFiles } from './read-input';
import { EXIT_FAILURE, EXIT_OK, runCli } from './run';

// `sourcelight analyze --jsonl … | head -1`: the reader left, which is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_OK);
  throw error;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    ...nodeFiles,
    // Touch process.stdin only when a command reads it, so other commands never wait on a pipe.
    stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
    stdout: async (s) => {
      if (!process.stdout.write(s)) await once(process.stdout, 'drain');
    },
    stderr: (s) => void process.stderr.write(s),
  });
} catch (error) {
  // Not a user error (those are one line from runCli): a bug, reported with its stack.
  process.stderr.write(`sourcelight: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = EXIT_FAILURE;
}
