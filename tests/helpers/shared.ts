// Where the shared fixtures are (../shared beside the clone), whether they are there at all, and their
// pages read as the CLI reads them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_FIXTURES } from '../../scripts/lib/paths';
import { decode } from '../../src/cli/decode';
import { parseHtml } from '../../src/cli/dom';

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

/** A saved page (`pages/…` or `composite/…`) as the CLI reads it: decoded by its charset, parsed. */
export const sharedDocument = (path: string): Document =>
  parseHtml(decode(readFileSync(join(FIXTURES, path))));
