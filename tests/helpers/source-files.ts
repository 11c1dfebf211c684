// The repository's source files, for the tests that scan them as text (sinks, layers, storage keys).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SRC = join(ROOT, 'src');

/** Every file below `dir` whose name matches `names` (by default TypeScript and JavaScript). */
export function sourceFiles(dir: string, names = /\.[cm]?[jt]sx?$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path, names);
    return names.test(entry.name) ? [path] : [];
  });
}
