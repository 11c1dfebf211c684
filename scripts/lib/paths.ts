// Where things are: the repository, its two builds, and the shared corpus beside the clone (read
// from there, never copied in).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST_CHROME = join(ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = join(ROOT, 'dist', 'firefox');
export const SHARED_FIXTURES = resolve(ROOT, '..', 'shared', 'fixtures');

/** The composite document page that the flicker check, the scaling run and the CI checks load. */
export const COMPOSITE_112 = 'composite/doc-guohan2021-112.html';

/** Why a build cannot be loaded, or null. */
export function distProblem(dist = DIST_CHROME): string | null {
  return existsSync(join(dist, 'manifest.json'))
    ? null
    : `${dist.slice(ROOT.length + 1)} missing: run npm run build first`;
}
