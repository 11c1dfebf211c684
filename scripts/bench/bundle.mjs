// esbuild bundles: the in-page benchmark script, and Readability's and defuddle's minified bundles
// (for the size table).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ROOT } from './paths.mjs';

/** The in-page script: harness.ts with our pipeline, Readability and defuddle (its browser core build). */
export async function benchBundle() {
  const out = await build({
    entryPoints: [`${ROOT}/scripts/bench/harness.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    // Not minified: the same for all three (defuddle ships minified; minifying changes little in V8).
    minify: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** A library as a page would load it: bundled for the browser, minified, raw and gzipped bytes. */
async function libraryBundle(contents) {
  const out = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'lib',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'error',
  });
  const bytes = out.outputFiles[0].contents;
  return { raw: bytes.length, gzip: gz(bytes) };
}

export async function librarySizes() {
  return {
    readability: await libraryBundle("export { Readability } from '@mozilla/readability';"),
    defuddle: await libraryBundle("export { default } from 'defuddle';"),
  };
}
