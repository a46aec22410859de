/**
 * `analyze --jsonl`: a batch of inputs, one JSON object a line, each answered by one line in the
 * same order. Lines are read as they stream in and one bad line never stops the batch.
 */
import type { Analysis } from '../types';
import { analyzeHtml, analyzePlainText } from './analyze-input';
import { MAX_INPUT_BYTES, toBuffer } from './read-input';

export type BatchId = string | number;

/** One output line: the input's id with its Analysis, or with what went wrong. */
export type BatchResult =
  | ({ id: BatchId } & Analysis)
  | { id: BatchId | null; line: number; error: string };

export type InputLine =
  | { number: number; text: string }
  /** Longer than the limit: its bytes were counted and dropped, never held. */
  | { number: number; tooLong: true; bytes: number };

const NEWLINE = 0x0a;

/**
 * Splits a byte or text stream into lines (LF or CRLF), numbered from 1. A line over `maxBytes`
 * is skipped while it streams past, so one 2 GB line cannot exhaust memory; `readline` would
 * gather it whole first.
 */
export async function* splitLines(source: AsyncIterable<Uint8Array | string>, maxBytes = MAX_INPUT_BYTES): AsyncGenerator<InputLine> {
  let pieces: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;

  const take = (piece: Buffer): void => {
    size += piece.length;
    if (tooLong) return;
    if (size > maxBytes) {
      tooLong = true;
      pieces = [];
    } else if (piece.length) {
      pieces.push(piece);
    }
  };
  const finish = (): InputLine => {
    number += 1;
    // UTF-8 never uses the byte 0x0A inside a character, so splitting bytes there is safe.
    const line: InputLine = tooLong
      ? { number, tooLong: true, bytes: size }
      : { number, text: Buffer.concat(pieces).toString('utf8').replace(/\r$/, '') };
    pieces = [];
    size = 0;
    tooLong = false;
    return line;
  };

  for await (const chunk of source) {
    const buffer = toBuffer(chunk);
    let from = 0;
    for (let at = buffer.indexOf(NEWLINE, from); at !== -1; at = buffer.indexOf(NEWLINE, from)) {
      take(buffer.subarray(from, at));
      yield finish();
      from = at + 1;
    }
    take(buffer.subarray(from));
  }
  if (size > 0) yield finish(); // the last line, without a final newline
}

/**
 * Runs the batch, writing each result as one JSON line (awaiting `write`, so a slow reader of
 * stdout holds the batch back instead of letting output pile up). Returns how many lines failed.
 */
export async function runBatch(
  source: AsyncIterable<Uint8Array | string>,
  now: Date,
  write: (line: string) => void | Promise<void>,
): Promise<number> {
  let failed = 0;
  for await (const line of splitLines(source)) {
    if (!('tooLong' in line) && !line.text.trim()) continue;
    const result =
      'tooLong' in line
        ? { id: null, line: line.number, error: `line is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB (${line.bytes} bytes)` }
        : analyzeLine(line.text, line.number, now);
    if ('error' in result) failed += 1;
    await write(`${JSON.stringify(result)}\n`);
  }
  return failed;
}

/** One input line → its result; never throws. */
export function analyzeLine(text: string, number: number, now: Date): BatchResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { id: null, line: number, error: `invalid JSON: ${(error as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: null, line: number, error: 'expected a JSON object {"id", "html"} or {"id", "text"}' };
  }
  const fields = input as Record<string, unknown>;
  const id = fields.id;
  const fail = (error: string): BatchResult => ({ id: isBatchId(id) ? id : null, line: number, error });
  if (id === undefined) return fail('missing "id"');
  if (!isBatchId(id)) return fail('"id" must be a string or a number');

  const { html, text: plain, url } = fields;
  if (html !== undefined && plain !== undefined) return fail('give "html" or "text", not both');
  if (html === undefined && plain === undefined) return fail('missing "html" (a page) or "text" (plain text)');
  const content = html ?? plain;
  const field = html !== undefined ? 'html' : 'text';
  if (typeof content !== 'string') return fail(`"${field}" must be a string`);
  if (!content.trim()) return fail(`"${field}" is empty`);
  if (url !== undefined && url !== null) {
    if (field === 'text') return fail('"url" applies to "html" only');
    if (typeof url !== 'string' || !URL.canParse(url)) return fail('"url" must be an absolute URL');
  }

  try {
    const analysis =
      field === 'html' ? analyzeHtml(content, (url as string | null | undefined) ?? null, now) : analyzePlainText(content, now);
    return { id, ...analysis };
  } catch (error) {
    return fail(`analysis failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function isBatchId(value: unknown): value is BatchId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}
