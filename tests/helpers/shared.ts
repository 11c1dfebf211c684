// Where the shared fixtures are (../shared beside the clone) and whether they are there at all.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_FIXTURES } from '../../scripts/lib/paths';

export { ROOT } from '../../scripts/lib/paths';
export const FIXTURES = SHARED_FIXTURES;
export const HAVE_SHARED = existsSync(join(FIXTURES, 'expected'));

/** Printed once by each corpus test file when the fixtures are missing, so a skip is never silent. */
export const SKIP_REASON = `../shared/fixtures not found at ${FIXTURES}: corpus tests skipped`;

/** Whole saved pages (HTML) under pages/ and composite/. */
export function sharedPages(): string[] {
  if (!HAVE_SHARED) return [];
  return ['pages', 'composite'].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}
