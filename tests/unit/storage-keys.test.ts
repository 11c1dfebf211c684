// The storage keys of the reader's corrections are spelled in one place (common/override-keys.ts): the
// page script, which reads one of them by itself to spare other pages the lazy half, takes it from
// there, so that renaming a key cannot leave a reader who rests on a key that is never written.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERRIDE_KEYS } from '../../src/common/override-keys';
import { SRC, sourceFiles } from '../helpers/source-files';

const HOME = 'common/override-keys.ts';

/** Every `file: 'key'` where `text` spells one of `keys` as a quoted string. */
function spelled(file: string, text: string, keys: readonly string[]): string[] {
  return keys.filter((key) => new RegExp(`(['"\`])${key}\\1`).test(text)).map((key) => `${file}: '${key}'`);
}

describe('the overrides’ storage keys', () => {
  it('are found quoted in a sample, and not as a property name (the scan can fail)', () => {
    expect(spelled('a.ts', "storage.local.get('cleanAnyway')", OVERRIDE_KEYS)).toEqual([
      "a.ts: 'cleanAnyway'",
    ]);
    expect(spelled('a.ts', 'session.corrections.cleanAnyway', OVERRIDE_KEYS)).toEqual([]);
  });

  it('are quoted in no source file but their own', () => {
    const files = sourceFiles(SRC).map((file) => [relative(SRC, file), file] as const);
    expect(files.map(([name]) => name)).toContain(HOME);
    const elsewhere = files
      .filter(([name]) => name !== HOME)
      .flatMap(([name, file]) => spelled(name, readFileSync(file, 'utf8'), OVERRIDE_KEYS));
    expect(elsewhere).toEqual([]);
  });
});
