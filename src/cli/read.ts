// A saved page's bytes, or one line that says why they cannot be read.
import { readFileSync } from 'node:fs';

export class ReadError extends Error {}

const WHY: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

export function readPage(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(`cannot read ${file}: ${(code && WHY[code]) ?? String(code ?? error)}`);
  }
}
