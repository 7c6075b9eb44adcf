/** Reading and writing the user's files: size-checked, strict UTF-8, atomic writes with 0600. */
import fs from 'node:fs';
import path from 'node:path';
import { KeelError } from '../core/errors.js';

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Reads a text file, refusing what is missing, too large (before reading it), empty, binary or not UTF-8. */
export function readTextFile(file: string, maxBytes = MAX_IMPORT_BYTES): string {
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new KeelError('BadFile', `${file} is not a file`, 'Give the path of a file.');
    size = st.size;
  } catch (e) {
    if (e instanceof KeelError) throw e;
    throw new KeelError('BadFile', `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 'Check the path and its permissions.');
  }
  if (size > maxBytes)
    throw new KeelError(
      'BadFile',
      `${file} is ${(size / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB limit`,
      'Nothing was read. Is this the right file?',
    );
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new KeelError('BadFile', `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 'Check the path and its permissions.');
  }
  if (bytes.length === 0) throw new KeelError('BadFile', `${file} is empty`, 'Nothing was imported.');
  if (bytes.includes(0)) throw new KeelError('BadFile', `${file} looks binary, not text`, 'Give a text file (JSON or Markdown).');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new KeelError('BadFile', `${file} is not valid UTF-8 text`, 'Save it as UTF-8 and try again.');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Writes via a temporary file and rename, so a crash never leaves half a file; mode 0600. */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const fd = fs.openSync(tmp, 'w', 0o600);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new KeelError(
      'Unavailable',
      `cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      'Check the path and its permissions.',
    );
  }
}
