// What the extension loads into a Sina page, from the built manifest: every content-script file and
// the chunks they import statically (loaded on every matching page), then the chunks they import
// dynamically (loaded only on pages that need the panel or the analysis). crxjs's loader imports the
// real script through `chrome.runtime.getURL("assets/…")`: that counts as a static import.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { DIST_CHROME, MISSING_DIST } from './paths.mjs';

/** What an ordinary article page may load, gzipped (the budget). */
export const BUDGET = 12 * 1024;

const GET_URL = /\.getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Imports of one built file, parsed by esbuild: { static: [...], dynamic: [...] } as dist paths. */
async function importsOf(dist, file) {
  const result = await build({
    entryPoints: [join(dist, file)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: join(dist, '.size-check'),
    platform: 'browser',
    logLevel: 'silent',
    // Only this file's own import list is read; what it imports need not be bundled.
    plugins: [
      {
        name: 'only-this-file',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) =>
            args.kind === 'entry-point' ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  const entry = Object.values(result.metafile.inputs)[0];
  const resolve = (spec) => posix.normalize(posix.join(posix.dirname(file), spec));
  const staticImports = [];
  const dynamicImports = [];
  for (const imported of entry?.imports ?? []) {
    if (!/^\.{1,2}\//.test(imported.path)) continue;
    (imported.kind === 'dynamic-import' ? dynamicImports : staticImports).push(resolve(imported.path));
  }
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, path] of code.matchAll(GET_URL)) staticImports.push(posix.normalize(path.replace(/^\//, '')));
  return { staticImports, dynamicImports };
}

const gzipOf = (bytes) => gzipSync(bytes, { level: 9 }).length;

function sizeOf(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipOf(bytes) };
}

/**
 * { eager: [{file, raw, gzip}], lazy: [...], eagerGzip, eagerRaw, lazyGzip, lazyRaw } or { error }.
 * Eager: content_scripts js + css and their static import closure. Lazy: what dynamic imports add.
 */
export async function extensionSizes(dist = DIST_CHROME) {
  if (!existsSync(join(dist, 'manifest.json'))) return { error: MISSING_DIST };
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const scripts = manifest.content_scripts ?? [];
  const entries = [...new Set(scripts.flatMap((s) => s.js ?? []))];
  const styles = [...new Set(scripts.flatMap((s) => s.css ?? []))];
  const missing = [...entries, ...styles].filter((file) => !existsSync(join(dist, file)));
  if (missing.length) return { error: `${MISSING_DIST} (missing: ${missing.join(', ')})` };

  const eager = new Set();
  const dynamic = new Set();
  const visitStatic = async (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    const { staticImports, dynamicImports } = await importsOf(dist, file);
    for (const next of dynamicImports) dynamic.add(next);
    for (const next of staticImports) await visitStatic(next);
  };
  for (const entry of entries) await visitStatic(entry);

  const lazy = new Set();
  const visitLazy = async (file) => {
    if (eager.has(file) || lazy.has(file)) return;
    lazy.add(file);
    const { staticImports, dynamicImports } = await importsOf(dist, file);
    for (const next of [...staticImports, ...dynamicImports]) await visitLazy(next);
  };
  for (const file of dynamic) await visitLazy(file);

  const eagerFiles = [...eager, ...styles].map((file) => sizeOf(dist, file));
  const lazyFiles = [...lazy].map((file) => sizeOf(dist, file));
  const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
  return {
    eager: eagerFiles,
    lazy: lazyFiles,
    eagerRaw: sum(eagerFiles, 'raw'),
    eagerGzip: sum(eagerFiles, 'gzip'),
    lazyRaw: sum(lazyFiles, 'raw'),
    lazyGzip: sum(lazyFiles, 'gzip'),
    budget: BUDGET,
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

export function sizeLines(sizes) {
  if (sizes.error) return [`sizes: ${sizes.error}`];
  const line = (tag, f) => `  ${tag}  ${kb(f.raw).padStart(10)} raw  ${kb(f.gzip).padStart(9)} gz  ${f.file}`;
  return [
    ...sizes.eager.map((f) => line('page', f)),
    ...sizes.lazy.map((f) => line('lazy', f)),
    `  ordinary article page loads: ${kb(sizes.eagerRaw)} raw, ${kb(sizes.eagerGzip)} gzipped (budget ${kb(sizes.budget)})`,
    `  loaded on demand (panel, analysis): ${kb(sizes.lazyRaw)} raw, ${kb(sizes.lazyGzip)} gzipped`,
  ];
}
