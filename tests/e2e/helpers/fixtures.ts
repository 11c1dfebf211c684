// The shared fixture pages (never copied into the repo), each at its real Sina address: a
// composite page names its URL in a first-line comment, a saved page in og:url / canonical.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED = resolve(ROOT, '../shared/fixtures');
export const DEMO = join(ROOT, 'tests', 'fixtures', 'finance-doc-demo.html');
export const HOSTILE = join(ROOT, 'tests', 'fixtures', 'hostile-doc.html');

export const fixture = (relative: string): string => join(SHARED, relative);
export const hasFixture = (relative: string): boolean => existsSync(fixture(relative));

/** The address a saved page was served at. */
export function addressOf(file: string): string {
  const head = readFileSync(file, 'latin1').slice(0, 200_000);
  const composite = /^\s*<!--\s*composite:\s*(\S+)\s*-->/.exec(head);
  if (composite?.[1]) return composite[1];
  const og = /<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)["']/i.exec(head);
  if (og?.[1]) return og[1];
  const canonical = /<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)["']/i.exec(head);
  if (canonical?.[1]) return canonical[1];
  throw new Error(`${file}: no address in a composite comment, og:url or canonical link`);
}

/** UTF-8 where the bytes are valid UTF-8, else GB18030 (GBK-era pages). */
export function charsetOf(bytes: Buffer): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}
