/**
 * Command-line arguments → what to do. Hand-written (no dependency) so that every mistake gets
 * one plain sentence: `node:util` parseArgs would answer "--frmat" with a paragraph about "--".
 */
import { CITATION_STYLES, isCitationStyle, type CitationStyle } from '../cite/index';
import { UsageError } from './errors';

export type OutputFormat = 'json' | 'card' | 'citation';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'card', 'citation'];

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; input: AnalyzeInput; format: OutputFormat; style: CitationStyle; url: string | null; now: Date | null };

/** `path` "-" is stdin. A `--jsonl` batch reads stdin when no path is given. */
export type AnalyzeInput =
  | { kind: 'html'; path: string }
  | { kind: 'text'; path: string }
  | { kind: 'jsonl'; path: string | null };

// Options of `analyze`: `value` ones take an argument (`--url URL` or `--url=URL`).
const ANALYZE_OPTIONS = {
  url: 'value',
  text: 'flag',
  jsonl: 'flag',
  format: 'value',
  style: 'value',
  now: 'value',
  help: 'flag',
} as const;
type AnalyzeOption = keyof typeof ANALYZE_OPTIONS;

const SHORT_OPTIONS: Record<string, string> = { '-h': '--help', '-V': '--version' };

export function parseArgs(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv.map((arg) => SHORT_OPTIONS[arg] ?? arg);
  if (first === undefined) throw new UsageError('missing command (try "sourcelight analyze FILE.html")');
  if (first === '--help' || first === 'help') return { kind: 'help' };
  if (first === '--version') return { kind: 'version' };
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`);
  if (first !== 'analyze') throw new UsageError(`unknown command "${first}" (the command is "analyze")`);
  return parseAnalyze(rest);
}

function parseAnalyze(args: readonly string[]): CliCommand {
  const values: Partial<Record<AnalyzeOption, string | true>> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // "-" alone is stdin, and everything after "--" is a file name, even "--weird.html".
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--version') return { kind: 'version' };
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(2, eq) : arg.slice(2)) as AnalyzeOption;
    const shape = arg.startsWith('--') ? ANALYZE_OPTIONS[name] : undefined;
    if (!Object.hasOwn(ANALYZE_OPTIONS, name) || !shape) throw new UsageError(`unknown option ${eq > 0 ? arg.slice(0, eq) : arg}`);
    if (values[name] !== undefined) throw new UsageError(`--${name} is given twice`);
    if (shape === 'flag') {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      values[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    values[name] = value;
  }
  if (values.help) return { kind: 'help' };

  // "--style mla" alone means the citation is wanted.
  const format = (values.format as string | undefined) ?? (values.style !== undefined ? 'citation' : 'json');
  if (!OUTPUT_FORMATS.includes(format as OutputFormat)) {
    throw new UsageError(`unknown format "${format}" (formats: ${OUTPUT_FORMATS.join(', ')})`);
  }
  const style = (values.style as string | undefined) ?? 'apa';
  if (!isCitationStyle(style)) {
    throw new UsageError(`unknown style "${style}" (styles: ${CITATION_STYLES.map((s) => s.id).join(', ')})`);
  }
  if (values.style !== undefined && format !== 'citation') throw new UsageError(`--style goes with --format citation, not ${format}`);

  if (positionals.length > 1) throw new UsageError(`one input at a time (got ${positionals.length}: ${positionals.join(', ')})`);
  const path = positionals[0];
  let input: AnalyzeInput;
  if (values.jsonl) {
    if (values.text) throw new UsageError('--jsonl and --text do not go together (a JSON line says "text" or "html")');
    if (values.url !== undefined) throw new UsageError('--url does not apply to --jsonl (give "url" in each line)');
    if (format !== 'json') throw new UsageError('--jsonl writes JSON lines only (no --format)');
    input = { kind: 'jsonl', path: path === undefined || path === '-' ? null : path };
  } else {
    if (path === undefined) throw new UsageError(`missing file (sourcelight analyze ${values.text ? '--text FILE.txt' : 'FILE.html'})`);
    if (values.text && values.url !== undefined) throw new UsageError('--url does not apply to --text');
    input = { kind: values.text ? 'text' : 'html', path };
  }

  return {
    kind: 'analyze',
    input,
    format: format as OutputFormat,
    style,
    url: values.url === undefined ? null : parseUrl(values.url as string),
    now: values.now === undefined ? null : parseDay(values.now as string),
  };
}

function parseUrl(value: string): string {
  try {
    return new URL(value).href;
  } catch {
    throw new UsageError(`--url "${value}" is not an absolute URL`);
  }
}

/** "2026-11-28" → midnight UTC that day (the citation's accessed date reads the UTC day). */
function parseDay(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  // Date.UTC rolls "2026-02-30" over to March; a real day survives the round trip.
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--now "${value}" is not a date as YYYY-MM-DD`);
  return date;
}

export const HELP = `Usage:
  sourcelight analyze FILE.html [--url URL] [--format json|card|citation] [--style STYLE] [--now YYYY-MM-DD]
  sourcelight analyze --text FILE.txt [--format …] [--style STYLE] [--now YYYY-MM-DD]
  sourcelight analyze --jsonl [FILE.jsonl] [--now YYYY-MM-DD]
  sourcelight --help | --version

Shows who said what in a news article saved as HTML (or given as plain text).

Input (FILE "-" reads stdin):
  FILE.html           a saved page; prints its Analysis (schema 1) as JSON
  --url URL           the page's address, used when the page names no canonical URL
  --text FILE.txt     plain text instead of HTML: article.text is the file exactly (UTF-8)
  --jsonl [FILE]      a batch: one JSON object a line on stdin (or FILE), each
                        {"id": …, "html": "…", "url"?: "…"}  or  {"id": …, "text": "…"}
                      writes one line per input line, in order: {"id": …, …Analysis}, or
                        {"id": …, "line": N, "error": "…"} when that line failed. For a line that
                      is not valid JSON (or has no usable id) "id" is null; "line" is the line
                      number (1-based, empty lines counted, and skipped). A line over 50 MB is an
                      error for that line. One bad line never stops the batch.

Output:
  --format json       the Analysis JSON, 2-space indent (default)
  --format card       the summary card as plain text
  --format citation   the article's citation in --style
  --style STYLE       ${CITATION_STYLES.map((s) => s.id).join(', ')}
                      (default apa; --style alone implies --format citation)
  --now YYYY-MM-DD    the citation's accessed date (default: today), for reproducible output

Exit status:
  0  success (a page that is not an article is a success: "isArticle": false)
  1  any error: a usage mistake, an unreadable/empty/binary input, or any failed --jsonl line.
     Errors are one line on stderr starting with "sourcelight: ".
`;
