// What the extension loads into a Sina page, read from the built manifest: every content-script file
// and the chunks they import statically (loaded on every matching page: the eager budget), then the
// chunks they import dynamically (the panel and the analysis, loaded only where needed: the lazy
// budget, with the larger of the strings tables of which the panel loads one), then what those load
// dynamically in turn (the copy formats at a copy, the rules' reasons when the reader asks why, the
// fallback finder on an unknown layout: reported, not budgeted). crxjs's loader imports the real
// script through `chrome.runtime.getURL("assets/…")`: that counts as a static import. Used by CI's
// size gate (scripts/size.ts), its test and the benchmark.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { DIST_CHROME, distProblem } from './paths';

/** Gzipped bytes an ordinary article page may load. */
export const EAGER_BUDGET = 12 * 1024;
/** Gzipped bytes of the panel and analysis chunks together: a target, reported by the gate. */
export const LAZY_BUDGET = 20 * 1024;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface Sizes {
  eager: FileSize[];
  /** What showing the panel always loads. */
  lazy: FileSize[];
  /** What showing the panel loads one of: the strings table of the UI's language. */
  oneOf: FileSize[];
  /** Loaded by the lazy part on a further demand (a copy, a question, a correction, the picker). */
  later: FileSize[];
  eagerRaw: number;
  eagerGzip: number;
  /** `lazy` with the largest of `oneOf` (by gzip): the most that showing the panel loads. */
  lazyRaw: number;
  lazyGzip: number;
  laterRaw: number;
  laterGzip: number;
}

/** The chunks that showing the panel loads (vite.config.ts names them, without a hash): the panel with the analysis. */
const SHOWING_PANEL = /^(?:analysis-chunk|panel)\.js$/;
/**
 * The panel's dynamic imports that showing it loads, one of them: the strings table of the UI's
 * language (src/panel/strings.ts). The panel is the same on an article and on a document page.
 */
const ONE_OF = /^strings-(?:zh|en)\.js$/;

const GET_URL = /\.getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Imports of one built file, parsed by esbuild, as dist paths. */
async function importsOf(dist: string, file: string) {
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
  const resolve = (spec: string) => posix.normalize(posix.join(posix.dirname(file), spec));
  const staticImports: string[] = [];
  const dynamicImports: string[] = [];
  for (const imported of entry?.imports ?? []) {
    if (!/^\.{1,2}\//.test(imported.path)) continue;
    (imported.kind === 'dynamic-import' ? dynamicImports : staticImports).push(resolve(imported.path));
  }
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, path] of code.matchAll(GET_URL))
    if (path) staticImports.push(posix.normalize(path.replace(/^\//, '')));
  return { staticImports, dynamicImports };
}

export const gzipSize = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

function sizeOf(dist: string, file: string): FileSize {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSize(bytes) };
}

/** The eager and lazy files of the build in `dist`; throws where it is not built. */
export async function extensionSizes(dist = DIST_CHROME): Promise<Sizes> {
  const problem = distProblem(dist);
  if (problem) throw new Error(problem);
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const scripts = manifest.content_scripts ?? [];
  const entries = [...new Set(scripts.flatMap((s) => s.js ?? []))];
  const styles = [...new Set(scripts.flatMap((s) => s.css ?? []))];

  const eager = new Set<string>();
  const dynamic = new Set<string>();
  const visitStatic = async (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    const { staticImports, dynamicImports } = await importsOf(dist, file);
    for (const next of dynamicImports) dynamic.add(next);
    for (const next of staticImports) await visitStatic(next);
  };
  for (const entry of entries) await visitStatic(entry);

  // The panel and the analysis (what showing the panel loads): those of the page script's dynamic
  // imports, with what they import statically. The page's other dynamic imports, and what the panel
  // loads on its own demand, come on a further demand: a copy, the reader asking why or correcting, the picker.
  const lazy = new Set<string>();
  const oneOf = new Set<string>();
  const further = new Set<string>();
  const visitLazy = async (file: string) => {
    if (eager.has(file) || lazy.has(file)) return;
    lazy.add(file);
    const { staticImports, dynamicImports } = await importsOf(dist, file);
    for (const next of dynamicImports) (ONE_OF.test(posix.basename(next)) ? oneOf : further).add(next);
    for (const next of staticImports) await visitLazy(next);
  };
  for (const file of dynamic) {
    if (SHOWING_PANEL.test(posix.basename(file))) await visitLazy(file);
    else further.add(file);
  }
  const later = new Set<string>();
  const visitLater = async (file: string) => {
    if (eager.has(file) || lazy.has(file) || later.has(file)) return;
    later.add(file);
    const { staticImports, dynamicImports } = await importsOf(dist, file);
    for (const next of [...staticImports, ...dynamicImports]) await visitLater(next);
  };
  for (const file of further) await visitLater(file);

  const eagerFiles = [...eager, ...styles].map((file) => sizeOf(dist, file));
  const lazyFiles = [...lazy].map((file) => sizeOf(dist, file));
  const oneOfFiles = [...oneOf].map((file) => sizeOf(dist, file));
  const largest = oneOfFiles.reduce<FileSize[]>(
    (most, f) => (f.gzip > (most[0]?.gzip ?? -1) ? [f] : most),
    [],
  );
  const laterFiles = [...later].map((file) => sizeOf(dist, file));
  const sum = (files: FileSize[], key: 'raw' | 'gzip') => files.reduce((total, f) => total + f[key], 0);
  return {
    eager: eagerFiles,
    lazy: lazyFiles,
    oneOf: oneOfFiles,
    later: laterFiles,
    eagerRaw: sum(eagerFiles, 'raw'),
    eagerGzip: sum(eagerFiles, 'gzip'),
    lazyRaw: sum([...lazyFiles, ...largest], 'raw'),
    lazyGzip: sum([...lazyFiles, ...largest], 'gzip'),
    laterRaw: sum(laterFiles, 'raw'),
    laterGzip: sum(laterFiles, 'gzip'),
  };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** Each file, then the two totals against their budgets. */
export function sizeLines(sizes: Sizes): string[] {
  const line = (tag: string, f: FileSize) =>
    `  ${tag}  ${kb(f.raw).padStart(10)} raw  ${kb(f.gzip).padStart(9)} gz  ${f.file}`;
  return [
    ...sizes.eager.map((f) => line('page', f)),
    ...sizes.lazy.map((f) => line('lazy', f)),
    ...sizes.oneOf.map((f) => line('lazy1', f)),
    ...sizes.later.map((f) => line('later', f)),
    `  ordinary article page loads: ${kb(sizes.eagerRaw)} raw, ${kb(sizes.eagerGzip)} gzipped (budget ${kb(EAGER_BUDGET)})`,
    `  loaded to show the panel, on an article or a document page (panel, analysis, the larger of its two strings tables): ${kb(sizes.lazyRaw)} raw, ${kb(sizes.lazyGzip)} gzipped (budget ${kb(LAZY_BUDGET)})`,
    `  loaded on a further demand (copy formats, rule reasons, corrections, the picker): ${kb(sizes.laterRaw)} raw, ${kb(sizes.laterGzip)} gzipped`,
  ];
}

/** What is over the gate's budget (the page scripts), as sentences; empty when it fits. */
export function overBudget(sizes: Sizes): string[] {
  return sizes.eagerGzip > EAGER_BUDGET
    ? [`page scripts ${kb(sizes.eagerGzip)} > ${kb(EAGER_BUDGET)} gzipped`]
    : [];
}

/** The panel and analysis target is reported, not yet gated: the build is over it (see bench/results.md). */
export const lazyNote = (sizes: Sizes): string =>
  sizes.lazyGzip > LAZY_BUDGET
    ? `panel and analysis ${kb(sizes.lazyGzip)} gzipped: over the ${kb(LAZY_BUDGET)} target`
    : `panel and analysis ${kb(sizes.lazyGzip)} gzipped, within ${kb(LAZY_BUDGET)}`;
