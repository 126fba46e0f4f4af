import { readFileSync, statSync } from 'node:fs';

/** A file's text, or a message saying why it cannot be analysed. */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The largest file read by default, in bytes (`--max-size` raises it). */
export const DEFAULT_MAX_SIZE = 10_000_000;

/**
 * Reads a file as UTF-8 text; refuses at once directories, missing files, anything that is not a regular
 * file (a FIFO would hang, /dev/zero never ends), files over `maxSize` bytes, binary (NUL bytes) and invalid UTF-8.
 */
export function readInput(file: string, maxSize = DEFAULT_MAX_SIZE): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, message: `${file}: is a directory, not a Markdown file` };
    if (!stat.isFile()) return { ok: false, message: `${file}: is not a regular file (a device, pipe or socket); give a Markdown file` };
    if (stat.size > maxSize) return { ok: false, message: `${file}: is ${stat.size.toLocaleString('en')} bytes, over the limit of ${maxSize.toLocaleString('en')}; raise it with --max-size BYTES` };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${file}: no such file` };
    if (code === 'EACCES') return { ok: false, message: `${file}: permission denied` };
    return { ok: false, message: `${file}: cannot be read (${code ?? String(error)})` };
  }
  if (bytes.includes(0)) return { ok: false, message: `${file}: looks like a binary file (it contains NUL bytes)` };
  try {
    const text = decoder.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, message: `${file}: is not valid UTF-8 text` };
  }
}
