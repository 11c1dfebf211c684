// Runs src/cli/extract.ts. The CLI is bundled by esbuild on every call (≈50 ms, so it is never stale)
// and run with plain node: starting tsx's loader costs a second per call, which a batch of pages feels.
// The worker of `--jsonl` is a second entry; the two share the extraction's chunk.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { build } from 'esbuild';

// V8 gives a function its feedback (its inline caches) only after the function has run a while. Given
// from the first call, parsing the shared pages (hot, one process) takes 6 ms a page instead of 23;
// without src/cli/dom-events.ts's swap of linkedom's node base class it is 17 ms either way, so the two
// go together. One `--jsonl` batch of the 32 shared pages: 2.48 -> 1.53 s of CPU, the same output; a
// single page is unchanged (0.37 s). Set before the CLI loads; worker threads share the process's flags.
setFlagsFromString('--no-lazy-feedback-allocation');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'node_modules', '.cache', 'sina-clean');
mkdirSync(outdir, { recursive: true });
const { metafile } = await build({
  entryPoints: ['extract', 'jsonl-worker'].map((name) => join(root, 'src', 'cli', `${name}.ts`)),
  outdir,
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  metafile: true,
});
// Chunks are named by their hash, so each change of the code leaves the old ones behind. Remove those
// an hour old: a run that started on an older build may still be loading its chunks.
const current = new Set(Object.keys(metafile.outputs).map((file) => resolve(file)));
const hourAgo = Date.now() - 3_600_000;
for (const name of readdirSync(outdir)) {
  const file = join(outdir, name);
  if (!current.has(file) && statSync(file).mtimeMs < hourAgo) rmSync(file, { force: true });
}
await import(pathToFileURL(join(outdir, 'extract.mjs')).href);
