// The contract's `text` for a saved page, from the CLI itself (npm run --silent extract).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures';

export function extract(file: string, url: string): { text: string; document: unknown } {
  const out = execFileSync('node', [join(ROOT, 'scripts', 'extract.mjs'), file, '--url', url], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(out);
}
