// Parts 3 and 5: the composite document page at its real address, loaded in Chromium with and
// without the built extension. Page cost: navigation timings, alternating runs, and the longest task
// in which the extension's scripts ran (from a Chromium trace). Flicker: which boilerplate elements
// are displayed at the page's first animation frames.
import { launchProfile } from './browser.mjs';
import { COMPOSITE_112 } from './fixtures.mjs';
import { iqr, median, quantile } from './stats.mjs';

/** Boilerplate of the composite page's body that must never show (the flicker check). */
export const BOILERPLATE = ['.appendQr_wrap', 'p.article-editor', 'div.new_style_article'];

/** The page served at its own address, over http (Sina hosts map to the local server). */
export function servePage(server, fixture) {
  const url = fixture.url.replace(/^https:/, 'http:');
  server.set(url, fixture.html);
  return url;
}

/** Registered before any page script: notes, at each of the first frames, which boilerplate shows. */
function flickerProbe(selectors) {
  const frames = [];
  const shown = () =>
    selectors.map((selector) => {
      const els = Array.from(document.querySelectorAll(selector));
      const visible = els.filter((el) => {
        if (!el.getClientRects().length) return false;
        const style = getComputedStyle(el);
        return style.visibility !== 'hidden' && style.opacity !== '0';
      });
      return { selector, present: els.length, visible: visible.length };
    });
  // Every frame from the first until three frames after the load event (at most 300).
  let after = 0;
  const frame = () => {
    frames.push({ t: performance.now(), readyState: document.readyState, shown: shown() });
    if (document.readyState === 'complete') after++;
    if (after < 3 && frames.length < 300) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  let dcl = null;
  document.addEventListener('DOMContentLoaded', () => {
    dcl = shown();
  });
  Object.defineProperty(window, '__flicker', { value: () => ({ frames, dcl }) });
}

async function flickerRun(launched, url) {
  await launched.context.addInitScript(flickerProbe, BOILERPLATE);
  const page = await launched.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const probe = await page.evaluate(() => window.__flicker());
  const paint = await page.evaluate(() =>
    performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]),
  );
  await page.close();
  const visibleIn = (frame) => frame.shown.filter((s) => s.visible > 0).map((s) => s.selector);
  // The first frame in which the body's boilerplate has been parsed: the first paint that could show it.
  const firstWith = probe.frames.find((f) => f.shown.some((s) => s.present > 0)) ?? null;
  return {
    frames: probe.frames.length,
    firstFrameMs: probe.frames[0]?.t ?? null,
    firstWithBoilerplateMs: firstWith?.t ?? null,
    visibleAtFirst: firstWith ? visibleIn(firstWith) : null,
    visibleEver: [...new Set(probe.frames.flatMap(visibleIn))],
    dcl: probe.dcl,
    paint: Object.fromEntries(paint),
  };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

/** Trace one load; which renderer main-thread tasks ran the extension's code (see longestExtensionTask). */
async function tracedLoad(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return longestExtensionTask(events);
}

const EXTENSION_URL = /^chrome-extension:\/\//;

/**
 * Timestamps (trace µs) of the V8 CPU-profile samples whose stack holds a chrome-extension:// frame.
 * Sampling is what attributes promise continuations (RunMicrotasks) to the content script; trace
 * events alone name only the first evaluation of each script.
 */
function extensionSamples(events) {
  const out = [];
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile')
      profiles.set(`${e.pid}:${e.id}`, {
        pid: e.pid,
        tid: e.tid,
        time: e.args.data.startTime,
        nodes: new Map(),
      });
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      profile.time += deltas[i] ?? 0;
      for (let node = profile.nodes.get(id); node; node = profile.nodes.get(node.parent)) {
        if (EXTENSION_URL.test(node.callFrame?.url ?? '')) {
          out.push({ pid: profile.pid, tid: profile.tid, ts: profile.time });
          break;
        }
      }
    });
  }
  return out;
}

/** An event that runs one of the extension's scripts (its first evaluation, a callback). */
const RUNS_SCRIPT = new Set([
  'EvaluateScript',
  'v8.run',
  'v8.evaluateModule',
  'FunctionCall',
  'v8.compileModule',
]);
function runsExtension(event) {
  if (!RUNS_SCRIPT.has(event.name)) return false;
  const data = event.args?.data ?? {};
  return EXTENSION_URL.test(data.url ?? '') || EXTENSION_URL.test(event.args?.fileName ?? '');
}

/**
 * The longest top-level task (RunTask) on the page's renderer main thread in which the extension's
 * code ran — by a script-evaluation event naming a chrome-extension:// script, or by a CPU-profile
 * sample with such a frame — and how much of it was the extension's own (sampled) time.
 */
export function longestExtensionTask(events) {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = (e) => mains.has(`${e.pid}:${e.tid}`);
  const tasks = events
    .filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask')
    .map((t) => ({ ...t, samples: 0, marks: 0 }));
  const taskAt = (mark) =>
    tasks.find((t) => t.pid === mark.pid && t.tid === mark.tid && t.ts <= mark.ts && mark.ts <= t.ts + t.dur);
  for (const mark of events.filter((e) => onMain(e) && runsExtension(e))) {
    const task = taskAt(mark);
    if (task) task.marks++;
  }
  const samples = extensionSamples(events).filter(onMain);
  for (const sample of samples) {
    const task = taskAt(sample);
    if (task) task.samples++;
  }
  // The sampling interval, from the samples themselves (the profiler's default is about 100 µs).
  const profiled = events
    .filter((e) => e.name === 'ProfileChunk')
    .flatMap((e) => e.args?.data?.timeDeltas ?? []);
  const interval = profiled.length ? median(profiled.filter((d) => d > 0)) : 0;
  const ours = tasks.filter((t) => t.marks || t.samples).sort((a, b) => b.dur - a.dur);
  const longest = ours[0];
  return {
    tasks: ours.length,
    longestMs: longest ? longest.dur / 1000 : 0,
    longestOwnMs: longest ? (longest.samples * interval) / 1000 : 0,
    totalOwnMs: (samples.length * interval) / 1000,
    top: ours.slice(0, 3).map((t) => ({ ms: t.dur / 1000, ownMs: (t.samples * interval) / 1000 })),
  };
}

async function navigationTimes(context, url, i) {
  const page = await context.newPage();
  await page.goto(`${url}?run=${i}`, { waitUntil: 'load' });
  const times = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
  });
  // loadEventEnd is written after the load handlers return.
  if (!times.load)
    await page.waitForFunction(() => performance.getEntriesByType('navigation')[0].loadEventEnd > 0);
  const settled = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return { dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
  });
  await page.close();
  return settled;
}

export async function runExtension(server, fixtures, { runs = 20, log }) {
  const fixture = fixtures.find((f) => f.id === COMPOSITE_112);
  const url = servePage(server, fixture);
  const withExt = await launchProfile({ port: server.port, extension: true });
  const without = await launchProfile({ port: server.port, extension: false });
  try {
    const extensionId = withExt.context.serviceWorkers()[0]?.url().split('/')[2] ?? null;
    // Warm both (first navigation of a profile pays for process start-up).
    for (const { context } of [withExt, without]) await navigationTimes(context, url, -1);
    const samples = { baseline: [], extension: [] };
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? [without, withExt] : [withExt, without];
      for (const launched of order) {
        const times = await navigationTimes(launched.context, url, i);
        samples[launched === withExt ? 'extension' : 'baseline'].push(times);
      }
    }
    const summary = (list, key) => ({
      median: median(list.map((t) => t[key])),
      iqr: iqr(list.map((t) => t[key])),
      p90: quantile(
        list.map((t) => t[key]),
        0.9,
      ),
    });
    const cost = {
      url,
      extensionId,
      runs,
      dcl: { baseline: summary(samples.baseline, 'dcl'), extension: summary(samples.extension, 'dcl') },
      load: { baseline: summary(samples.baseline, 'load'), extension: summary(samples.extension, 'load') },
      samples,
    };
    cost.dcl.added = cost.dcl.extension.median - cost.dcl.baseline.median;
    cost.load.added = cost.load.extension.median - cost.load.baseline.median;
    cost.dcl.withinNoise = Math.abs(cost.dcl.added) <= cost.dcl.baseline.iqr;
    log?.(`  page cost: ${runs} loads each, alternating`);
    const traces = [];
    for (let i = 0; i < 5; i++) traces.push(await tracedLoad(withExt.context, `${url}?trace=${i}`));
    cost.longestTask = {
      method:
        'Chromium trace, 5 loads: the longest renderer main-thread RunTask in which chrome-extension:// code ran (a script-evaluation event or a V8 CPU-profile sample); own = sampled time in extension frames',
      longestMs: median(traces.map((t) => t.longestMs)),
      longestOwnMs: median(traces.map((t) => t.longestOwnMs)),
      maxMs: Math.max(...traces.map((t) => t.longestMs)),
      traces,
    };
    const flicker = {
      extension: await flickerRun(withExt, url),
      baseline: await flickerRun(without, url),
      selectors: BOILERPLATE,
    };
    // Passes when no frame with the extension shows any of them, and the probe is seen to work: without
    // the extension they do show.
    flicker.ok =
      flicker.extension.visibleAtFirst !== null &&
      flicker.extension.visibleEver.length === 0 &&
      flicker.baseline.visibleEver.length > 0;
    return { cost, flicker };
  } finally {
    await withExt.close();
    await without.close();
  }
}
