// `extract --jsonl` over every shared page, with its worker threads, gives for each page exactly the
// object that the one-page command prints (extractPage, what `extract PAGE.html` serialises): bulk
// extraction is a faster way to the same output, never a different one.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/cli/extract-page';
import { FIXTURES, HAVE_SHARED, ROOT, SKIP_REASON, sharedPages } from '../helpers/shared';

const exec = promisify(execFile);
const ACCESSED = '2026-11-30';
if (!HAVE_SHARED) console.warn(SKIP_REASON);

describe.skipIf(!HAVE_SHARED)('extract --jsonl on the shared pages', () => {
  it('gives each page, in order, the one-page output', async () => {
    const files = sharedPages().map((page) => join(FIXTURES, page));
    const { stdout } = await exec(
      'node',
      [join(ROOT, 'scripts', 'extract.mjs'), '--jsonl', '--jobs', '2', ...files, '--accessed', ACCESSED],
      { maxBuffer: 1 << 30 },
    );
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(files.length);
    for (const [index, file] of files.entries()) {
      const { file: named, ...output } = JSON.parse(lines[index] as string);
      expect(named).toBe(file);
      const single = await extractPage(readFileSync(file), null, { accessed: ACCESSED });
      expect(output, file).toEqual(JSON.parse(JSON.stringify(single)));
    }
  }, 240_000);
});
