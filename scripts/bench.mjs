// npm run bench: our pipeline against Readability and defuddle in headless Chromium, on every shared
// fixture page; the extension's size, page cost and flicker; scaling on a grown page. Writes
// bench/results.json and bench/results.md, and ends with one summary line.
//   node scripts/bench.mjs [--quick]      (--quick: fewer page-cost loads, for trying things out)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchPlain } from './bench/browser.mjs';
import { librarySizes } from './bench/bundle.mjs';
import { ENGINES, ratios, runEngines, runScaling, SIZES } from './bench/engines.mjs';
import { runExtension } from './bench/extension.mjs';
import { COMPOSITE_112, loadFixtures } from './bench/fixtures.mjs';
import { CHROMIUM, distProblem, ROOT } from './bench/paths.mjs';
import { startServer } from './bench/server.mjs';
import { extensionSizes, kb, sizeLines } from './bench/sizes.mjs';
import { fmt } from './bench/stats.mjs';

const quick = process.argv.includes('--quick');
const log = (line = '') => console.log(line);
const started = Date.now();
const short = (id) => id.replace(/\.html$/, '');

const fixtures = await loadFixtures();
const server = await startServer();
const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? null,
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
  },
  chromium: CHROMIUM,
};

try {
  // 1. Engines ---------------------------------------------------------------------------------
  log(`engines: ${fixtures.length} pages, per-call median ms (ours, Readability, defuddle)`);
  const browser = await launchPlain();
  results.chromiumVersion = browser.version();
  let engines;
  let scaling;
  try {
    engines = await runEngines(browser, server, fixtures, { log });
    scaling = await runScaling(browser, server, fixtures);
  } finally {
    await browser.close();
  }
  results.environment = engines.environment;
  results.timing = { ...engines.timing, profile: engines.profile };
  results.pages = engines.pages;
  results.ratios = {
    all: ratios(engines.pages),
    articles: ratios(engines.pages, (p) => p.engines.ours.found?.kind === 'article'),
  };
  results.scaling = scaling;

  log();
  log(
    `${'page'.padEnd(58)} ${'KB'.padStart(5)} ${'ours'.padStart(7)} ${'Readab.'.padStart(7)} ${'defuddle'.padStart(8)} ${'R/ours'.padStart(7)} ${'D/ours'.padStart(7)}  ours found`,
  );
  for (const p of engines.pages) {
    const [o, r, d] = ENGINES.map((e) => p.engines[e].median);
    const ratio = (x) => (x && o ? `${fmt(x / o, 1)}×` : 'error');
    const found = p.engines.ours.found;
    log(
      `${short(p.page).slice(0, 58).padEnd(58)} ${p.kb.toFixed(0).padStart(5)} ${fmt(o).padStart(7)} ${fmt(r).padStart(7)} ${fmt(d).padStart(8)} ${ratio(r).padStart(7)} ${ratio(d).padStart(7)}  ${found ? `${found.kind}${found.document ? ` ${found.document}` : ''}` : p.engines.ours.error}`,
    );
  }
  for (const p of engines.pages) {
    for (const e of ENGINES)
      if (p.engines[e].error) log(`  ${e} threw on ${p.page}: ${p.engines[e].error.split('\n')[0]}`);
  }
  const { all, articles } = results.ratios;
  for (const [label, set] of [
    ['all pages', all],
    ['article pages (ours detects an article)', articles],
  ]) {
    log(
      `geometric mean, ${label}: Readability/ours ${fmt(set.readability.geomean, 1)}× (${set.readability.pages} pages), defuddle/ours ${fmt(set.defuddle.geomean, 1)}× (${set.defuddle.pages} pages)`,
    );
    for (const e of ['readability', 'defuddle'])
      if (set[e].excluded.length)
        log(`  excluded from ${e}'s ratio (it threw): ${set[e].excluded.join(', ')}`);
  }
  const p112 = engines.pages.find((p) => p.page === COMPOSITE_112);
  results.composite112 = p112
    ? { median: p112.engines.ours.median, underOneMs: p112.engines.ours.median < 1 }
    : null;
  if (p112)
    log(
      `composite 112 page: ours ${fmt(p112.engines.ours.median)} ms median (target < 1 ms: ${results.composite112.underOneMs ? 'met' : 'NOT met'})`,
    );

  // Where our time goes: stages on the slowest pages, and the costliest rules inside clean.
  log();
  log('our stages, median ms per call (slowest 6 pages):');
  const slowest = [...engines.pages]
    .filter((p) => p.stages)
    .sort((a, b) => b.engines.ours.median - a.engines.ours.median)
    .slice(0, 6);
  const stageNames = Object.keys(slowest[0]?.stages ?? {});
  log(`  ${'page'.padEnd(58)} ${stageNames.map((s) => s.padStart(8)).join(' ')}`);
  for (const p of slowest)
    log(
      `  ${short(p.page).slice(0, 58).padEnd(58)} ${stageNames.map((s) => fmt(p.stages[s]).padStart(8)).join(' ')}`,
    );
  const ruleTotals = {};
  for (const p of engines.pages)
    for (const [rule, ms] of Object.entries(p.rules ?? {})) ruleTotals[rule] = (ruleTotals[rule] ?? 0) + ms;
  const costliest = Object.entries(ruleTotals)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  results.ruleTotals = ruleTotals;
  log(
    `costliest clean rules on ${short(COMPOSITE_112)} (plan with that rule alone, ms): ${costliest.map(([r, ms]) => `${r} ${fmt(ms)}`).join(', ')}`,
  );

  // 4. Scaling -----------------------------------------------------------------------------------
  log();
  if (scaling.error) log(`scaling: ${scaling.error}`);
  else {
    log(`scaling (${short(scaling.page)}, #artibody paragraphs repeated):`);
    for (const [i, row] of scaling.rows.entries()) {
      const step = i ? `  ×${fmt(scaling.perStep[i - 1], 2)} from ${SIZES[i - 1]}×` : '';
      log(
        `  ${`${row.times}×`.padStart(4)} ${String(row.paragraphs).padStart(4)} paragraphs ${String(row.nodes).padStart(5)} body elements  ${fmt(row.median).padStart(8)} ms${step}`,
      );
    }
    log(
      `  growth: ${scaling.linear ? 'linear' : 'NOT linear'} (no step above 5× for 4× the body; growing part (t16−t4)/(t4−t1) = ${fmt(scaling.marginal, 2)}, 4 if linear, 16 if quadratic)`,
    );
  }

  // 2. Sizes -------------------------------------------------------------------------------------
  log();
  const sizes = await extensionSizes();
  const libraries = await librarySizes();
  results.sizes = { extension: sizes, libraries };
  log('sizes (what the extension loads into a Sina page; gzip -9 per file):');
  for (const line of sizeLines(sizes)) log(line);
  for (const [name, s] of Object.entries(libraries))
    log(`  ${name.padEnd(11)} esbuild --minify: ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped`);

  // 3 and 5. Page cost and flicker ---------------------------------------------------------------
  log();
  const problem = distProblem() ?? (sizes.error ? sizes.error : null);
  if (problem) {
    log(`page cost and flicker: ${problem}`);
    results.pageCost = { error: problem };
    results.flicker = { error: problem };
  } else {
    const { cost, flicker } = await runExtension(server, fixtures, { runs: quick ? 6 : 20, log });
    results.pageCost = cost;
    results.flicker = flicker;
    const row = (name, m) =>
      `  ${name.padEnd(16)} baseline ${fmt(m.baseline.median, 1)} ms (IQR ${fmt(m.baseline.iqr, 1)}), with extension ${fmt(m.extension.median, 1)} ms (IQR ${fmt(m.extension.iqr, 1)}): ${m.added >= 0 ? '+' : ''}${fmt(m.added, 1)} ms`;
    log(
      `page cost (${short(COMPOSITE_112)}, ${cost.runs} loads each, alternating; navigation timing medians):`,
    );
    log(row('DOMContentLoaded', cost.dcl));
    log(row('load', cost.load));
    log(
      `  added DOMContentLoaded ${cost.dcl.withinNoise ? 'within' : 'OUTSIDE'} the baseline's run-to-run noise (IQR)`,
    );
    log(
      `  longest task with our content script in it: ${fmt(cost.longestTask.longestMs, 1)} ms (median of 5 traced loads, max ${fmt(cost.longestTask.maxMs, 1)}), of which ${fmt(cost.longestTask.longestOwnMs, 1)} ms sampled in extension code`,
    );
    log(`  (${cost.longestTask.method})`);
    log(
      `flicker: boilerplate (${flicker.selectors.join(', ')}) visible with the extension: ${flicker.extension.visibleEver.length ? flicker.extension.visibleEver.join(', ') : 'none'} in ${flicker.extension.frames} frames; without: ${flicker.baseline.visibleEver.join(', ') || 'none'} → ${flicker.ok ? 'PASS' : 'FAIL'}`,
    );
  }

  // 6. Results -----------------------------------------------------------------------------------
  results.seconds = Math.round((Date.now() - started) / 1000);
  const scripts = sizes.error ? null : sizes.eagerGzip;
  const summary = `bench: ${fmt(all.readability.geomean, 1)}x faster than Readability, ${fmt(all.defuddle.geomean, 1)}x faster than Defuddle (geometric mean, ${Math.min(all.readability.pages, all.defuddle.pages)} pages); page scripts ${scripts === null ? '? (dist/chrome missing: run npm run build first)' : (scripts / 1024).toFixed(1)} KB gzipped`;
  results.summary = summary;
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(join(ROOT, 'bench', 'results.md'), markdown(results));
  log();
  log(`wrote bench/results.json and bench/results.md (${results.seconds} s)`);
  log(summary);
} finally {
  await server.close();
}

function markdown(r) {
  const { all, articles } = r.ratios;
  const lines = [
    `Headless Chromium ${r.chromiumVersion}, ${r.machine.cpus} × ${r.machine.cpu}, ${r.date.slice(0, 10)}. Median ms per call on a fresh clone of each page; ratios are the engine's time over ours.`,
    '',
    '| page | KB | ours (ms) | Readability (ms) | defuddle (ms) | Readability / ours | defuddle / ours |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const p of r.pages) {
    const [o, re, d] = ENGINES.map((e) => p.engines[e].median);
    const ratio = (x) => (x && o ? `${fmt(x / o, 1)}×` : 'threw');
    lines.push(
      `| ${short(p.page)} | ${p.kb.toFixed(0)} | ${fmt(o)} | ${fmt(re)} | ${fmt(d)} | ${ratio(re)} | ${ratio(d)} |`,
    );
  }
  lines.push(
    `| **geometric mean, all ${all.readability.pages} pages** | | | | | **${fmt(all.readability.geomean, 1)}×** | **${fmt(all.defuddle.geomean, 1)}×** |`,
    `| geometric mean, ${articles.readability.pages} article pages | | | | | ${fmt(articles.readability.geomean, 1)}× | ${fmt(articles.defuddle.geomean, 1)}× |`,
    '',
  );
  const s = r.sizes.extension;
  const lib = r.sizes.libraries;
  lines.push('| loaded into the page | raw | gzipped |', '| --- | ---: | ---: |');
  if (!s.error) {
    lines.push(`| Sina Clean, ordinary article page | ${kb(s.eagerRaw)} | ${kb(s.eagerGzip)} |`);
    lines.push(`| Sina Clean, panel and analysis (on demand) | ${kb(s.lazyRaw)} | ${kb(s.lazyGzip)} |`);
  } else lines.push(`| Sina Clean | ${s.error} | |`);
  lines.push(
    `| @mozilla/readability (esbuild --minify) | ${kb(lib.readability.raw)} | ${kb(lib.readability.gzip)} |`,
  );
  lines.push(`| defuddle (esbuild --minify) | ${kb(lib.defuddle.raw)} | ${kb(lib.defuddle.gzip)} |`, '');
  if (!r.scaling.error) {
    lines.push(
      `Scaling (${short(r.scaling.page)}, body paragraphs repeated): ${r.scaling.rows.map((row) => `${row.times}× ${fmt(row.median)} ms`).join(', ')} — ${r.scaling.linear ? 'linear' : 'not linear'}.`,
      '',
    );
  }
  if (!r.pageCost.error) {
    const c = r.pageCost;
    lines.push(
      `Page cost (${short(COMPOSITE_112)}, ${c.runs} loads each): DOMContentLoaded ${fmt(c.dcl.baseline.median, 1)} → ${fmt(c.dcl.extension.median, 1)} ms (baseline IQR ${fmt(c.dcl.baseline.iqr, 1)} ms), load ${fmt(c.load.baseline.median, 1)} → ${fmt(c.load.extension.median, 1)} ms; longest task with our script in it ${fmt(c.longestTask.longestMs, 1)} ms. Flicker check: ${r.flicker.ok ? 'no boilerplate visible at first paint' : 'FAILED'}.`,
      '',
    );
  }
  lines.push(`\`${r.summary}\``, '');
  return lines.join('\n');
}
