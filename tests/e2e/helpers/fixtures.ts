// The shared fixture pages (never copied into the repo), each at its real Sina address, and the
// project's own test pages.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressIn } from '../../../scripts/lib/fixtures';
import { ROOT, SHARED_FIXTURES } from '../../../scripts/lib/paths';

export { ROOT } from '../../../scripts/lib/paths';
/** Our demo page's address, where the tests serve it. */
export { DEMO_URL } from '../../helpers/fixtures';
export const DEMO = join(ROOT, 'tests', 'fixtures', 'finance-doc-demo.html');
export const HOSTILE = join(ROOT, 'tests', 'fixtures', 'hostile-doc.html');

export const fixture = (relative: string): string => join(SHARED_FIXTURES, relative);
export const hasFixture = (relative: string): boolean => existsSync(fixture(relative));

/** The address a saved page was served at. */
export function addressOf(file: string): string {
  const address = addressIn(readFileSync(file, 'latin1'));
  if (!address) throw new Error(`${file}: no address in a composite comment, og:url or canonical link`);
  return address;
}
