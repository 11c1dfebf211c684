// The in-page half of `npm run bench`, bundled by esbuild into one browser script. It puts the
// engines (ours: the whole pipeline's `run`; Readability's and defuddle's `parse()`) and the timing
// loops on `window.__bench`, for the Node half to call through `page.evaluate`.
//
// Timing (shared/notes/toolchain.md): `performance.now()` is coarse, so each sample times a batch of
// calls on fresh clones made before the timer starts, and divides; engines are interleaved A B C A B C
// so that drift hits all of them alike; the heap is collected before each batch, outside the timer.
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { run } from '../../src/core/pipeline';
import { type Profile, STAGES, type Stage } from '../../src/core/profile';

export type EngineName = 'ours' | 'readability' | 'defuddle';

const ENGINES: Record<EngineName, (doc: Document, url: string | null) => unknown> = {
  ours: (doc, url) => run(doc, { url }),
  readability: (doc) => new Readability(doc).parse(),
  defuddle: (doc) => new Defuddle(doc).parse(),
};

/** What each engine found, so that a fast engine can be seen to have done the work. */
function found(engine: EngineName, out: unknown): Record<string, unknown> {
  if (engine === 'ours') {
    const { result } = out as ReturnType<typeof run>;
    const { kind } = result.page;
    return { kind, blocks: result.blocks.length, chars: result.text.length, document: result.document?.kind };
  }
  if (engine === 'readability')
    return { chars: (out as { textContent?: string } | null)?.textContent?.length };
  return { chars: (out as { content?: string }).content?.length };
}

export interface Timing {
  url: string | null;
  /** Timed rounds after warm-up; each round times one batch of every engine. */
  rounds: number;
  warmup: number;
  /** A batch lasts at least this long (ms), within [1, maxBatch] calls. */
  batchMs: number;
  maxBatch: number;
}

export interface EngineMeasure {
  /** Per-call ms of each timed batch. */
  samples: number[];
  error: string | null;
  found: Record<string, unknown> | null;
}

const clones = (source: Document, n: number) =>
  Array.from({ length: n }, () => source.cloneNode(true) as Document);
/** Chromium's `gc()`, where it was started with --js-flags=--expose-gc. */
const collect = (globalThis as unknown as { gc?: () => void }).gc;
const failure = (error: unknown) => String((error as Error)?.stack ?? error).slice(0, 400);

/** Per-call ms of `fn` over `inputs` in one timed loop, the garbage of what ran before collected first. */
function timeBatch<T>(inputs: T[], fn: (input: T) => unknown): number {
  collect?.();
  const start = performance.now();
  for (const input of inputs) fn(input);
  return (performance.now() - start) / inputs.length;
}

function measure(t: Timing, engines: EngineName[], source: Document = document) {
  const out = {} as Record<EngineName, EngineMeasure>;
  const batch = {} as Record<EngineName, number>;
  const size = (perCall: number) =>
    Math.min(t.maxBatch, Math.max(1, Math.ceil(t.batchMs / Math.max(perCall, 0.001))));
  for (const engine of engines) {
    const entry: EngineMeasure = { samples: [], error: null, found: null };
    out[engine] = entry;
    try {
      // The first call compiles, says what the engine found, and sizes the batch.
      const [doc] = clones(source, 1) as [Document];
      const start = performance.now();
      entry.found = found(engine, ENGINES[engine](doc, t.url));
      batch[engine] = size(performance.now() - start);
    } catch (error) {
      entry.error = failure(error);
    }
  }
  for (let round = 0; round < t.warmup + t.rounds; round++) {
    for (const engine of engines) {
      const entry = out[engine];
      if (entry.error) continue;
      try {
        const perCall = timeBatch(clones(source, batch[engine]), (doc) => ENGINES[engine](doc, t.url));
        // Warm-up batches size the batch again from warm calls.
        if (round >= t.warmup) entry.samples.push(perCall);
        else batch[engine] = size(perCall);
      } catch (error) {
        entry.error = failure(error);
      }
    }
  }
  return out;
}

/** Our stages as the pipeline reports them (RunOptions.profile): per-call ms of each, per batch. */
function stages(t: Timing, batch: number): Record<Stage, number[]> {
  const out = Object.fromEntries(STAGES.map((stage) => [stage, [] as number[]])) as Record<Stage, number[]>;
  for (let round = 0; round < t.warmup + t.rounds; round++) {
    const sums = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
    const profile: Profile = { now: () => performance.now(), add: (stage, ms) => (sums[stage] += ms) };
    timeBatch(clones(document, batch), (doc) => run(doc, { url: t.url, profile }));
    if (round >= t.warmup) for (const stage of STAGES) out[stage].push(sums[stage] / batch);
  }
  return out;
}

/** A copy of the page whose article body holds its paragraphs `times` times over. */
function grown(times: number): { doc: Document; paragraphs: number; nodes: number } {
  const doc = document.cloneNode(true) as Document;
  const body = doc.querySelector('#artibody');
  const paragraphs = Array.from(body?.children ?? []).filter((el) => el.tagName === 'P' && !el.className);
  let at = paragraphs.at(-1);
  if (!body || !at) throw new Error('no paragraphs in #artibody to grow');
  for (let copy = 1; copy < times; copy++)
    for (const paragraph of paragraphs) {
      const clone = paragraph.cloneNode(true) as Element;
      at.after(clone);
      at = clone;
    }
  return { doc, paragraphs: paragraphs.length * times, nodes: body.getElementsByTagName('*').length };
}

function scaling(t: Timing, sizes: number[]) {
  return sizes.map((times) => {
    const { doc, ...page } = grown(times);
    return { times, ...page, ...measure(t, ['ours'], doc).ours };
  });
}

const environment = () => ({
  crossOriginIsolated: globalThis.crossOriginIsolated === true,
  gcBetweenBatches: typeof collect === 'function',
  userAgent: navigator.userAgent,
});

const api = { measure, stages, scaling, environment };
export type BenchApi = typeof api;
(globalThis as unknown as { __bench: BenchApi }).__bench = api;
