// What an ordinary article page loads from the extension (content scripts and their static
// imports), gzipped, stays within budget; the panel and the parser load only where needed.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures';

interface Entry {
  file: string;
  gzip: number;
}

it('keeps an ordinary article page under 12 KB gzipped; panel and parser load on demand', () => {
  const out = execFileSync(
    'node',
    [join(ROOT, 'scripts', 'size.mjs'), join(ROOT, 'dist', 'chrome'), '--json'],
    {
      encoding: 'utf8',
    },
  );
  // The script prints its JSON, then a one-line verdict; it exits non-zero over budget.
  const report = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1)) as { eager: Entry[]; lazy: Entry[] };
  const eager = report.eager.reduce((sum, entry) => sum + entry.gzip, 0);
  expect(eager).toBeLessThanOrEqual(12 * 1024);
  const lazy = report.lazy.map((entry) => entry.file);
  expect(lazy.some((name) => name.includes('mount'))).toBe(true);
  expect(lazy.some((name) => name.includes('analysis-chunk'))).toBe(true);
});
