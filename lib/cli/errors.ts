/**
 * Errors the user can fix (a wrong option, a missing file). The CLI prints their message as one
 * line, "sourcelight: …", and never a stack trace; anything else is a bug and keeps its stack.
 */
export class CliError extends Error {
  override name = 'CliError';
}

/** A mistake in the command line: the message is followed by a pointer to --help. */
export class UsageError extends CliError {
  override name = 'UsageError';
}
