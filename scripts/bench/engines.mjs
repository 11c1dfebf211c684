// Part 1 (engines), part 4 (scaling) and the stage profile: every fixture page loaded from the local
// server with the page's own JavaScript off, the benchmark bundle evaluated into it, and the timing
// loops of harness.ts run inside the page.
import { benchBundle } from './bundle.mjs';
import { COMPOSITE_112 } from './fixtures.mjs';
import { geomean, median } from './stats.mjs';

export const ENGINES = ['ours', 'readability', 'defuddle'];

const TIMING = { rounds: 15, warmup: 3, batchMs: 6, maxBatch: 40 };
// The stage and rule profiles are diagnostics: fewer rounds, and the rules on the 112 page only.
const PROFILE = { rounds: 5, warmup: 1 };

async function openPage(browser, server, fixture, code) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  // Only the page itself comes from the server; images, styles and scripts are aborted.
  await context.route('**/*', (route) =>
    route.request().url().startsWith(`${server.origin}/f/`) ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const path = `/f/${fixture.id}`;
  server.set(path, fixture.html, { isolated: true });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.evaluate(code);
  return { page, close: () => context.close() };
}

/** Batch size for the stage profile: enough calls of the whole pipeline to last `ms`. */
const batchFor = (ours, ms) => Math.min(40, Math.max(1, Math.ceil(ms / Math.max(ours, 0.001))));

export async function runEngines(browser, server, fixtures, { log }) {
  const code = await benchBundle();
  const pages = [];
  let environment = null;
  for (const fixture of fixtures) {
    const { page, close } = await openPage(browser, server, fixture, code);
    try {
      environment ??= await page.evaluate(() => window.__bench.environment());
      const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      const measured = await page.evaluate(
        ([url, timing, engines]) => window.__bench.measure({ ...timing, url, engines }),
        [fixture.url, TIMING, ENGINES],
      );
      const row = { page: fixture.id, url: fixture.url, kb: fixture.bytes / 1024, nodes, engines: {} };
      for (const engine of ENGINES) {
        const { samples, batch, error, found } = measured[engine];
        row.engines[engine] = {
          median: error ? null : median(samples),
          batch,
          runs: samples.length,
          error,
          found,
          samples,
        };
      }
      const ours = row.engines.ours.median;
      if (ours !== null) {
        const batch = batchFor(ours, 2);
        const options = { url: fixture.url, ...PROFILE, batch };
        const stages = await page.evaluate((o) => window.__bench.stages(o), options);
        row.stages = Object.fromEntries(Object.entries(stages).map(([name, s]) => [name, median(s)]));
        if (fixture.id === COMPOSITE_112 && row.engines.ours.found?.kind === 'article') {
          const rules = await page.evaluate((o) => window.__bench.rules(o), options);
          row.rules = Object.fromEntries(Object.entries(rules).map(([name, s]) => [name, median(s)]));
        }
      }
      pages.push(row);
      log(
        `  ${fixture.id.padEnd(72)} ${ENGINES.map((e) => (row.engines[e].median ?? Number.NaN).toFixed(3).padStart(8)).join(' ')}`,
      );
    } finally {
      await close();
    }
  }
  return { environment, pages, timing: TIMING, profile: PROFILE };
}

/** Geometric mean of each engine's time over ours, over the pages where both ran. */
export function ratios(pages, filter = () => true) {
  const out = {};
  for (const engine of ENGINES.slice(1)) {
    const used = pages.filter((p) => filter(p) && p.engines.ours.median > 0 && p.engines[engine].median > 0);
    const excluded = pages.filter((p) => filter(p) && !used.includes(p)).map((p) => p.page);
    out[engine] = {
      geomean: geomean(used.map((p) => p.engines[engine].median / p.engines.ours.median)),
      pages: used.length,
      excluded,
    };
  }
  return out;
}

export const SIZES = [1, 4, 16];

export async function runScaling(browser, server, fixtures) {
  const fixture = fixtures.find((f) => f.id === COMPOSITE_112);
  if (!fixture) return { error: `${COMPOSITE_112} not found` };
  const code = await benchBundle();
  const { page, close } = await openPage(browser, server, fixture, code);
  try {
    const steps = await page.evaluate(
      ([url, timing, sizes]) => window.__bench.scaling({ ...timing, url, sizes }),
      [fixture.url, TIMING, SIZES],
    );
    const rows = steps.map((s) => ({ ...s, median: median(s.samples) }));
    const perStep = rows.slice(1).map((row, i) => row.median / rows[i].median);
    // The part that grows with the body: (t16 − t4) / (t4 − t1) is 4 for linear, 16 for quadratic.
    const [t1, t4, t16] = rows.map((r) => r.median);
    const marginal = (t16 - t4) / (t4 - t1);
    // Linear: no step more than 4× (plus 25% for noise); a quadratic stage would show ~16× per step.
    const linear = perStep.every((r) => r <= 5);
    return { page: fixture.id, rows, perStep, marginal, linear };
  } finally {
    await close();
  }
}
