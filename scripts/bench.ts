// npm run bench: our pipeline's time per page in headless Chromium on every shared fixture, with the
// time of each stage as the pipeline reports it; scaling on a grown page; the extension's size; the
// flicker check. Writes bench/results.json and bench/results.md, and ends with the verdict lines.
//   npm run bench [-- --compare] [-- --quick] [-- --bulk]
//   --compare  also Readability's and defuddle's parse(), interleaved with ours: the ratios
//   --quick    fewer rounds, for trying things out
//   --bulk     also the extract command's bulk throughput (scripts/bench/bulk.ts)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { bulkThroughput } from './bench/bulk';
import type { EngineName, Timing } from './bench/harness';
import { benchBundle, loadFixtures, onPage } from './bench/pages';
import { markdown, pageLines, type Results, type Row, ratios, verdict } from './bench/report';
import { median } from './bench/stats';
import { CHROMIUM, launchChromium } from './lib/chromium';
import { framesOf, shownIn } from './lib/flicker';
import { COMPOSITE_112, distProblem, ROOT } from './lib/paths';
import { startServer } from './lib/server';
import { extensionSizes, gzipSize } from './lib/size';

const compare = process.argv.includes('--compare');
const quick = process.argv.includes('--quick');
const bulk = process.argv.includes('--bulk');
const ENGINES: EngineName[] = compare ? ['ours', 'readability', 'defuddle'] : ['ours'];
const TIMING = quick
  ? { rounds: 5, warmup: 1, batchMs: 4, maxBatch: 40 }
  : { rounds: 15, warmup: 3, batchMs: 6, maxBatch: 40 };
/** The stage profile is a diagnostic: fewer rounds. */
const PROFILE = { rounds: quick ? 2 : 5, warmup: 1, batchMs: 0, maxBatch: 0 };
const SCALES = [1, 4, 16];
const started = Date.now();
if (!CHROMIUM) throw new Error('no Chromium: apt-get install -y --no-install-recommends chromium');

const fixtures = loadFixtures();
const composite = fixtures.find((f) => f.id === COMPOSITE_112);
const server = await startServer();
const code = await benchBundle();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
});
const results: Results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
  chromium: browser.version(),
  timing: TIMING,
  engines: ENGINES,
  pages: [],
};

try {
  console.log(`${fixtures.length} pages, per-call median ms (${ENGINES.join(', ')}), then our stages`);
  for (const fixture of fixtures) {
    const row = await onPage(browser, server, fixture, code, async (page): Promise<Row> => {
      const t: Timing = { url: fixture.url, ...TIMING };
      const measured = await page.evaluate(([t, e]) => window.__bench.measure(t, e), [t, ENGINES] as const);
      const engines = Object.fromEntries(
        Object.entries(measured).map(([e, m]) => [e, { ...m, median: m.error ? null : median(m.samples) }]),
      );
      const ours = engines.ours?.median ?? null;
      // The stage profile times batches of about 2 ms.
      const batch = ours ? Math.min(40, Math.ceil(2 / Math.max(ours, 0.01))) : 1;
      const p = { ...t, ...PROFILE };
      const stages =
        ours && engines.ours?.found?.kind === 'article'
          ? await page.evaluate(([p, b]) => window.__bench.stages(p, b), [p, batch] as const)
          : null;
      return {
        page: fixture.id,
        kb: fixture.bytes / 1024,
        engines,
        stages: stages && Object.fromEntries(Object.entries(stages).map(([s, v]) => [s, median(v)])),
      };
    });
    results.pages.push(row);
    console.log(pageLines([row], ENGINES)[0]);
  }
  if (compare) results.ratios = ratios(results.pages);

  if (composite) {
    const t: Timing = { url: composite.url, ...TIMING };
    const rows = await onPage(browser, server, composite, code, (page) =>
      page.evaluate(([t, s]) => window.__bench.scaling(t, s), [t, SCALES] as const),
    );
    results.scaling = rows.map(({ times, paragraphs, nodes, samples }) => ({
      times,
      paragraphs,
      nodes,
      median: median(samples),
    }));
  }
} finally {
  await browser.close();
}

try {
  results.sizes = await extensionSizes();
} catch (error) {
  results.sizes = { error: (error as Error).message };
}
if (compare) results.libraries = await librarySizes();
results.flicker = await flicker().catch((error: Error) => ({ error: error.message }));
await server.close();
if (bulk) results.bulk = bulkThroughput(quick ? 1 : 3);

results.seconds = Math.round((Date.now() - started) / 1000);
results.verdict = verdict(results);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
writeFileSync(join(ROOT, 'bench', 'results.md'), markdown(results));
console.log(`\nwrote bench/results.json and bench/results.md (${results.seconds} s)`);
for (const line of results.verdict) console.log(line);

/** The composite page at its own address, with and without the built extension: what each displays. */
async function flicker() {
  const problem = distProblem() ?? (composite?.url ? null : `${COMPOSITE_112} missing`);
  if (problem) throw new Error(problem);
  const url = (composite?.url ?? '').replace(/^https:/, 'http:');
  server.set(url, { body: composite?.html ?? '' });
  const shown: Record<string, string[]> = {};
  for (const extension of [false, true]) {
    const launched = await launchChromium({
      port: server.port,
      extension: extension ? undefined : false,
      onlySina: true,
    });
    try {
      shown[extension ? 'extension' : 'baseline'] = shownIn(await framesOf(launched.context, url));
    } finally {
      await launched.close();
    }
  }
  // Passes when nothing shows with the extension and the probe is seen to work without it.
  return { ...shown, ok: !shown.extension?.length && (shown.baseline?.length ?? 0) > 0 };
}

/** Readability and defuddle as a page would load them: bundled for the browser, minified. */
async function librarySizes() {
  const sizeOf = async (contents: string) => {
    const out = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      platform: 'browser',
      logLevel: 'error',
    });
    const text = out.outputFiles[0]?.text ?? '';
    return { raw: Buffer.byteLength(text), gzip: gzipSize(text) };
  };
  return {
    readability: await sizeOf("export { Readability } from '@mozilla/readability';"),
    defuddle: await sizeOf("export { default } from 'defuddle';"),
  };
}
