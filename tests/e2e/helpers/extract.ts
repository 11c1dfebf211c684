// The contract's output for a saved page (text, Markdown, citation), from the CLI itself (npm run --silent extract).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures';

export interface Extracted {
  text: string;
  markdown: string;
  document: unknown;
  cite: { gbt7714: string; csl: Record<string, unknown> } | null;
}

export function extract(file: string, url: string): Extracted {
  const out = execFileSync('node', [join(ROOT, 'scripts', 'extract.mjs'), file, '--url', url], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(out);
}
