/**
 * Reading one input for `analyze` (a saved page or a text file) with a clear sentence for each
 * way it can go wrong, and decoding its bytes the way a browser would.
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { CliError } from './errors';

/** Larger than any real article page (the biggest saved pages we know are ~2 MB). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
// Where `grep` and `git` look for NUL bytes to call a file binary.
const BINARY_SNIFF_BYTES = 8 * 1024;
// The HTML standard's prescan for <meta charset> looks at the first 1024 bytes.
const CHARSET_PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** File access the CLI needs; tests may fake it. Errors carry Node's `code` (ENOENT, EISDIR, …). */
export interface FileAccess {
  readFile(path: string): Promise<Uint8Array>;
  /** The file as a stream of chunks (`--jsonl FILE`), so a large batch is never read whole. */
  openFile(path: string): AsyncIterable<Uint8Array | string>;
}

export const nodeFiles: FileAccess = {
  async readFile(path) {
    const handle = await open(path, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      // A device such as /dev/zero never ends; pipes (`<(curl …)`) and regular files do.
      if (!stat.isFile() && !stat.isFIFO()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
      if (stat.size > MAX_INPUT_BYTES) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  },
  openFile: (path) => createReadStream(path),
};

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENOTREG: 'not a regular file',
  EFBIG: `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
  ERR_FS_FILE_TOO_LARGE: `larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
};

/** "cannot read page.html: no such file" from a Node fs error. */
export function readError(name: string, error: unknown): CliError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new CliError(`cannot read ${name}: ${typeof code === 'string' ? (REASONS[code] ?? message) : message}`);
}

export type InputKind = 'html' | 'text';

/** The input's text, or a CliError: missing, unreadable, empty, binary, too large. `path` "-" is stdin. */
export async function readInput(
  path: string,
  kind: InputKind,
  files: FileAccess,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<string> {
  const name = path === '-' ? 'stdin' : path;
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readAll(stdin, MAX_INPUT_BYTES) : await files.readFile(path);
  } catch (error) {
    throw readError(name, error);
  }
  const text = decodeInput(bytes, kind);
  if (text === null) throw new CliError(`${name} is a binary file, not ${kind === 'html' ? 'an HTML page' : 'text'}`);
  if (!text.trim()) throw new CliError(`${name} is empty`);
  return text;
}

/** Bytes → text; null when they look binary (a NUL in the first 8 KB of an 8-bit encoding). */
export function decodeInput(bytes: Uint8Array, kind: InputKind): string | null {
  const bom = bomEncoding(bytes);
  if (!bom && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return null;
  const encoding = bom ?? (kind === 'html' ? metaCharset(bytes) : null) ?? 'utf-8';
  // The decoder drops the BOM: it marks the encoding and is not part of the text.
  return new TextDecoder(encoding).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/**
 * A page saved from a 2010s Russian or Japanese site may be windows-1251 or Shift_JIS and say so
 * only in `<meta charset>`. An unknown label falls back to UTF-8, and a page that reached us as
 * bytes cannot really be UTF-16 when the label is readable as ASCII (the HTML standard's rule).
 */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label || /^utf-?16/i.test(label)) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** A stream chunk as bytes, without copying: stdin gives Buffers, a test may give strings. */
export function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** All of a stream, refusing more than `limit` bytes. */
async function readAll(source: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const buffer = toBuffer(chunk);
    size += buffer.length;
    if (size > limit) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
