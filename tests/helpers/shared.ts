// Where the shared fixtures are (../shared beside the clone) and whether they are there at all.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, '..', 'shared', 'fixtures');
export const HAVE_SHARED = existsSync(join(FIXTURES, 'expected'));

/** Printed once by each corpus test file when the fixtures are missing, so a skip is never silent. */
export const SKIP_REASON = `../shared/fixtures not found at ${FIXTURES}: corpus tests skipped`;

/** Whole saved pages (HTML) under pages/ and composite/. */
export function sharedPages(): string[] {
  if (!HAVE_SHARED) return [];
  return ['pages', 'composite'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${dir}/${f}`),
  );
}
