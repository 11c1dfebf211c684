import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_CHROME = join(ROOT, 'dist', 'chrome');
export const CHROMIUM = '/usr/bin/chromium';
export const MISSING_DIST = 'dist/chrome missing: run npm run build first';

/** Why the extension parts cannot run, or null. */
export function distProblem() {
  if (!existsSync(join(DIST_CHROME, 'manifest.json'))) return MISSING_DIST;
  return null;
}
